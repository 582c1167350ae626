// Where an exam's papers come from: its blueprint and the bank file named when the exam was made.
// The bank is read once, hashed (SHA-256 of the file's bytes, recorded with every attempt) and
// indexed, so one source serves every person of a paper-per-person exam.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.h"
#include "base/diagnostic.h"
#include "exam/assembly_index.h"
#include "exam/blueprint.h"
#include "exam/paper_assembly.h"

namespace tqm::session {

struct AssembledPaper;

class ExamPaperSource {
  public:
    struct OpenResult;

    // Reads and checks the bank, then checks the blueprint against it. Any error (a missing or
    // broken bank, another bank's id, an unknown category or question) leaves no source.
    static OpenResult open(exam::Blueprint blueprint, const std::filesystem::path& bankFile);

    const exam::Blueprint& blueprint() const { return blueprint_; }
    const bank::Bank& bank() const { return *bank_; }
    const std::string& bankSha256() const { return bankSha256_; }

    // A paper for the person: the exam's seed as is, or the person's own seed when the blueprint
    // gives everyone a paper of their own; `recentlySeen` as ExamResults::recentlySeen gives it.
    exam::AssembledPaper assemble(std::uint64_t examSeed, std::string_view employeeNo,
                                  const std::map<std::string, int>& recentlySeen) const;

    // The assembled paper with what identifies its bank, as the exam service stores it.
    AssembledPaper forSitting(const exam::AssembledPaper& paper) const;

  private:
    ExamPaperSource(exam::Blueprint blueprint, std::unique_ptr<bank::Bank> bank, std::string sha256,
                    std::filesystem::path bankFolder);

    exam::Blueprint blueprint_;
    std::unique_ptr<bank::Bank> bank_;  // on the heap: the index refers to it
    std::string bankSha256_;
    std::filesystem::path bankFolder_;  // what the bank's image paths are relative to
    std::unique_ptr<exam::AssemblyIndex> index_;
};

struct ExamPaperSource::OpenResult {
    std::optional<ExamPaperSource> source;
    std::vector<Diagnostic> diagnostics;  // the bank's and the blueprint's, errors and warnings
};

}  // namespace tqm::session
