#include "session/exam_sitting.h"

#include "exam/blueprint_reader.h"
#include "session/exam_paper_source.h"
#include "session/exam_results.h"
#include "session/refusals.h"

namespace tqm::session {

SittingResult openSitting(ExamService& service, std::int64_t examId, const store::Person& person) {
    SittingResult result;
    ResumeResult resumed = service.resume(examId, person.id);
    const bool nothingOpen = resumed.refusal && resumed.refusal->code == "no-open-attempt";
    if (!nothingOpen) {
        result.attempt = std::move(resumed.attempt);
        result.resumed = result.attempt.has_value();
        result.autoSubmitted = std::move(resumed.autoSubmitted);
        result.refusal = std::move(resumed.refusal);
        return result;
    }

    const std::optional<store::ExamRecord> exam = service.exam(examId);
    if (!exam) {
        result.refusal = refusals::noSuchExam(examId);
        return result;
    }
    const std::optional<store::BlueprintRecord> stored =
        exam->settings.blueprintRow ? service.blueprint(*exam->settings.blueprintRow)
                                    : std::nullopt;
    if (!stored) {
        result.refusal = Refusal{"no-blueprint", "exam " + std::to_string(examId) +
                                                     " has no blueprint to make a paper from."};
        return result;
    }
    exam::BlueprintReadResult blueprint =
        exam::readBlueprintBytes("blueprint " + stored->blueprintId, stored->xml);
    result.diagnostics = blueprint.diagnostics;
    if (!blueprint.ok()) {
        result.refusal =
            Refusal{"blueprint-unusable", "the blueprint \"" + stored->blueprintId + "\" of exam " +
                                              std::to_string(examId) +
                                              " cannot be read; see the problems listed."};
        return result;
    }

    ExamPaperSource::OpenResult source =
        ExamPaperSource::open(std::move(blueprint.blueprint), exam->settings.bankFile);
    result.diagnostics.insert(result.diagnostics.end(), source.diagnostics.begin(),
                              source.diagnostics.end());
    if (!source.source) {
        result.refusal = Refusal{"bank-unusable", "the bank of exam " + std::to_string(examId) +
                                                      " (" + exam->settings.bankFile +
                                                      ") cannot make a paper; see the problems "
                                                      "listed."};
        return result;
    }
    const int window = static_cast<int>(source.source->blueprint().options.avoidRecentAttempts);
    const std::map<std::string, int> seen =
        window > 0 ? ExamResults(service.database()).recentlySeen(examId, person.id, window)
                   : std::map<std::string, int>{};
    const exam::AssembledPaper paper = source.source->assemble(
        static_cast<std::uint64_t>(exam->settings.seed), person.employeeNo, seen);
    result.diagnostics.insert(result.diagnostics.end(), paper.diagnostics.begin(),
                              paper.diagnostics.end());
    if (!paper.ok()) {
        result.refusal = Refusal{"paper-unsatisfiable",
                                 "no paper can be made for exam " + std::to_string(examId) +
                                     " from its bank as it is now; see the problems listed."};
        return result;
    }
    StartResult started = service.start(examId, person.id, source.source->forSitting(paper));
    result.attempt = std::move(started.attempt);
    result.refusal = std::move(started.refusal);
    return result;
}

}  // namespace tqm::session
