// tqm exam review: a person's attempt question by question, with what they answered, what it
// earned, the correct answer and the explanation, when the exam's rule lets them see it.
#include <iostream>

#include "base/clock.h"
#include "exam_cli_support.h"
#include "exam_command_options.h"
#include "output.h"
#include "question_display.h"
#include "session/answer_visibility.h"
#include "session/exam_service.h"

namespace tqm::cli {

int runExamReview(const ExamReviewOptions& options, const std::string& databasePath) {
    ExamCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const std::optional<store::Person> person = command.person(options.person);
    if (!person) return kExitFailed;
    session::ExamService& service = command.service();
    const std::optional<store::ExamRecord> exam = command.exam(options.exam);
    if (!exam) return kExitFailed;
    std::optional<store::AttemptRow> attempt;
    if (options.attempt) {
        attempt = service.attempts().find(*options.attempt);
        if (attempt && (attempt->examId != exam->id || attempt->personId != person->id))
            attempt.reset();
    } else {
        const std::vector<std::int64_t> latest =
            service.attempts().latestAttemptIds(exam->id, person->id, 1);
        if (!latest.empty()) attempt = service.attempts().find(latest.front());
    }
    if (!attempt) {
        printSummary("tqm: no-such-attempt: " + person->employeeNo +
                     " has no such attempt of exam " + std::to_string(exam->id));
        return kExitFailed;
    }
    const session::AnswerVisibility visibility =
        session::answerVisibility(*exam, *attempt, unixMillis(command.clock().now()));
    if (!visibility.visible) {
        printSummary("tqm: answers-hidden: " + visibility.reason);
        return kExitFailed;
    }

    const std::vector<exam::PaperQuestion> paper = service.attempts().paper(attempt->id);
    const std::vector<store::StoredQuestion> scored = service.attempts().questions(attempt->id);
    const std::vector<store::StoredAnswer> answers = service.attempts().answers(attempt->id);
    for (std::size_t i = 0; i < paper.size(); ++i) {
        exam::Answer answer = exam::NoAnswer{};
        for (const store::StoredAnswer& a : answers)
            if (a.seq == i + 1 && !a.text.empty())
                answer = exam::parseAnswer(paper[i], a.text).answer;
        // A running attempt (immediately) is scored as it stands; a submitted one as recorded,
        // marks included.
        exam::QuestionScore score = exam::score(paper[i], answer);
        if (scored[i].status)
            score = {scored[i].earned.value_or(0), scored[i].points, *scored[i].status};
        std::cout << displayQuestion(paper[i], {i + 1, paper.size(), false}, answer)
                  << displayOutcome(paper[i], score);
    }
    std::cout.flush();
    return kExitOk;
}

}  // namespace tqm::cli
