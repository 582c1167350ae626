#include "session/exam_paper_source.h"

#include <fstream>
#include <iterator>

#include "bank/native_reader.h"
#include "base/sha256.h"
#include "session/exam_service.h"

namespace tqm::session {

namespace {

std::optional<std::string> readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) return std::nullopt;
    return bytes;
}

}  // namespace

ExamPaperSource::ExamPaperSource(exam::Blueprint blueprint, std::unique_ptr<bank::Bank> bank,
                                 std::string sha256, std::filesystem::path bankFolder)
    : blueprint_(std::move(blueprint)),
      bank_(std::move(bank)),
      bankSha256_(std::move(sha256)),
      bankFolder_(std::move(bankFolder)),
      index_(std::make_unique<exam::AssemblyIndex>(*bank_)) {}

ExamPaperSource::OpenResult ExamPaperSource::open(exam::Blueprint blueprint,
                                                  const std::filesystem::path& bankFile) {
    OpenResult result;
    const std::string fileName = bankFile.string();
    const std::optional<std::string> bytes = readBytes(bankFile);
    if (!bytes) {
        result.diagnostics.push_back(
            {fileName, 0, 0, Severity::Error, "bank-unreadable",
             "the bank file of blueprint \"" + blueprint.id +
                 "\" cannot be read; it was recorded when the exam was created. Put the bank "
                 "back at this path."});
        return result;
    }
    bank::ReadResult read = bank::readBankBytes(*bytes, fileName, bankFile.parent_path());
    result.diagnostics = std::move(read.diagnostics);
    if (hasErrors(result.diagnostics)) return result;

    ExamPaperSource source(std::move(blueprint), std::make_unique<bank::Bank>(std::move(read.bank)),
                           sha256Hex(*bytes), std::filesystem::absolute(bankFile).parent_path());
    std::vector<Diagnostic> problems =
        exam::checkBlueprintAgainstBank(source.blueprint_, *source.index_);
    const bool usable = !hasErrors(problems);
    result.diagnostics.insert(result.diagnostics.end(), problems.begin(), problems.end());
    if (usable) result.source.emplace(std::move(source));
    return result;
}

exam::AssembledPaper ExamPaperSource::assemble(
    std::uint64_t examSeed, std::string_view employeeNo,
    const std::map<std::string, int>& recentlySeen) const {
    exam::AssemblyRequest request;
    request.seed = exam::paperSeed(blueprint_.options, examSeed, employeeNo);
    request.bankFolder = bankFolder_;
    for (const auto& [questionId, attemptsAgo] : recentlySeen)
        if (attemptsAgo >= 1 &&
            static_cast<std::uint32_t>(attemptsAgo) <= blueprint_.options.avoidRecentAttempts)
            request.recentlySeen.emplace(questionId, static_cast<std::uint32_t>(attemptsAgo));
    return exam::assemblePaper(blueprint_, *index_, request);
}

AssembledPaper ExamPaperSource::forSitting(const exam::AssembledPaper& paper) const {
    AssembledPaper sitting;
    sitting.questions = paper.questions;
    sitting.seed = static_cast<std::int64_t>(paper.seed);
    sitting.bankId = std::string(bank_->id);
    sitting.bankVersion = std::string(bank_->version);
    sitting.bankSha256 = bankSha256_;
    return sitting;
}

}  // namespace tqm::session
