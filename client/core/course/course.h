// A course (课程) as its manifest, content/<id>/course.xml, describes it (content/README.md):
// titles, study hours, audience, prerequisites, lessons in study order, the bank categories it
// teaches and its quiz. Positions in the manifest are kept so that checks made later (against the
// banks, the blueprints and the other courses) can name the line they are about.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/line_index.h"

namespace tqm::course {

// 学时 in hundredths of an hour, so that 1.5 hours is exactly 150 everywhere it is added up.
using CentiHours = std::int64_t;

// "4", "1.5", "0.25": the shortest form that reads back as the same number.
std::string formatHours(CentiHours hours);

struct Lesson {
    std::string id;
    std::string file;  // as written in the manifest, relative to the course folder
    int minutes = 0;   // expected reading time
    std::string title;
    TextPosition pos;      // of the <lesson> element
    TextPosition filePos;  // of its file attribute
};

// A reference to something defined elsewhere (a course, a category), with where it is written.
struct Reference {
    std::string id;
    TextPosition pos;
};

struct Course {
    std::filesystem::path folder;  // the course folder as it was given to the reader
    std::string manifestFile;      // what diagnostics about course.xml name
    std::string id;
    std::string version;
    std::string titleZh;
    std::string titleEn;
    std::string summary;
    CentiHours studyHours = 0;
    std::vector<std::string> positions;  // audience: the key positions (岗位) it is meant for
    std::vector<Reference> prerequisites;
    std::vector<Lesson> lessons;
    Reference bank;                     // questions/@bank
    std::vector<Reference> categories;  // questions/category/@ref
    Reference quizBlueprint;            // quiz/@blueprint
    TextPosition pos;                   // of the <course> element

    const Lesson* findLesson(std::string_view lessonId) const;
    std::filesystem::path lessonPath(const Lesson& lesson) const { return folder / lesson.file; }
};

}  // namespace tqm::course
