// What the competition reader's files share: positions of elements in the original text, strict
// attribute parsers, the bank the questions come from, and reading one round. Internal to
// team_contest_*.cpp.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "bank/bank.h"
#include "base/diagnostic.h"
#include "base/line_index.h"
#include "compete/team_contest.h"

namespace tqm::compete::contest_parse {

class Context {
  public:
    Context(std::string_view text, DiagnosticSink& sink) : lines_(text), sink_(sink) {}

    // At the start tag of `element` (pugixml's offset points at the name, after '<').
    void error(pugi::xml_node element, std::string code, std::string message);
    void errorAt(std::size_t offset, std::string code, std::string message);
    // The attribute's value; an error naming the element when it is missing or empty.
    std::string requiredAttribute(pugi::xml_node element, const char* name);
    const std::string& file() const { return sink_.file(); }

  private:
    LineIndex lines_;
    DiagnosticSink& sink_;
};

std::string trimmed(std::string_view text);
bool isColour(std::string_view text);

// The whole number in attribute `name` when present and within [low, high]; an error otherwise.
std::optional<int> wholeAttribute(pugi::xml_node element, const char* name, Context& context,
                                  int low, int high);
std::optional<bool> boolAttribute(pugi::xml_node element, const char* name, Context& context);

// The bank named by <bank file="...">, read when there is one.
struct BankSource {
    bool present = false;  // a bank was named and read without errors
    bank::Bank bank;
};
BankSource loadBank(const std::string& bankFile, const std::filesystem::path& baseDir,
                    pugi::xml_node bankElement, Context& context);

// Reads one element of <rounds> and appends the round.
void readRound(pugi::xml_node element, Context& context, const BankSource& source,
               TeamContest& contest);

// The question as the projector shows it and the answer as the host reads it.
ContestQuestion contestQuestionOf(const bank::Question& question);

}  // namespace tqm::compete::contest_parse
