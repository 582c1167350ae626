#include "exam_terminal.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <string>

#include "exam_cli_support.h"
#include "output.h"
#include "question_display.h"
#include "session/answer_visibility.h"

namespace tqm::cli {

namespace {

// How often the terminal records that the program is alive while the person is thinking; under
// the paused-while-down policy this bounds the time given back after a crash.
constexpr int kHeartbeatMs = 10'000;

constexpr const char* kHelp =
    "Type the answer and press Enter (:h shows this again).\n"
    "  :n next   :p previous   :g N go to question N   :f flag/unflag   :c clear answer\n"
    "  :l list the questions   :s submit   :q leave (answers stay saved)\n";

class TerminalExam {
  public:
    TerminalExam(session::ExamService& service, const session::AttemptView& view,
                 const store::Person& person, std::istream& in, std::ostream& out)
        : service_(service),
          attemptId_(view.attempt.id),
          person_(person),
          in_(in),
          out_(out),
          paper_(service.attempts().paper(view.attempt.id)) {
        exam_ = service.exam(view.attempt.examId);
    }

    int run() {
        out_ << kHelp;
        current_ = firstUnanswered();
        if (const std::optional<int> ended = keepAlive()) return *ended;
        show();
        for (;;) {
            if (const std::optional<int> ended = keepAlive()) return *ended;
            out_ << "> " << std::flush;
            std::string line;
            if (!waitForLine(line)) return leave();
            if (const std::optional<int> ended = keepAlive()) return *ended;
            if (!line.empty() && line.front() == ':') {
                if (const std::optional<int> ended = command(line)) return *ended;
            } else if (!line.empty()) {
                if (const std::optional<int> ended = answer(line)) return *ended;
            }
        }
    }

  private:
    // Reads a line, recording a heartbeat every kHeartbeatMs while the terminal is idle.
    bool waitForLine(std::string& line) {
        if (&in_ == &std::cin) {
            while (std::cin.rdbuf()->in_avail() <= 0) {
                pollfd ready{STDIN_FILENO, POLLIN, 0};
                if (poll(&ready, 1, kHeartbeatMs) != 0) break;
                if (keepAlive()) return false;
            }
        }
        return static_cast<bool>(std::getline(in_, line));
    }

    int timeUp(const session::Submission& submission) {
        out_ << "\nThe time is up; your answers were submitted automatically.\n"
             << submissionLine(submission, person_) << std::endl;
        return kExitOk;
    }

    // The heartbeat; when the time has run out the attempt is submitted and the exit code comes
    // back.
    std::optional<int> keepAlive() {
        const session::HeartbeatResult beat = service_.heartbeat(attemptId_);
        if (beat.autoSubmitted) return timeUp(*beat.autoSubmitted);
        if (beat.refusal) {
            printRefusal(*beat.refusal);
            return kExitFailed;
        }
        remainingMs_ = beat.timer->remaining.count();
        return std::nullopt;
    }

    std::size_t firstUnanswered() {
        const auto answers = service_.attempts().answers(attemptId_);
        for (std::size_t seq = 1; seq <= paper_.size(); ++seq) {
            const bool answered = std::any_of(answers.begin(), answers.end(), [&](const auto& a) {
                return a.seq == seq && !a.text.empty();
            });
            if (!answered) return seq - 1;
        }
        return 0;
    }

    exam::Answer storedAnswer(std::size_t index) {
        for (const store::StoredAnswer& a : service_.attempts().answers(attemptId_))
            if (a.seq == index + 1 && !a.text.empty())
                return exam::parseAnswer(paper_[index], a.text).answer;
        return exam::NoAnswer{};
    }

    bool flagged(std::size_t index) {
        const std::vector<std::size_t> flags = service_.attempts().flags(attemptId_);
        return std::find(flags.begin(), flags.end(), index + 1) != flags.end();
    }

    void show() {
        out_ << displayQuestion(paper_[current_], {current_ + 1, paper_.size(), flagged(current_)},
                                storedAnswer(current_))
             << "  (" << answerHint(paper_[current_]) << "; " << formatRemaining(remainingMs_)
             << " left)\n";
    }

    void moveTo(std::size_t index) {
        current_ = std::min(index, paper_.size() - 1);
        show();
    }

    std::optional<int> answer(const std::string& text) {
        const exam::ParsedAnswer parsed = exam::parseAnswer(paper_[current_], text);
        if (!parsed.ok()) {
            for (const exam::AnswerError& error : parsed.errors)
                out_ << "  not saved: " << error.message << " (at character " << error.offset + 1
                     << ")\n";
            return std::nullopt;
        }
        if (const std::optional<int> ended = save(parsed.answer)) return ended;
        if (answersVisible(*service_.attempts().find(attemptId_)))
            out_ << displayOutcome(paper_[current_], exam::score(paper_[current_], parsed.answer));
        if (current_ + 1 < paper_.size()) moveTo(current_ + 1);
        return std::nullopt;
    }

    // Commits the answer (NoAnswer clears it); "saved" is printed only once it is committed.
    std::optional<int> save(const exam::Answer& answer) {
        const session::AnswerResult saved = service_.answer(attemptId_, current_ + 1, answer);
        if (saved.autoSubmitted) return timeUp(*saved.autoSubmitted);
        if (saved.refusal) {
            printRefusal(*saved.refusal);
            return kExitFailed;
        }
        if (saved.receipt->text.empty())
            out_ << "  answer to " << saved.receipt->seq << " cleared\n";
        else
            out_ << "  saved " << saved.receipt->seq << ": " << saved.receipt->text << "\n";
        return std::nullopt;
    }

    bool answersVisible(const store::AttemptRow& attempt) const {
        const std::int64_t now = unixMillis(service_.database().clock().now());
        return exam_ && session::answerVisibility(*exam_, attempt, now).visible;
    }

    void list() {
        const auto answers = service_.attempts().answers(attemptId_);
        const std::vector<std::size_t> flags = service_.attempts().flags(attemptId_);
        for (std::size_t seq = 1; seq <= paper_.size(); ++seq) {
            std::string text;
            for (const store::StoredAnswer& a : answers)
                if (a.seq == seq) text = a.text;
            const bool isFlagged = std::find(flags.begin(), flags.end(), seq) != flags.end();
            out_ << "  " << seq << ". " << (text.empty() ? "-" : text)
                 << (isFlagged ? "  [flagged]" : "") << "\n";
        }
    }

    std::optional<int> command(const std::string& line) {
        const std::string name = line.substr(
            1, line.find(' ') == std::string::npos ? std::string::npos : line.find(' ') - 1);
        if (name == "n") {
            moveTo(current_ + 1);
        } else if (name == "p") {
            moveTo(current_ == 0 ? 0 : current_ - 1);
        } else if (name == "g") {
            const std::size_t seq = std::strtoul(line.c_str() + 2, nullptr, 10);
            if (seq < 1 || seq > paper_.size())
                out_ << "  there is no question " << line.substr(2) << "; the paper has 1 to "
                     << paper_.size() << "\n";
            else
                moveTo(seq - 1);
        } else if (name == "f") {
            const bool now = !flagged(current_);
            if (const session::ActionResult refused =
                    service_.flag(attemptId_, current_ + 1, now)) {
                printRefusal(*refused);
                return kExitFailed;
            }
            out_ << (now ? "  flagged\n" : "  flag removed\n");
        } else if (name == "c") {
            if (const std::optional<int> ended = save(exam::NoAnswer{})) return ended;
        } else if (name == "l") {
            list();
        } else if (name == "s") {
            return submit();
        } else if (name == "q") {
            return leave();
        } else {
            out_ << kHelp;
        }
        return std::nullopt;
    }

    int submit() {
        const session::SubmitResult submitted = service_.submit(attemptId_);
        if (submitted.refusal) {
            printRefusal(*submitted.refusal);
            return kExitFailed;
        }
        const session::Submission& submission = *submitted.submission;
        out_ << submissionLine(submission, person_) << std::endl;
        if (answersVisible(submission.attempt)) {
            for (std::size_t i = 0; i < paper_.size(); ++i)
                out_ << "\n"
                     << i + 1 << ". " << paper_[i].stem << "\n"
                     << displayOutcome(paper_[i], submission.questionScores[i]);
        }
        return kExitOk;
    }

    int leave() {
        out_ << "\nYour answers are saved; take the exam again to go on ("
             << formatRemaining(remainingMs_) << " left).\n"
             << std::flush;
        return kExitOk;
    }

    session::ExamService& service_;
    std::int64_t attemptId_;
    const store::Person& person_;
    std::istream& in_;
    std::ostream& out_;
    std::vector<exam::PaperQuestion> paper_;
    std::optional<store::ExamRecord> exam_;
    std::size_t current_ = 0;
    std::int64_t remainingMs_ = 0;
};

}  // namespace

int runInTerminal(session::ExamService& service, const session::AttemptView& view,
                  const store::Person& person, std::istream& in, std::ostream& out) {
    return TerminalExam(service, view, person, in, out).run();
}

}  // namespace tqm::cli
