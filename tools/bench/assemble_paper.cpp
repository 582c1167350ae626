// tqm-bench-assemble-paper FILE [--papers K] [--questions N] [--seen S]: times paper assembly
// from a large bank: the index built once, then K papers of N questions (20 rules over the
// bank's categories) with different seeds, beside one linear pass over the bank's questions
// reading their category, measured in the same run.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "bank/native_reader.h"
#include "exam/paper_assembly.h"

namespace {

using Clock = std::chrono::steady_clock;
using tqm::bank::QuestionType;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double share) {
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(share * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

// The types of the 20 rules, about as an exam mixes them: 8 single choice, 4 multiple choice,
// 4 true/false, 2 fill-in-the-blank, 1 ordering, 1 matching.
constexpr QuestionType kRuleTypes[20] = {
    QuestionType::SingleChoice,   QuestionType::SingleChoice,   QuestionType::SingleChoice,
    QuestionType::SingleChoice,   QuestionType::SingleChoice,   QuestionType::SingleChoice,
    QuestionType::SingleChoice,   QuestionType::SingleChoice,   QuestionType::MultipleChoice,
    QuestionType::MultipleChoice, QuestionType::MultipleChoice, QuestionType::MultipleChoice,
    QuestionType::TrueFalse,      QuestionType::TrueFalse,      QuestionType::TrueFalse,
    QuestionType::TrueFalse,      QuestionType::FillBlank,      QuestionType::FillBlank,
    QuestionType::Ordering,       QuestionType::Matching};

std::size_t poolSize(const tqm::exam::AssemblyIndex& index, const tqm::exam::DrawRule& rule,
                     QuestionType type) {
    const auto range = index.categoryRange(rule.category, rule.includeSubCategories);
    if (!range) return 0;
    std::size_t size = 0;
    for (int d = rule.minDifficulty; d <= rule.maxDifficulty; ++d)
        size += index.slice(type, d, *range).size();
    return size;
}

// One section per type, in the order of kRuleTypes. Rule r draws from a category below a root
// (with its sub-categories), spread over the tree; every second rule narrows the difficulty to
// 2-4, and the first rule of each of two sections also asks for a key position. A category whose
// pool is under four times the count is passed over for the next one.
tqm::exam::Blueprint benchBlueprint(const tqm::exam::AssemblyIndex& index, std::size_t questions) {
    const tqm::bank::Bank& bank = index.bank();
    std::vector<std::string> candidates;
    for (const tqm::bank::Category& root : bank.categories)
        for (const tqm::bank::Category& child : root.children) candidates.emplace_back(child.id);
    if (candidates.empty())
        for (const tqm::bank::Category& root : bank.categories) candidates.emplace_back(root.id);

    tqm::exam::Blueprint blueprint;
    blueprint.fileName = "bench-blueprint.xml";
    blueprint.id = "bench";
    blueprint.bankId = bank.id;
    blueprint.options.shuffleQuestions = true;
    blueprint.options.shuffleOptions = true;
    blueprint.options.mode = tqm::exam::PaperMode::PerPerson;
    blueprint.options.avoidRecentAttempts = 3;
    for (std::size_t r = 0; r < 20; ++r) {
        const QuestionType type = kRuleTypes[r];
        if (blueprint.sections.empty() || blueprint.sections.back().type != type) {
            blueprint.sections.emplace_back();
            blueprint.sections.back().title = std::string(tqm::bank::typeShortName(type)) + "题";
            blueprint.sections.back().type = type;
            blueprint.sections.back().pointsPerQuestion = 100;
        }
        tqm::exam::BlueprintSection& section = blueprint.sections.back();
        tqm::exam::DrawRule rule;
        rule.count = questions / 20 + (r < questions % 20 ? 1 : 0);
        if (rule.count == 0) continue;
        if (r % 2 == 1) {
            rule.minDifficulty = 2;
            rule.maxDifficulty = 4;
        }
        if (r == 0 || r == 8) rule.positions = {"质量检验员", "班组长"};
        const std::size_t needed = rule.positions.empty() ? 4 * rule.count : 20 * rule.count;
        const std::size_t start = (r * 37) % candidates.size();
        bool found = false;
        for (std::size_t probe = 0; probe < candidates.size() && !found; ++probe) {
            rule.category = candidates[(start + probe) % candidates.size()];
            found = poolSize(index, rule, type) >= needed;
        }
        // A small bank (the smoke test's) has no category that large: draw from the whole bank.
        if (!found) {
            rule = tqm::exam::DrawRule{};
            rule.count = questions / 20 + (r < questions % 20 ? 1 : 0);
        }
        section.rules.push_back(rule);
    }
    return blueprint;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Time paper assembly from a large bank against a linear pass over the bank."};
    std::filesystem::path file;
    int papers = 1000;
    std::size_t questions = 100;
    std::size_t seen = 0;
    app.add_option("FILE", file, "Native bank file")->required()->check(CLI::ExistingFile);
    app.add_option("--papers", papers, "Papers assembled, each with its own seed")
        ->check(CLI::PositiveNumber);
    app.add_option("--questions", questions, "Questions per paper, over 20 rules")
        ->check(CLI::Range(1, 2000));
    app.add_option("--seen", seen, "Questions the person saw in the last 3 attempts");
    CLI11_PARSE(app, argc, argv);

    const tqm::bank::ReadResult loaded = tqm::bank::readBankFile(file);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s: the bank has errors\n", file.string().c_str());
        return 1;
    }
    const tqm::bank::Bank& bank = loaded.bank;

    auto start = Clock::now();
    const tqm::exam::AssemblyIndex index(bank);
    const double indexTime = millisecondsSince(start);
    const tqm::exam::Blueprint blueprint = benchBlueprint(index, questions);

    tqm::exam::AssemblyRequest request;
    for (std::size_t i = 0; i < seen && i < bank.questions.size(); ++i) {
        const std::size_t q = (i * 7919) % bank.questions.size();
        request.recentlySeen.emplace(std::string(bank.questions[q].id),
                                     static_cast<std::uint32_t>(i % 3 + 1));
    }

    std::vector<double> assembly;
    std::vector<double> baseline;
    std::size_t checksum = 0;
    std::size_t warnings = 0;
    for (int paper = 0; paper < papers; ++paper) {
        // The baseline: one pass over the questions that reads each one's category.
        start = Clock::now();
        std::size_t categoryBytes = 0;
        for (const tqm::bank::Question& q : bank.questions) categoryBytes += q.category.size();
        baseline.push_back(millisecondsSince(start));
        checksum += categoryBytes;

        request.seed = tqm::exam::seedForPerson(20261124, "E" + std::to_string(paper));
        start = Clock::now();
        const tqm::exam::AssembledPaper assembled =
            tqm::exam::assemblePaper(blueprint, index, request);
        assembly.push_back(millisecondsSince(start));
        if (!assembled.ok()) {
            for (const tqm::Diagnostic& d : assembled.diagnostics)
                std::fprintf(stderr, "%s\n", tqm::formatDiagnostic(d).c_str());
            return 1;
        }
        warnings += assembled.diagnostics.size();
        checksum += assembled.questions.size();
    }

    const double median = percentile(assembly, 0.5);
    const double baseMedian = percentile(baseline, 0.5);
    std::printf("bank            %s: %zu questions\n", file.string().c_str(),
                bank.questions.size());
    std::printf("paper           %zu questions, %zu sections, 20 rules; %d papers\n",
                blueprint.questionCount(), blueprint.sections.size(), papers);
    std::printf("recently seen   %zu questions (%zu reuse warnings in all)\n",
                request.recentlySeen.size(), warnings);
    std::printf("index build     %.2f ms (once per bank)\n", indexTime);
    std::printf("assembly        median %.3f ms, p99 %.3f ms\n", median,
                percentile(assembly, 0.99));
    std::printf("linear pass     median %.3f ms, p99 %.3f ms\n", baseMedian,
                percentile(baseline, 0.99));
    std::printf("ratio           assembly / linear pass = %.2f (medians)\n", median / baseMedian);
    std::printf("checksum        %zu\n", checksum);
    return 0;
}
