// Internal to the Moodle XML importer: the state of one <question> element while it is mapped to
// the bank model, shared by moodle_import.cpp (the file, categories, common fields) and
// moodle_import_types.cpp (one mapping per Moodle question type).
#pragma once

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "bank/interchange/common/import_support.h"
#include "base/diagnostic.h"

namespace tqm::bank::moodle {

struct MoodleAnswer {
    std::string text;          // plain text
    std::string fractionText;  // as written, for messages
    double fraction = 0.0;     // percent
    bool fractionIsNumber = true;
    pugi::xml_node node;
};

enum class AnswerText { Plain, Rich };

class QuestionImport {
  public:
    QuestionImport(pugi::xml_node node, std::string name, Question& question, Bank& bank,
                   DiagnosticSink& sink)
        : node(node), name(std::move(name)), question(question), bank(bank), sink_(sink) {}

    pugi::xml_node node;
    std::string name;  // Moodle's question name, used in every message
    Question& question;
    Bank& bank;

    // Diagnostics at the <question> element, prefixed with `question "<name>": `.
    void error(std::string code, std::string_view message);
    void warning(std::string code, std::string_view message);
    bool failed() const { return failed_; }

    // The text of `holder`'s <text> child converted by its format attribute (html by default) to
    // plain text, kept in the bank. Images that point outside the file are reported.
    std::string_view richText(pugi::xml_node holder);
    // The same for text already taken out of its element; `format` is Moodle's format name.
    std::string_view convertText(std::string_view raw, std::string_view format);
    std::string_view keep(std::string_view text) { return bank.keep(text); }

    // The <answer> children with their fractions; answer text is plain (shortanswer, numerical,
    // truefalse) or HTML (multichoice, ordering).
    std::vector<MoodleAnswer> answers(AnswerText kind);

  private:
    DiagnosticSink& sink_;
    bool failed_ = false;
};

// The raw content of an element's text children (pcdata and CDATA), unconverted.
std::string rawText(pugi::xml_node element);
// rawText() of holder's <text> child, trimmed of surrounding white space.
std::string plainText(pugi::xml_node holder);
// "50", "33.33333": a percentage in messages.
std::string formatPercent(double percent);

// One mapping per Moodle type. Each fills `q.question` from `q.node` and returns false when the
// question is rejected (its errors already reported).
bool mapMultichoice(QuestionImport& q);
bool mapMultichoiceSet(QuestionImport& q);
bool mapTrueFalse(QuestionImport& q);
bool mapShortAnswer(QuestionImport& q);
bool mapNumerical(QuestionImport& q);
bool mapMatching(QuestionImport& q);
bool mapEssay(QuestionImport& q);
bool mapOrdering(QuestionImport& q);
bool mapCloze(QuestionImport& q);

}  // namespace tqm::bank::moodle
