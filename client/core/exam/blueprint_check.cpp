// The checks of a blueprint against its bank that do not depend on the seed.
#include "exam/paper_assembly.h"
#include "exam/seeded_random.h"

namespace tqm::exam {

namespace {

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string sectionLabel(std::size_t number, std::string_view title) {
    return "section " + std::to_string(number) + " " + inQuotes(title) + ": ";
}

}  // namespace

std::uint64_t paperSeed(const BlueprintOptions& options, std::uint64_t examSeed,
                        std::string_view employeeNo) {
    return options.mode == PaperMode::SamePaper ? examSeed : seedForPerson(examSeed, employeeNo);
}

std::vector<Diagnostic> checkBlueprintAgainstBank(const Blueprint& blueprint,
                                                  const AssemblyIndex& index) {
    std::vector<Diagnostic> out;
    DiagnosticSink sink(out, blueprint.fileName);
    const bank::Bank& bank = index.bank();
    if (blueprint.bankId != bank.id)
        sink.error(blueprint.pos.line, blueprint.pos.column, "wrong-bank",
                   "blueprint: it draws from bank " + inQuotes(blueprint.bankId) +
                       ", but the bank given is " + inQuotes(bank.id));
    for (std::size_t s = 0; s < blueprint.sections.size(); ++s) {
        const BlueprintSection& section = blueprint.sections[s];
        const std::string label = sectionLabel(s + 1, section.title);
        for (const FixedQuestion& fixed : section.fixed) {
            const auto question = index.questionIndex(fixed.questionId);
            if (!question) {
                sink.error(fixed.pos.line, fixed.pos.column, "unknown-question",
                           label + "fixed question " + inQuotes(fixed.questionId) +
                               " is not in bank " + inQuotes(bank.id));
                continue;
            }
            const bank::QuestionType type = bank.questions[*question].type;
            if (type != section.type)
                sink.error(fixed.pos.line, fixed.pos.column, "fixed-type-mismatch",
                           label + "fixed question " + inQuotes(fixed.questionId) + " is " +
                               std::string(bank::typeShortName(type)) + ", but the section is " +
                               std::string(bank::typeShortName(section.type)));
        }
        for (std::size_t r = 0; r < section.rules.size(); ++r) {
            const DrawRule& rule = section.rules[r];
            if (rule.category.empty() || index.categoryRange(rule.category, false)) continue;
            sink.error(rule.pos.line, rule.pos.column, "unknown-category",
                       "section " + std::to_string(s + 1) + " " + inQuotes(section.title) +
                           ", rule " + std::to_string(r + 1) + ": category " +
                           inQuotes(rule.category) + " is not in bank " + inQuotes(bank.id));
        }
    }
    return out;
}

}  // namespace tqm::exam
