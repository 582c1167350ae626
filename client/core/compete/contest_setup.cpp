#include "compete/contest_setup.h"

#include "base/clock.h"
#include "compete/contest_paper.h"
#include "compete/contest_repository.h"
#include "exam/blueprint_reader.h"
#include "session/exam_paper_source.h"
#include "session/exam_setup.h"

namespace tqm::compete {

namespace {

std::vector<session::Refusal> checkSetup(session::ExamService& service, const ContestSetup& setup) {
    std::vector<session::Refusal> problems;
    if (setup.name.empty())
        problems.push_back({"contest-name-empty", "a competition needs a name."});
    if (setup.closesAt <= setup.opensAt)
        problems.push_back(
            {"contest-window-empty",
             "the competition closes at " + formatIsoUtc(fromUnixMillis(setup.closesAt)) +
                 ", not after it opens at " + formatIsoUtc(fromUnixMillis(setup.opensAt)) + "."});
    if (setup.id) {
        if (!isCompetitionId(*setup.id))
            problems.push_back({"contest-id-malformed",
                                "\"" + *setup.id +
                                    "\" is not a competition id; copy the id that tqm compete "
                                    "create printed on the first workstation."});
        else if (ContestRepository(service.database()).find(*setup.id))
            problems.push_back(
                {"contest-exists", "this database already holds competition " + *setup.id + "."});
    }
    return problems;
}

// The hash of the paper the seed gives (for a paper per seat: before a 工号 is mixed in).
std::optional<std::string> trialPaperHash(session::ExamService& service, std::int64_t examId,
                                          std::vector<Diagnostic>& diagnostics) {
    const std::optional<store::ExamRecord> exam = service.exam(examId);
    const std::optional<store::BlueprintRecord> stored =
        service.blueprint(exam->settings.blueprintRow.value());
    exam::BlueprintReadResult blueprint =
        exam::readBlueprintBytes("blueprint " + stored->blueprintId, stored->xml);
    if (!blueprint.ok()) return std::nullopt;
    session::ExamPaperSource::OpenResult source =
        session::ExamPaperSource::open(std::move(blueprint.blueprint), exam->settings.bankFile);
    if (!source.source) {
        diagnostics.insert(diagnostics.end(), source.diagnostics.begin(), source.diagnostics.end());
        return std::nullopt;
    }
    const exam::AssembledPaper paper =
        source.source->assemble(static_cast<std::uint64_t>(exam->settings.seed), "", {});
    if (!paper.ok()) return std::nullopt;
    const session::AssembledPaper shown = source.source->forSitting(paper);
    return paperSha256(shown.questions);
}

}  // namespace

ContestSetupResult createContest(session::ExamService& service, const ContestSetup& setup) {
    ContestSetupResult result;
    result.problems = checkSetup(service, setup);
    if (!result.problems.empty()) return result;

    session::ExamSetup exam;
    exam.blueprintFile = setup.blueprintFile;
    exam.bankFile = setup.bankFile;
    exam.title = setup.name;
    exam.timeLimit = setup.timeLimit;
    exam.passMark = 0;
    exam.attemptsAllowed = 1;
    exam.showAnswers = store::ShowAnswers::AfterClose;
    exam.timerPolicy = exam::TimerPolicy::DeadlineRuns;
    exam.seed = setup.seed;
    exam.closesAt = setup.closesAt;
    exam.paperMode = setup.seatPaper == SeatPaper::Same ? exam::PaperMode::SamePaper
                                                        : exam::PaperMode::PerPerson;
    session::ExamSetupResult made = session::createExamFromBlueprint(service, exam);
    result.diagnostics = std::move(made.diagnostics);
    result.problems = std::move(made.problems);
    if (!made.ok()) return result;

    const std::optional<std::string> hash =
        trialPaperHash(service, *made.examId, result.diagnostics);
    if (!hash) {
        result.problems.push_back({"paper-unsatisfiable",
                                   "no paper can be made for the competition from its bank; see "
                                   "the problems listed."});
        return result;
    }
    Competition competition;
    competition.id = setup.id ? *setup.id : newCompetitionId();
    competition.name = setup.name;
    competition.examId = *made.examId;
    competition.opensAt = setup.opensAt;
    competition.closesAt = setup.closesAt;
    competition.timeLimitMs = setup.timeLimit.count();
    competition.seatPaper = setup.seatPaper;
    competition.seed = setup.seed;
    competition.paperSha256 = *hash;
    competition.createdAt = unixMillis(service.database().clock().now());
    ContestRepository(service.database()).insert(competition);
    result.competition = std::move(competition);
    return result;
}

std::optional<session::Refusal> windowRefusal(const Competition& competition, std::int64_t now) {
    if (now < competition.opensAt)
        return session::Refusal{"contest-not-open",
                                "competition \"" + competition.name + "\" opens at " +
                                    formatIsoUtc(fromUnixMillis(competition.opensAt)) +
                                    "; it cannot be started before."};
    if (now >= competition.closesAt)
        return session::Refusal{"contest-closed",
                                "competition \"" + competition.name + "\" closed at " +
                                    formatIsoUtc(fromUnixMillis(competition.closesAt)) +
                                    "; no one can start it any more."};
    return std::nullopt;
}

session::SittingResult openContestSitting(session::ExamService& service,
                                          const Competition& competition,
                                          const store::Person& person) {
    const bool startedBefore =
        !service.attempts().latestAttemptIds(competition.examId, person.id, 1).empty();
    if (!startedBefore) {
        if (auto refused =
                windowRefusal(competition, unixMillis(service.database().clock().now()))) {
            session::SittingResult result;
            result.refusal = std::move(refused);
            return result;
        }
    }
    return session::openSitting(service, competition.examId, person);
}

}  // namespace tqm::compete
