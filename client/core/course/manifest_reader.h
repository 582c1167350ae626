// Reads a course manifest (course.xml) from its bytes: the fields, where each was written, and
// every problem the manifest alone shows. Lesson files and references to other things (banks,
// blueprints, other courses) are checked by course_reader.h and course_checks.h.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostic.h"
#include "course/course.h"

namespace tqm::course {

// Fills `course` from `bytes` (whatever can be read, even after errors) and reports into `sink`.
// `folderName` is the name the course id must equal. Returns false when the manifest could not
// be read at all (not UTF-8, not well-formed XML, no <course> root).
bool readManifest(std::string_view bytes, std::string_view folderName, DiagnosticSink& sink,
                  Course& course);

}  // namespace tqm::course
