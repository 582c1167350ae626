// Lessons are Markdown files (CommonMark with GitHub's pipe tables, content/README.md). This part
// parses them with md4c: the lesson's title (its opening level-1 heading), the images it shows
// with the line and column of each image's path, and the HTML the client's lesson view shows.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/line_index.h"

namespace tqm::course {

// md4c's options for lessons: pipe tables; raw HTML is shown as text, so a lesson is only what
// Markdown can say and its images are only those written as ![caption](path).
unsigned lessonParserFlags();

struct LessonImage {
    std::string src;   // as written, after Markdown escapes
    TextPosition pos;  // of the path in the lesson file
};

struct LessonOutline {
    std::optional<std::string> title;  // the text of the level-1 heading the lesson starts with
    std::vector<LessonImage> images;   // in reading order
};

LessonOutline outlineLesson(std::string_view markdown);

// The file an image path names, when it is a relative path (percent-escapes decoded) that stays
// inside the course folder; nothing for a URL, an absolute path or a path leaving the folder.
// `lessonFolder` is the folder of the lesson file; both folders may be relative.
std::optional<std::filesystem::path> imageFile(std::string_view src,
                                               const std::filesystem::path& lessonFolder,
                                               const std::filesystem::path& courseFolder);

// "file:///srv/content/pdca/images/wheel.png": an absolute file URL, bytes other than letters,
// digits and -._~/ percent-escaped.
std::string fileUrl(const std::filesystem::path& file);

// The lesson as an HTML fragment (the <body>'s content), tables included. Every image whose path
// names a file in the course folder gets that file's absolute file URL (fileUrl()), so the HTML
// can be shown from anywhere; any other image keeps the path as written.
std::string lessonHtml(std::string_view markdown, const std::filesystem::path& lessonFolder,
                       const std::filesystem::path& courseFolder);

}  // namespace tqm::course
