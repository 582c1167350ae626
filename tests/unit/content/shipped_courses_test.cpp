// The fifteen courses that ship in content/, checked as `tqm course lint` checks them and against
// what a course must hold: at least three lessons, at least 3,000 Chinese characters of teaching
// text, a figure of its own, references, a quiz, and questions in the course bank.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "base/utf8.h"
#include "course/course_checks.h"
#include "course/lesson_markdown.h"

namespace {

const std::filesystem::path kRepository(TQM_SOURCE_DIR);

std::string readText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Characters of the CJK Unified Ideographs block: the measure of Chinese text the issue sets.
std::size_t chineseCharacters(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = tqm::decodeUtf8(text, pos);
        if (c >= 0x4E00 && c <= 0x9FFF) ++count;
    }
    return count;
}

const tqm::course::CheckedCatalog& shippedCatalog() {
    static const tqm::course::CheckedCatalog catalog =
        tqm::course::checkCatalog(kRepository / "content", kRepository / "question-bank/banks",
                                  kRepository / "question-bank/blueprints");
    return catalog;
}

}  // namespace

TEST_CASE("the shipped courses lint with no error and no warning") {
    const auto& checked = shippedCatalog();
    CHECK(checked.diagnostics.empty());
    CHECK(checked.catalog.courses.size() == 15);
}

TEST_CASE(
    "every shipped course has three lessons, 3000 Chinese characters, a figure and references") {
    for (const tqm::course::Course& course : shippedCatalog().catalog.courses) {
        INFO("course " << course.id);
        CHECK(course.lessons.size() >= 3);
        CHECK(course.studyHours > 0);
        std::size_t characters = 0;
        std::size_t images = 0;
        for (const tqm::course::Lesson& lesson : course.lessons) {
            const std::string text = readText(course.lessonPath(lesson));
            INFO("lesson " << lesson.file);
            characters += chineseCharacters(text);
            images += tqm::course::outlineLesson(text).images.size();
            CHECK(text.find("## 参考资料") != std::string::npos);
        }
        CHECK(characters >= 3000);
        CHECK(images >= 1);
        CHECK(shippedCatalog().sources.questionCount(course) >= 40);
        CHECK(course.quizBlueprint.id == "quiz-" + course.id);
    }
}
