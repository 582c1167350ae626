// The course quiz (结业测验) on a catalog card: the card says where the learner stands with it,
// its button starts the quiz on the exams screen, and after an attempt the card shows the best
// score and the attempts left, as stored in the database.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "exam/exam_frame.h"
#include "exam_fixture.h"

using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

CourseCard* cardOf(MainFrame& frame, const std::string& courseId) {
    for (CourseCard* card : frame.learn()->catalog()->cards())
        if (card->course().id == courseId) return card;
    return nullptr;
}

}  // namespace

TEST_CASE("a course card shows its quiz's standing and starts the quiz from its button") {
    LearnerFixture fixture("quiz-card");
    tqm::FakeClock clock{tqm::fromUnixMillis(kExamStart)};
    MainFrameOptions options;
    options.bankFolder = testData("gui/basic");
    options.databaseFile = fixture.databaseFile();
    options.contentDir = std::filesystem::path(TQM_CONTENT_DIR);
    options.clock = &clock;
    FramePtr frame = openFrame(std::move(options));
    frame->exams()->setFullScreen(false);

    CourseCard* basics = cardOf(*frame, "tqm-basics");
    REQUIRE(basics != nullptr);
    REQUIRE(basics->hasQuiz());
    CHECK(basics->quizText() == wxString::FromUTF8("结业测验：登录后可参加。"));
    CHECK_FALSE(basics->quizButton()->IsEnabled());

    signInThroughPanel(*frame, Screen::Learn);
    REQUIRE(frame->currentScreen() == Screen::Learn);
    CHECK(basics->quizText() == wxString::FromUTF8("结业测验：尚未参加。"));
    CHECK(basics->quizButton()->GetLabel() == wxString::FromUTF8("参加测验"));
    CHECK(basics->quizButton()->IsEnabled());

    // The button makes the quiz's exam and shows its rules on the exams screen.
    click(*basics->quizButton());
    ExamsPanel& exams = *frame->exams();
    REQUIRE(frame->currentScreen() == Screen::Exams);
    REQUIRE(exams.startShown());
    REQUIRE(exams.startConfirmed());
    REQUIRE(exams.examView() != nullptr);
    ExamFrame& view = *exams.examView();
    REQUIRE(view.attempt().paper().size() == 15);
    // Only the first question, a single choice of 6 points, answered, and rightly: far from the
    // pass mark of 60. The short answer left blank earns nothing and waits for no marker.
    const tqm::exam::PaperQuestion& first = view.attempt().paper()[0];
    REQUIRE(first.type == tqm::bank::QuestionType::SingleChoice);
    for (std::size_t i = 0; i < first.options.size(); ++i)
        if (first.options[i].correct) press(view, 'A' + static_cast<int>(i));
    clock.advance(std::chrono::minutes(3));
    view.submitNow();
    REQUIRE(pumpUntil([&] { return exams.examView() == nullptr; }));
    REQUIRE(exams.resultShown());

    SQLite::Database db(fixture.databaseFile().string(), SQLite::OPEN_READONLY);
    SQLite::Statement attempt(db,
                              "SELECT a.earned, a.max_points, a.verdict FROM attempt a JOIN "
                              "person p ON p.id = a.person_id WHERE p.employee_no = 'D0002'");
    REQUIRE(attempt.executeStep());
    CHECK(attempt.getColumn(0).getInt() == 600);
    CHECK(attempt.getColumn(1).getInt() == 10000);
    CHECK(attempt.getColumn(2).getString() == "fail");
    CHECK_FALSE(attempt.executeStep());

    frame->showScreen(Screen::Learn);
    CHECK(basics->quizText() ==
          wxString::FromUTF8("结业测验：未通过，最好成绩 6 / 100 分，还可考 9 次。"));
    CHECK(basics->quizButton()->GetLabel() == wxString::FromUTF8("再考一次"));
}
