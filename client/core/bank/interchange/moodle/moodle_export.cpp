// Moodle XML export: the category tree as category pseudo-questions, then each category's
// questions in Moodle's own types, text as HTML, images embedded as base64 files.
#include <pugixml.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_map>

#include "bank/interchange/common/base64.h"
#include "bank/interchange/common/html_text.h"
#include "bank/interchange/moodle/moodle_categories.h"
#include "bank/interchange/moodle/moodle_cloze.h"
#include "bank/interchange/moodle/moodle_field_tags.h"
#include "bank/interchange/moodle/moodle_grader_info.h"
#include "bank/interchange/moodle/moodle_xml.h"

namespace tqm::bank {

namespace {

// Moodle cuts tag names at this many characters (TAG_MAX_LENGTH).
constexpr std::size_t kMoodleTagLength = 50;

std::size_t codePointCount(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

// Equal shares Moodle can express: 100/k must be one of its grade fractions.
constexpr int kRepresentableShares[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20};

std::string percentText(double percent) {
    // Moodle's grade fractions have at most five decimals in percent ("33.33333").
    std::ostringstream out;
    out.precision(7);
    out << percent;
    return out.str();
}

// The start of each run of three or more underscores (a blank in a fill-blank stem) and its length.
std::vector<std::pair<std::size_t, std::size_t>> blankMarkers(std::string_view stem) {
    std::vector<std::pair<std::size_t, std::size_t>> markers;
    for (std::size_t i = 0; i < stem.size();) {
        if (stem[i] != '_') {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < stem.size() && stem[end] == '_') ++end;
        if (end - i >= 3) markers.emplace_back(i, end - i);
        i = end;
    }
    return markers;
}

// Moodle names files in text by their URL-encoded name.
std::string urlEncode(std::string_view name) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 0x0F];
        }
    }
    return out;
}

bool leavesFolder(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos ||
        (path.size() >= 2 && path[1] == ':'))
        return true;
    const std::string_view parts = path;
    std::size_t start = 0;
    while (start <= parts.size()) {
        const std::size_t slash = std::min(parts.find('/', start), parts.size());
        if (parts.substr(start, slash - start) == "..") return true;
        start = slash + 1;
    }
    return false;
}

class MoodleExporter {
  public:
    MoodleExporter(const Bank& bank, std::filesystem::path baseDir, std::vector<Diagnostic>& out,
                   pugi::xml_node quiz)
        : bank_(bank), baseDir_(std::move(baseDir)), out_(out), quiz_(quiz) {
        for (const Question& q : bank.questions) byCategory_[q.category].push_back(&q);
    }

    void run() {
        warnAboutBankFields();
        std::vector<std::string_view> path;
        std::unordered_map<std::string_view, bool> known;
        for (const Category* c : flattenCategories(bank_.categories)) known[c->id] = true;
        // Questions outside the tree go first, so Moodle files them in its default category.
        for (const Question& q : bank_.questions)
            if (!known.count(q.category)) exportQuestion(q);
        for (const Category& c : bank_.categories) exportCategory(c, path);
    }

  private:
    void exportCategory(const Category& category, std::vector<std::string_view>& path) {
        path.push_back(category.title);
        pugi::xml_node node = quiz_.append_child("question");
        node.append_attribute("type") = "category";
        text(node.append_child("category"), joinMoodleCategoryPath(path));
        node.append_child("idnumber").text() = std::string(category.id).c_str();
        if (auto it = byCategory_.find(category.id); it != byCategory_.end())
            for (const Question* q : it->second) exportQuestion(*q);
        for (const Category& child : category.children) exportCategory(child, path);
        path.pop_back();
    }

    static void text(pugi::xml_node holder, std::string_view value) {
        holder.append_child("text").text() = std::string(value).c_str();
    }

    static pugi::xml_node html(pugi::xml_node parent, const char* name, std::string_view value) {
        pugi::xml_node holder = parent.append_child(name);
        holder.append_attribute("format") = "html";
        pugi::xml_node textNode = holder.append_child("text");
        if (!value.empty())
            textNode.append_child(pugi::node_cdata).set_value(std::string(value).c_str());
        return holder;
    }

    static void child(pugi::xml_node parent, const char* name, std::string_view value) {
        parent.append_child(name).text() = std::string(value).c_str();
    }

    void diagnose(const Question& q, Severity severity, std::string code, std::string message,
                  std::string file = {}) {
        out_.push_back({std::move(file), q.pos.line, q.pos.column, severity, std::move(code),
                        "question \"" + std::string(q.id) + "\": " + message});
    }

    void exportQuestion(const Question& q) {
        std::string stemHtml = textToHtml(q.stem);
        const char* type = nullptr;
        switch (q.type) {
            case QuestionType::SingleChoice:
            case QuestionType::MultipleChoice:
                type = "multichoice";
                break;
            case QuestionType::TrueFalse:
                type = "truefalse";
                break;
            case QuestionType::FillBlank:
                type = q.blanks.size() > 1                         ? "cloze"
                       : (!q.blanks.empty() && q.blanks[0].number) ? "numerical"
                                                                   : "shortanswer";
                break;
            case QuestionType::Ordering:
                type = "ordering";
                break;
            case QuestionType::Matching:
                type = "matching";
                break;
            case QuestionType::ShortAnswer:
                type = "essay";
                break;
        }
        if (std::string_view(type) == "cloze" && !clozeHtml(q, stemHtml)) return;
        if (q.type == QuestionType::MultipleChoice && !checkShares(q)) return;

        pugi::xml_node node = quiz_.append_child("question");
        node.append_attribute("type") = type;
        text(node.append_child("name"), q.title.empty() ? q.id : q.title);
        pugi::xml_node questionText = html(node, "questiontext", {});
        const std::vector<std::string> embedded = embedImages(q, questionText);
        questionText.child("text")
            .append_child(pugi::node_cdata)
            .set_value((stemHtml + imagesHtml(embedded)).c_str());
        html(node, "generalfeedback", textToHtml(q.explanation));
        child(node, "defaultgrade", formatNumber(q.points));
        child(node, "penalty", "0");
        child(node, "hidden", "0");
        child(node, "idnumber", q.id);
        exportAnswers(q, node);
        pugi::xml_node tags = node.append_child("tags");
        for (const std::string_view tag : q.tags) addTag(q, tags, tag);
        for (const std::string& tag : moodle::fieldTags(q)) addTag(q, tags, tag);
    }

    void addTag(const Question& q, pugi::xml_node tags, std::string_view tag) {
        text(tags.append_child("tag"), tag);
        const std::size_t length = codePointCount(tag);
        if (length > kMoodleTagLength) {
            diagnose(q, Severity::Warning, "moodle-tag-too-long",
                     "tag \"" + std::string(tag) + "\" has " + std::to_string(length) +
                         " characters; Moodle keeps only the first " +
                         std::to_string(kMoodleTagLength) + " of a tag");
        }
    }

    void warnAboutBankFields() {
        std::string lost;
        // An imported bank starts at version 1.0.0, so only another version is lost.
        if (!bank_.version.empty() && bank_.version != "1.0.0")
            lost += "version \"" + std::string(bank_.version) + "\"";
        if (!bank_.organization.empty()) {
            if (!lost.empty()) lost += " and ";
            lost += "organization \"" + std::string(bank_.organization) + "\"";
        }
        if (lost.empty()) return;
        std::string message =
            "Moodle XML has no place for a bank's version or organization, so "
            "the bank's " +
            lost + " cannot come back from Moodle";
        out_.push_back(
            {{}, 0, 0, Severity::Warning, "moodle-bank-fields-lost", std::move(message)});
    }

    bool checkShares(const Question& q) {
        const auto correct = std::count_if(q.choices.begin(), q.choices.end(),
                                           [](const Choice& c) { return c.correct; });
        const bool representable =
            correct == 0 ||
            std::find(std::begin(kRepresentableShares), std::end(kRepresentableShares), correct) !=
                std::end(kRepresentableShares);
        if (!representable) {
            diagnose(q, Severity::Warning, "moodle-export-skipped",
                     "Moodle cannot give " + std::to_string(correct) +
                         " correct options equal shares of the grade (100/" +
                         std::to_string(correct) +
                         " is not one of its grade fractions); the question was not exported");
            return false;
        }
        if (bank_.scoringFor(q) == MultipleChoiceScoring::AllOrNothing) {
            diagnose(q, Severity::Warning, "moodle-scoring-changed",
                     "Moodle's multichoice always gives partial credit; this all-or-nothing "
                     "question is exported with partial scoring");
        }
        return true;
    }

    bool clozeHtml(const Question& q, std::string& out) {
        const auto markers = blankMarkers(q.stem);
        if (markers.size() != q.blanks.size()) {
            diagnose(q, Severity::Warning, "moodle-export-skipped",
                     "the stem has " + std::to_string(markers.size()) + " blank markers for " +
                         std::to_string(q.blanks.size()) +
                         " blanks, so the cloze text cannot be built; the question was not "
                         "exported");
            return false;
        }
        out.clear();
        std::size_t copied = 0;
        for (std::size_t i = 0; i < markers.size(); ++i) {
            out += textToHtml(q.stem.substr(copied, markers[i].first - copied));
            out += clozeMarkerFor(q.blanks[i], q.caseSensitive);
            copied = markers[i].first + markers[i].second;
        }
        out += textToHtml(q.stem.substr(copied));
        return true;
    }

    static std::string imagesHtml(const std::vector<std::string>& names) {
        std::string out;
        for (const std::string& name : names)
            out += "<p><img src=\"@@PLUGINFILE@@/" + urlEncode(name) + "\" alt=\"\"></p>";
        return out;
    }

    // Appends a <file> for every image that can be read and returns their names.
    std::vector<std::string> embedImages(const Question& q, pugi::xml_node holder) {
        std::vector<std::string> names;
        for (const std::string_view image : q.images) {
            const std::string relative(image);
            if (leavesFolder(relative)) {
                diagnose(q, Severity::Error, "image-path-outside",
                         "image \"" + relative +
                             "\" is outside the bank's folder; it was not "
                             "exported");
                continue;
            }
            const std::filesystem::path file = baseDir_ / relative;
            std::ifstream in(file, std::ios::binary);
            if (!in) {
                diagnose(q, Severity::Error, "image-missing",
                         "image \"" + relative + "\" does not exist; it was not exported",
                         file.string());
                continue;
            }
            const std::string bytes{std::istreambuf_iterator<char>(in),
                                    std::istreambuf_iterator<char>()};
            if (in.bad()) {
                diagnose(q, Severity::Error, "image-missing",
                         "image \"" + relative + "\" cannot be read; it was not exported",
                         file.string());
                continue;
            }
            pugi::xml_node node = holder.append_child("file");
            std::string name = file.filename().string();
            // Two images of one question with the same file name (from different folders).
            if (std::find(names.begin(), names.end(), name) != names.end())
                name = std::to_string(names.size() + 1) + "-" + name;
            node.append_attribute("name") = name.c_str();
            node.append_attribute("path") = "/";
            node.append_attribute("encoding") = "base64";
            node.text() = encodeBase64(bytes).c_str();
            names.push_back(std::move(name));
        }
        return names;
    }

    void exportAnswers(const Question& q, pugi::xml_node node);

    const Bank& bank_;
    std::filesystem::path baseDir_;
    std::vector<Diagnostic>& out_;
    pugi::xml_node quiz_;
    std::unordered_map<std::string_view, std::vector<const Question*>> byCategory_;
};

pugi::xml_node answer(pugi::xml_node parent, std::string_view fraction, std::string_view html,
                      const char* format = "html") {
    pugi::xml_node node = parent.append_child("answer");
    node.append_attribute("fraction") = std::string(fraction).c_str();
    node.append_attribute("format") = format;
    pugi::xml_node text = node.append_child("text");
    if (std::string_view(format) == "html") {
        text.append_child(pugi::node_cdata).set_value(std::string(html).c_str());
    } else {
        text.text() = std::string(html).c_str();
    }
    pugi::xml_node feedback = node.append_child("feedback");
    feedback.append_attribute("format") = "html";
    feedback.append_child("text");
    return node;
}

// Moodle's shortanswer reads "*" as a wildcard; "\*" is a literal asterisk.
std::string escapeAsterisks(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '*') out += '\\';
        out += c;
    }
    return out;
}

void MoodleExporter::exportAnswers(const Question& q, pugi::xml_node node) {
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice: {
            const bool single = q.type == QuestionType::SingleChoice;
            const auto correct = std::count_if(q.choices.begin(), q.choices.end(),
                                               [](const Choice& c) { return c.correct; });
            child(node, "single", single ? "true" : "false");
            child(node, "shuffleanswers", "true");
            child(node, "answernumbering", "abc");
            // Partial scoring: each correct option earns 100/k; a wrong one costs everything, so
            // Moodle's sum (clamped at 0) gives zero whenever a wrong option is chosen.
            const std::string right =
                single || correct == 0 ? "100" : percentText(100.0 / static_cast<double>(correct));
            for (const Choice& c : q.choices)
                answer(node, c.correct ? right : (single ? "0" : "-100"), textToHtml(c.text));
            break;
        }
        case QuestionType::TrueFalse:
            answer(node, q.answerTrue ? "100" : "0", "true", "moodle_auto_format");
            answer(node, q.answerTrue ? "0" : "100", "false", "moodle_auto_format");
            break;
        case QuestionType::FillBlank:
            if (q.blanks.size() != 1) break;  // cloze: the answers are in the text
            if (q.blanks[0].number) {
                pugi::xml_node a =
                    answer(node, "100", formatNumber(*q.blanks[0].number), "moodle_auto_format");
                child(a, "tolerance", formatNumber(q.blanks[0].tolerance));
            } else {
                child(node, "usecase", q.caseSensitive ? "1" : "0");
                for (const std::string_view accepted : q.blanks[0].accepted)
                    answer(node, "100", escapeAsterisks(accepted), "moodle_auto_format");
            }
            break;
        case QuestionType::Ordering:
            child(node, "layouttype", "VERTICAL");
            child(node, "selecttype", "ALL");
            child(node, "selectcount", "0");
            child(node, "gradingtype", "ABSOLUTE_POSITION");
            child(node, "showgrading", "SHOW");
            child(node, "numberingstyle", "none");
            for (std::size_t i = 0; i < q.choices.size(); ++i)
                answer(node, std::to_string(i + 1), textToHtml(q.choices[i].text));
            break;
        case QuestionType::Matching:
            child(node, "shuffleanswers", "true");
            for (const MatchPair& pair : q.pairs) {
                pugi::xml_node sub = html(node, "subquestion", textToHtml(pair.prompt));
                text(sub.append_child("answer"), pair.answer);
            }
            break;
        case QuestionType::ShortAnswer:
            child(node, "responseformat", "editor");
            child(node, "responserequired", "1");
            child(node, "responsefieldlines", "15");
            child(node, "attachments", "0");
            child(node, "attachmentsrequired", "0");
            html(node, "graderinfo", textToHtml(joinGraderInfo(q.referenceAnswer, q.gradingNotes)));
            html(node, "responsetemplate", "");
            break;
    }
}

}  // namespace

std::string exportMoodleXml(const Bank& bank, const std::filesystem::path& baseDir,
                            std::vector<Diagnostic>& out) {
    pugi::xml_document document;
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    MoodleExporter exporter(bank, baseDir, out, document.append_child("quiz"));
    exporter.run();
    std::ostringstream xml;
    // Moodle's own files write empty elements as <text></text>; so do we.
    document.save(xml, "  ", pugi::format_default | pugi::format_no_empty_element_tags,
                  pugi::encoding_utf8);
    return xml.str();
}

}  // namespace tqm::bank
