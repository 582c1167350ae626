#include "course/manifest_reader.h"

#include <charconv>
#include <iterator>
#include <map>
#include <optional>
#include <vector>

#include <pugixml.hpp>

#include "base/encoding_check.h"
#include "base/hundredths.h"
#include "base/text_normalize.h"
#include "base/utf8.h"

namespace tqm::course {

namespace {

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

// The document is parsed from a copy of the text; pugixml leaves names where they were, so a
// name's offset in the copy is the author's line and column.
class ManifestContext {
  public:
    ManifestContext(std::string_view text, const char* copy, DiagnosticSink& sink)
        : lines_(text), copy_(copy), size_(text.size()), sink_(sink) {}

    TextPosition at(const char* where) const {
        if (where < copy_ || where > copy_ + size_) return {};
        return lines_.position(static_cast<std::size_t>(where - copy_));
    }
    TextPosition startTag(pugi::xml_node element) const { return at(element.name() - 1); }
    TextPosition of(pugi::xml_attribute attribute) const { return at(attribute.name()); }

    void error(TextPosition pos, std::string code, std::string message) {
        sink_.error(pos.line, pos.column, std::move(code), std::move(message));
    }
    void missing(pugi::xml_node element, std::string what) {
        error(startTag(element), "missing-field",
              "<" + std::string(element.name()) + "> has no " + what);
    }

    // The attribute's value; a missing or empty attribute is reported.
    std::string required(pugi::xml_node element, const char* name) {
        const pugi::xml_attribute attribute = element.attribute(name);
        const std::string_view value = trimSpaces(attribute.value());
        if (value.empty()) missing(element, std::string(name) + " attribute, or it is empty");
        return std::string(value);
    }

    // The trimmed text of the one child element `name`; a missing or empty one is reported.
    std::string requiredText(pugi::xml_node parent, const char* name) {
        const pugi::xml_node child = parent.child(name);
        const std::string_view value = trimSpaces(child.child_value());
        if (value.empty()) missing(parent, "<" + std::string(name) + ">, or it is empty");
        return std::string(value);
    }

  private:
    LineIndex lines_;
    const char* copy_;
    std::size_t size_;
    DiagnosticSink& sink_;
};

// "4", "1.5", "0.25" in hundredths; nothing for anything else, including 0 and a third decimal.
std::optional<CentiHours> parseHours(std::string_view text) {
    const std::optional<std::int64_t> hours = parseHundredths(text);
    if (!hours || *hours <= 0 || *hours > 99'999'999) return std::nullopt;
    return *hours;
}

std::optional<int> parseMinutes(std::string_view text) {
    int minutes = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), minutes);
    if (error != std::errc() || end != text.data() + text.size() || minutes <= 0)
        return std::nullopt;
    return minutes;
}

void readTitles(pugi::xml_node root, ManifestContext& context, Course& course) {
    for (pugi::xml_node title : root.children("title")) {
        const std::string_view lang = title.attribute("lang").value();
        const std::string text(trimSpaces(title.child_value()));
        if (lang == "zh-CN") course.titleZh = text;
        if (lang == "en") course.titleEn = text;
    }
    if (course.titleZh.empty()) context.missing(root, "<title lang=\"zh-CN\">, or it is empty");
    if (course.titleEn.empty()) context.missing(root, "<title lang=\"en\">, or it is empty");
}

void readStudyHours(pugi::xml_node root, ManifestContext& context, Course& course) {
    const pugi::xml_node element = root.child("study-hours");
    const std::string text = context.requiredText(root, "study-hours");
    if (text.empty()) return;
    if (const std::optional<CentiHours> hours = parseHours(text)) {
        course.studyHours = *hours;
        return;
    }
    context.error(context.startTag(element), "bad-study-hours",
                  "study hours " + inQuotes(text) +
                      " is not a positive number with at most two decimals, such as 4 or 1.5");
}

Reference referenceOf(pugi::xml_node element, const char* attribute, ManifestContext& context) {
    const std::string id = context.required(element, attribute);
    const pugi::xml_attribute found = element.attribute(attribute);
    return {id, found ? context.of(found) : context.startTag(element)};
}

void readLessons(pugi::xml_node root, ManifestContext& context, Course& course) {
    const pugi::xml_node lessons = root.child("lessons");
    std::map<std::string, const Lesson*> byId;
    std::map<std::string, const Lesson*> byFile;
    // Reserved up front: the maps point at lessons already read while more are added.
    course.lessons.reserve(static_cast<std::size_t>(
        std::distance(lessons.children("lesson").begin(), lessons.children("lesson").end())));
    for (pugi::xml_node element : lessons.children("lesson")) {
        Lesson& lesson = course.lessons.emplace_back();
        lesson.pos = context.startTag(element);
        lesson.id = context.required(element, "id");
        lesson.file = context.required(element, "file");
        lesson.filePos =
            element.attribute("file") ? context.of(element.attribute("file")) : lesson.pos;
        lesson.title = context.requiredText(element, "title");
        const std::string minutes = context.required(element, "minutes");
        if (const std::optional<int> parsed = parseMinutes(minutes))
            lesson.minutes = *parsed;
        else if (!minutes.empty())
            context.error(context.of(element.attribute("minutes")), "bad-minutes",
                          "lesson " + inQuotes(lesson.id) + ": minutes " + inQuotes(minutes) +
                              " is not a positive whole number");
        if (!lesson.id.empty()) {
            const auto [it, added] = byId.emplace(lesson.id, &lesson);
            if (!added)
                context.error(lesson.pos, "duplicate-lesson",
                              "lesson id " + inQuotes(lesson.id) +
                                  " is already used by the lesson on line " +
                                  std::to_string(it->second->pos.line));
        }
        if (!lesson.file.empty()) {
            const std::string normal =
                std::filesystem::path(lesson.file).lexically_normal().generic_string();
            const auto [it, added] = byFile.emplace(normal, &lesson);
            if (!added)
                context.error(lesson.filePos, "duplicate-lesson",
                              "lesson " + inQuotes(lesson.id) + ": file " + inQuotes(lesson.file) +
                                  " is already the file of lesson " + inQuotes(it->second->id) +
                                  " on line " + std::to_string(it->second->pos.line));
        }
    }
    if (course.lessons.empty()) context.missing(root, "<lessons> with at least one <lesson>");
}

void readCourseElement(pugi::xml_node root, std::string_view folderName, ManifestContext& context,
                       Course& course) {
    course.pos = context.startTag(root);
    const std::string format = context.required(root, "format");
    if (!format.empty() && format != "1")
        context.error(
            context.of(root.attribute("format")), "unsupported-format",
            "format " + inQuotes(format) + " is not supported; this program reads format \"1\"");
    course.id = context.required(root, "id");
    if (!course.id.empty() && course.id != folderName)
        context.error(context.of(root.attribute("id")), "course-id-mismatch",
                      "the course id " + inQuotes(course.id) + " is not the folder's name " +
                          inQuotes(folderName) + "; rename one of them");
    course.version = context.required(root, "version");
    readTitles(root, context, course);
    course.summary = context.requiredText(root, "summary");
    readStudyHours(root, context, course);
    for (pugi::xml_node position : root.child("audience").children("position"))
        course.positions.emplace_back(trimSpaces(position.child_value()));
    for (pugi::xml_node prerequisite : root.child("prerequisites").children("course"))
        course.prerequisites.push_back(referenceOf(prerequisite, "ref", context));
    readLessons(root, context, course);

    const pugi::xml_node questions = root.child("questions");
    if (!questions) {
        context.missing(root, "<questions>");
    } else {
        course.bank = referenceOf(questions, "bank", context);
        for (pugi::xml_node category : questions.children("category"))
            course.categories.push_back(referenceOf(category, "ref", context));
        if (course.categories.empty())
            context.missing(questions, "<category>; name at least one of the bank's categories");
    }
    const pugi::xml_node quiz = root.child("quiz");
    if (!quiz)
        context.missing(root, "<quiz>");
    else
        course.quizBlueprint = referenceOf(quiz, "blueprint", context);
}

}  // namespace

bool readManifest(std::string_view bytes, std::string_view folderName, DiagnosticSink& sink,
                  Course& course) {
    if (!reportIfNotUtf8(bytes, "save it as UTF-8 in your editor", sink)) return false;
    const std::string_view text = withoutBom(bytes);
    std::vector<char> copy(text.begin(), text.end());
    ManifestContext context(text, copy.data(), sink);
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer_inplace(
        copy.data(), copy.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
        std::string description = parsed.description();
        if (!description.empty() && description.front() >= 'A' && description.front() <= 'Z')
            description.front() = static_cast<char>(description.front() - 'A' + 'a');
        context.error(context.at(copy.data() + parsed.offset), "not-well-formed",
                      "the manifest is not well-formed XML: " + description);
        return false;
    }
    const pugi::xml_node root = document.document_element();
    if (std::string_view(root.name()) != "course") {
        context.error(root ? context.startTag(root) : TextPosition{1, 1}, "not-well-formed",
                      "the root element is <" + std::string(root.name()) +
                          ">, but a course manifest's root element is <course>");
        return false;
    }
    readCourseElement(root, folderName, context, course);
    return true;
}

}  // namespace tqm::course
