// Moodle XML import: the file, its category pseudo-questions, the fields every question type shares
// (name, text, feedback, grade, tags, idnumber, embedded files) and the final validation. The
// type-specific mappings live in moodle_import_types.cpp.
#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <set>
#include <unordered_set>

#include "bank/interchange/common/base64.h"
#include "bank/interchange/common/category_tree.h"
#include "bank/interchange/common/import_support.h"
#include "bank/interchange/common/stable_ids.h"
#include "bank/interchange/moodle/moodle_categories.h"
#include "bank/interchange/moodle/moodle_field_tags.h"
#include "bank/interchange/moodle/moodle_import_detail.h"
#include "bank/interchange/moodle/moodle_xml.h"
#include "bank/validator.h"
#include "base/encoding_check.h"
#include "base/line_index.h"
#include "base/text_normalize.h"
#include "base/utf8.h"

namespace tqm::bank {

namespace {

using moodle::QuestionImport;

struct TypeMapping {
    std::string_view moodleType;
    bool (*map)(QuestionImport&);
};

constexpr std::array<TypeMapping, 10> kMappings{{
    {"multichoice", moodle::mapMultichoice},
    {"multichoiceset", moodle::mapMultichoiceSet},
    {"truefalse", moodle::mapTrueFalse},
    {"shortanswer", moodle::mapShortAnswer},
    {"numerical", moodle::mapNumerical},
    {"matching", moodle::mapMatching},
    {"essay", moodle::mapEssay},
    {"ordering", moodle::mapOrdering},
    {"cloze", moodle::mapCloze},
    {"multianswer", moodle::mapCloze},
}};

constexpr std::array<std::string_view, 8> kImageExtensions{".png", ".jpg",  ".jpeg", ".gif",
                                                           ".svg", ".webp", ".bmp",  ".tif"};

bool isImageName(std::string_view name) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; });
    return std::any_of(kImageExtensions.begin(), kImageExtensions.end(),
                       [&](std::string_view ext) { return lower.ends_with(ext); });
}

// A file or folder name that cannot leave the images folder: letters, digits, "-", "_", "." and
// non-ASCII characters are kept, everything else becomes "_", and it never starts with a dot.
std::string safePathComponent(std::string_view name) {
    std::string safe;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        const bool keep = u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        safe += keep ? c : '_';
    }
    if (safe.empty() || safe.front() == '.') safe.insert(safe.begin(), '_');
    return safe;
}

class MoodleImporter {
  public:
    MoodleImporter(ImportResult& result, std::string fileName, std::string_view bytes)
        : result_(result),
          fileName_(std::move(fileName)),
          sink_(result.diagnostics, fileName_),
          lines_(bytes),
          categories_(result.bank) {}

    void run(const pugi::xml_node& quiz) {
        for (const pugi::xml_node node : quiz.children("question")) {
            const std::string_view type = node.attribute("type").value();
            if (type == "category") {
                enterCategory(node);
            } else {
                importQuestion(node, type);
            }
        }
    }

    SourcePos positionOf(const pugi::xml_node& node) const {
        // pugixml's offset points at the element name; the start tag begins one byte earlier.
        const std::ptrdiff_t offset = node.offset_debug();
        if (offset <= 0) return {};
        const TextPosition p = lines_.position(static_cast<std::size_t>(offset - 1));
        return {p.line, p.column};
    }

  private:
    void enterCategory(const pugi::xml_node& node) {
        const SourcePos pos = positionOf(node);
        const std::string path = moodle::plainText(node.child("category"));
        const std::vector<std::string> titles = splitMoodleCategoryPath(path);
        const std::string idnumber{trimSpaces(node.child_value("idnumber"))};
        if (titles.empty()) {
            category_ = categories_.ensure({"Default"}, pos, "default");
            categoryPath_ = "Default";
            return;
        }
        category_ = categories_.ensure(titles, pos, idnumber);
        categoryPath_.clear();
        for (const std::string& title : titles) categoryPath_ += "/" + title;
    }

    void importQuestion(const pugi::xml_node& node, std::string_view type) {
        Question question;
        question.pos = positionOf(node);
        std::string name = moodle::plainText(node.child("name"));
        if (name.empty()) name = "(unnamed)";
        QuestionImport q(node, name, question, result_.bank, sink_);

        const auto mapping =
            std::find_if(kMappings.begin(), kMappings.end(),
                         [&](const TypeMapping& m) { return m.moodleType == type; });
        if (mapping == kMappings.end()) {
            rejectType(q, type);
            return;
        }
        if (category_.empty()) {
            category_ = categories_.ensure({"Default"}, question.pos, "default");
            categoryPath_ = "Default";
        }
        question.category = category_;
        // An exported question without a title carries its id as its name; it has no title here.
        const std::string_view idnumber = trimSpaces(node.child_value("idnumber"));
        if (name != idnumber) question.title = result_.bank.keep(name);
        if (mapping->map != moodle::mapCloze)
            question.stem = q.richText(node.child("questiontext"));
        question.explanation = q.richText(node.child("generalfeedback"));
        readPoints(q);
        readTags(q);
        if (!mapping->map(q) || q.failed()) {
            ++result_.rejected;
            return;
        }
        assignId(q);
        extractFiles(q);
        result_.bank.questions.push_back(std::move(question));
    }

    // Tags with the reserved "tqm-" prefixes give back what the export could only store as tags.
    void readTags(QuestionImport& q) {
        for (const pugi::xml_node tag : q.node.child("tags").children("tag")) {
            const std::string text = moodle::plainText(tag);
            if (text.empty()) continue;
            std::string problem;
            switch (moodle::applyFieldTag(text, q.question, result_.bank, problem)) {
                case moodle::FieldTag::Ordinary:
                    q.question.tags.push_back(result_.bank.keep(text));
                    break;
                case moodle::FieldTag::Applied:
                    break;
                case moodle::FieldTag::Invalid:
                    q.warning("moodle-invalid-field-tag", problem);
                    break;
            }
        }
    }

    void rejectType(QuestionImport& q, std::string_view type) {
        if (type == "description") {
            q.error("moodle-unsupported-type",
                    "a Moodle description is text shown between questions and has no answer; it "
                    "was not imported");
        } else if (type.empty()) {
            q.error("moodle-unsupported-type",
                    "the <question> element has no type attribute; it was not imported");
        } else {
            q.error("moodle-unsupported-type",
                    "Moodle question type \"" + std::string(type) +
                        "\" has no equivalent here; it was not imported");
        }
        ++result_.rejected;
    }

    void readPoints(QuestionImport& q) {
        const pugi::xml_node grade = q.node.child("defaultgrade");
        if (!grade) return;
        const std::string text{trimSpaces(grade.child_value())};
        const auto points = parseDecimal(text);
        if (points && *points >= 0) {
            q.question.points = *points;
        } else {
            q.warning(
                "moodle-invalid-grade",
                "default grade \"" + text + "\" is not a non-negative number; 1 point is used");
        }
    }

    // The idnumber when there is one; otherwise "moodle-" and 10 hex digits of the SHA-256 of the
    // category path and the name, so re-importing the same file gives the same ids.
    void assignId(QuestionImport& q) {
        const std::string idnumber{trimSpaces(q.node.child_value("idnumber"))};
        std::string id;
        if (!idnumber.empty()) {
            id = ids_.claim(idnumber);
            if (id != idnumber) {
                q.warning("moodle-duplicate-idnumber",
                          "idnumber \"" + idnumber +
                              "\" is used by an earlier question; this one "
                              "gets the id \"" +
                              id + "\"");
            }
        } else {
            id = ids_.claim(hashId("moodle-", categoryPath_ + "\n" + q.name, 10));
        }
        q.question.id = result_.bank.keep(id);
    }

    // Every embedded image of the question (in its text, feedback or answers) becomes a file
    // beside the bank and an image of the question; other files (audio, documents) are reported.
    void extractFiles(QuestionImport& q) {
        std::unordered_set<std::string> names;
        const std::string folder = "images/" + safePathComponent(q.question.id) + "/";
        for (const pugi::xpath_node found : q.node.select_nodes(".//file")) {
            const pugi::xml_node file = found.node();
            std::string name(file.attribute("name").value());
            if (const std::size_t slash = name.find_last_of("/\\"); slash != std::string::npos)
                name.erase(0, slash + 1);
            name = safePathComponent(name);
            if (!isImageName(name)) {
                q.warning("moodle-file-not-image",
                          "embedded file \"" + name + "\" is not an image; it was not imported");
                continue;
            }
            if (!names.insert(name).second) continue;  // the same file attached to two fields
            std::optional<std::string> bytes = decodeBase64(moodle::rawText(file));
            if (!bytes) {
                q.warning("moodle-bad-file", "embedded file \"" + name +
                                                 "\" is not valid base64; it was not imported");
                continue;
            }
            result_.files.push_back({folder + name, std::move(*bytes)});
            q.question.images.push_back(result_.bank.keep(result_.files.back().relativePath));
        }
    }

    ImportResult& result_;
    std::string fileName_;
    DiagnosticSink sink_;
    LineIndex lines_;
    CategoryTreeBuilder categories_;
    std::string_view category_;
    std::string categoryPath_;
    IdAllocator ids_;
};

void nameBank(Bank& bank, std::string_view fileName) {
    std::string stem = std::filesystem::path(fileName).stem().string();
    if (stem.empty()) stem = "moodle-import";
    const std::string id = slugify(stem);
    bank.id = bank.keep(id.empty() ? "moodle-import" : id);
    bank.title = bank.keep(stem);
    bank.version = bank.keep("1.0.0");
    const bool chinese = std::any_of(bank.questions.begin(), bank.questions.end(),
                                     [](const Question& q) { return containsChinese(q.stem); });
    bank.language = bank.keep(chinese ? "zh-CN" : "en");
}

// Questions the validator finds an error in (at their own position) are taken out of the bank, so
// that what is imported is always a valid bank; the errors stay in the diagnostics.
void dropInvalidQuestions(ImportResult& result) {
    std::set<std::pair<std::uint32_t, std::uint32_t>> failing;
    for (const Diagnostic& d : result.diagnostics)
        if (d.severity == Severity::Error && d.line > 0) failing.emplace(d.line, d.column);
    auto& questions = result.bank.questions;
    const auto firstDropped =
        std::remove_if(questions.begin(), questions.end(), [&](const Question& q) {
            return failing.count({q.pos.line, q.pos.column}) > 0;
        });
    result.rejected += static_cast<std::size_t>(questions.end() - firstDropped);
    std::set<std::string_view> droppedImages;
    for (auto q = firstDropped; q != questions.end(); ++q)
        droppedImages.insert(q->images.begin(), q->images.end());
    std::erase_if(result.files,
                  [&](const ExtractedFile& f) { return droppedImages.count(f.relativePath) > 0; });
    questions.erase(firstDropped, questions.end());
}

}  // namespace

ImportResult importMoodleXml(std::string_view bytes, std::string fileName) {
    ImportResult result;
    DiagnosticSink sink(result.diagnostics, fileName);
    if (!reportIfNotUtf8(bytes, "export it from Moodle again: Moodle itself always writes UTF-8",
                         sink))
        return result;
    bytes = withoutBom(bytes);
    const LineIndex lines(bytes);
    pugi::xml_document document;
    const pugi::xml_parse_result parsed =
        document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
        const TextPosition p = lines.position(static_cast<std::size_t>(parsed.offset));
        sink.error(p.line, p.column, "not-well-formed",
                   std::string("the file is not well-formed XML: ") + parsed.description());
        return result;
    }
    const pugi::xml_node quiz = document.document_element();
    if (std::string_view(quiz.name()) != "quiz") {
        const TextPosition p = lines.position(
            static_cast<std::size_t>(std::max<std::ptrdiff_t>(quiz.offset_debug() - 1, 0)));
        sink.error(p.line, p.column, "wrong-root",
                   "the root element is <" + std::string(quiz.name()) +
                       ">; a Moodle XML file starts with <quiz>");
        return result;
    }
    MoodleImporter importer(result, fileName, bytes);
    importer.run(quiz);
    nameBank(result.bank, fileName);
    result.bank.reindex();
    validateBank(result.bank, ValidationContext{fileName, {}}, result.diagnostics);
    dropInvalidQuestions(result);
    result.imported = result.bank.questions.size();
    result.bank.reindex();
    return result;
}

}  // namespace tqm::bank
