// 考试 end to end: a person signs in, starts the exam, answers it with the keyboard, flags and
// moves, submits through the confirmation, and the database holds the submitted attempt, its
// score and every answer; the countdown's colours, the automatic submission at the deadline, and
// an open attempt resumed at its question after the program is opened again.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "exam/exam_frame.h"
#include "answer/matching_input.h"
#include "answer/text_input.h"
#include "exam_fixture.h"
#include "session/exam_service.h"

using namespace tqm::gui;
using namespace tqm::gui::test;
using namespace std::chrono_literals;

namespace {

// Starts the exam from the list: the button, then Enter on the rules page.
ExamFrame& startExam(MainFrame& frame) {
    REQUIRE(frame.currentScreen() == Screen::Exams);
    ExamsPanel& exams = *frame.exams();
    REQUIRE(exams.listPage()->exams().size() == 1);
    click(*exams.listPage()->primaryButton());
    REQUIRE(exams.startShown());
    CHECK_THAT(exams.startPage()->rulesText().utf8_string(),
               Catch::Contains("共 7 题，满分 23 分，12 分及格。"));
    press(*exams.startPage(), WXK_RETURN);
    REQUIRE(exams.examView() != nullptr);
    pumpEvents();
    return *exams.examView();
}

struct AnswerRow {
    std::int64_t seq;
    std::string text;
    bool operator==(const AnswerRow&) const = default;
};

std::vector<AnswerRow> storedAnswers(const std::filesystem::path& file) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    SQLite::Statement query(db, "SELECT seq, answer FROM answer ORDER BY seq");
    std::vector<AnswerRow> rows;
    while (query.executeStep())
        rows.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString()});
    return rows;
}

// Presses the letters that put the ordering question's items in the right order.
void pressOrder(ExamFrame& view, const tqm::exam::PaperQuestion& question) {
    for (std::size_t k = 0; k + 1 < question.correctOrder.size(); ++k)
        press(view, 'A' + static_cast<int>(question.correctOrder[k]));
}

}  // namespace

TEST_CASE("a whole exam is answered by keyboard, submitted through the confirmation and stored") {
    ExamFixture fixture("exam-whole");
    FramePtr frame = fixture.open();
    signInThroughPanel(*frame);
    ExamFrame& view = startExam(*frame);
    const auto& paper = view.attempt().paper();
    REQUIRE(paper.size() == 7);
    CHECK(view.attempt().current() == 0);
    CHECK(view.countdownText() == "10:00");

    // 1 single choice: B (digits work too: 2 would be the same).
    press(view, 'B');
    CHECK(view.attempt().answered(0));
    press(view, WXK_RETURN);  // Enter goes on
    // 2 single choice: 2 picks B (a wrong answer: A is right); flagged with Space.
    press(view, '2');
    press(view, WXK_SPACE);
    CHECK(view.attempt().flagged(1));
    press(view, WXK_RIGHT);
    // 3 multiple choice: A, B, D toggled on; C toggled on and off again.
    for (int key : {'A', 'B', 'C', 'D', 'C'}) press(view, key);
    press(view, WXK_PAGEDOWN);
    // 4 true/false is left out for now: on to 5, then back with ← and on again with →.
    press(view, WXK_RIGHT);
    press(view, WXK_LEFT);
    CHECK(view.attempt().current() == 3);
    press(view, WXK_RIGHT);
    CHECK(view.attempt().current() == 4);
    // 5 fill-in: the blanks keep their keys while focused; Esc leaves them.
    auto* blanks = dynamic_cast<TextInput*>(view.question()->input());
    REQUIRE(blanks != nullptr);
    REQUIRE(blanks->fields().size() == 2);
    blanks->fields()[0]->SetFocus();
    blanks->fields()[0]->WriteText(wxString::FromUTF8("实施"));
    blanks->fields()[1]->SetFocus();
    blanks->fields()[1]->WriteText(wxString::FromUTF8("处置"));
    press(view, WXK_ESCAPE);
    REQUIRE(pumpUntil([&] { return view.attempt().answered(4); }));
    press(view, WXK_RIGHT);
    // 6 ordering: the items' letters in the right order; the last takes its place by itself.
    pressOrder(view, paper[5]);
    CHECK(view.attempt().answered(5));
    press(view, WXK_RIGHT);
    // 7 matching: a prompt's letter, then its answer's number.
    for (std::size_t prompt = 0; prompt < paper[6].matchKey.size(); ++prompt) {
        press(view, 'A' + static_cast<int>(prompt));
        press(view, '1' + static_cast<int>(paper[6].matchKey[prompt]));
    }
    CHECK(view.attempt().answered(6));

    // Enter on the last question asks to submit, naming what is left and what is flagged.
    press(view, WXK_RETURN);
    REQUIRE(view.submitShown());
    CHECK(view.submitPage()->summaryText() ==
          wxString::FromUTF8("还有 1 道题未作答：第 4 题。\n有 1 道题标记为待检查：第 2 题。"));
    // Esc goes back to the paper; answer 4 after all, then submit with Enter twice.
    press(view, WXK_ESCAPE);
    CHECK_FALSE(view.submitShown());
    view.goTo(3);
    press(view, 'T');
    fixture.clock.advance(4min + 30s);
    press(view, WXK_RETURN);  // 4 → 5
    view.askToSubmit();
    CHECK(view.submitPage()->summaryText() ==
          wxString::FromUTF8("7 道题已全部作答。\n有 1 道题标记为待检查：第 2 题。"));
    press(view, WXK_RETURN);

    // The view closed; the result page shows the score of the attempt as stored.
    ExamsPanel& exams = *frame->exams();
    REQUIRE(pumpUntil([&] { return exams.examView() == nullptr; }));
    REQUIRE(exams.resultShown());
    CHECK(exams.resultPage()->scoreText() == wxString::FromUTF8("21 / 23 分"));
    CHECK(exams.resultPage()->verdictText() == wxString::FromUTF8("通过"));
    CHECK(exams.resultPage()->reviewShown());
    CHECK(exams.resultPage()->bars()->bars().size() == 2);

    SQLite::Database db(fixture.databaseFile().string(), SQLite::OPEN_READONLY);
    SQLite::Statement attempt(db,
                              "SELECT submitted_by, earned, max_points, verdict, "
                              "submitted_at - started_at FROM attempt");
    REQUIRE(attempt.executeStep());
    CHECK(attempt.getColumn(0).getString() == "person");
    CHECK(attempt.getColumn(1).getInt() == 2100);
    CHECK(attempt.getColumn(2).getInt() == 2300);
    CHECK(attempt.getColumn(3).getString() == "pass");
    CHECK(attempt.getColumn(4).getInt64() == 270000);
    CHECK_FALSE(attempt.executeStep());

    std::string order;
    for (const std::size_t item : paper[5].correctOrder) order += tqm::exam::optionLetter(item);
    std::string match;
    for (std::size_t prompt = 0; prompt < paper[6].matchKey.size(); ++prompt)
        match += (prompt ? "," : "") + tqm::exam::optionLetter(prompt) + "=" +
                 std::to_string(paper[6].matchKey[prompt] + 1);
    CHECK(storedAnswers(fixture.databaseFile()) ==
          std::vector<AnswerRow>{
              {1, "B"}, {2, "B"}, {3, "ABD"}, {4, "T"}, {5, "实施|处置"}, {6, order}, {7, match}});
    SQLite::Statement flags(db, "SELECT group_concat(seq) FROM flag");
    REQUIRE(flags.executeStep());
    CHECK(flags.getColumn(0).getString() == "2");
}

TEST_CASE("the countdown turns amber at 5:00 left, red at 1:00, and the deadline submits") {
    ExamFixture fixture("exam-countdown", 10);
    FramePtr frame = fixture.open();
    signInThroughPanel(*frame);
    ExamFrame& view = startExam(*frame);
    press(view, 'B');

    fixture.clock.advance(4min + 59s);
    view.tick();
    CHECK(view.countdownText() == "05:01");
    CHECK(view.countdownLevel() == CountdownLevel::Calm);
    fixture.clock.advance(1s);
    view.tick();
    CHECK(view.countdownText() == "05:00");
    CHECK(view.countdownLevel() == CountdownLevel::Amber);
    fixture.clock.advance(3min + 59s);
    view.tick();
    CHECK(view.countdownText() == "01:01");
    CHECK(view.countdownLevel() == CountdownLevel::Amber);
    fixture.clock.advance(1s);
    view.tick();
    CHECK(view.countdownText() == "01:00");
    CHECK(view.countdownLevel() == CountdownLevel::Red);

    fixture.clock.advance(1min + 3s);
    view.tick();
    ExamsPanel& exams = *frame->exams();
    REQUIRE(pumpUntil([&] { return exams.examView() == nullptr; }));
    REQUIRE(exams.resultShown());
    CHECK(exams.resultPage()->scoreText() == wxString::FromUTF8("2 / 23 分"));
    CHECK(exams.resultPage()->verdictText() == wxString::FromUTF8("未通过"));
    CHECK_THAT(exams.resultPage()->factsText().utf8_string(),
               Catch::Contains("时间到，答卷已自动提交。"));
    SQLite::Database db(fixture.databaseFile().string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT submitted_by FROM attempt").getString() == "deadline");
    CHECK(db.execAndGet("SELECT submitted_at - started_at FROM attempt").getInt64() == 600000);
}

TEST_CASE("opening the program again resumes the open attempt at the question the person was at") {
    ExamFixture fixture("exam-resume", 30);
    {
        FramePtr frame = fixture.open();
        signInThroughPanel(*frame);
        ExamFrame& view = startExam(*frame);
        press(view, 'B');
        press(view, WXK_RIGHT);
        press(view, WXK_RIGHT);
        press(view, 'A');
        press(view, WXK_SPACE);
        CHECK(view.attempt().current() == 2);
    }  // the program ends with the exam open
    fixture.clock.advance(2min);

    FramePtr frame = fixture.open();
    signInThroughPanel(*frame);
    ExamsPanel& exams = *frame->exams();
    REQUIRE(exams.examView() != nullptr);
    ExamFrame& view = *exams.examView();
    CHECK(view.attempt().current() == 2);
    CHECK(view.attempt().answered(0));
    CHECK(view.attempt().answered(2));
    CHECK(view.attempt().flagged(2));
    CHECK_FALSE(view.attempt().answered(1));
    CHECK(view.countdownText() == "28:00");
    CHECK_THAT(view.question()->headingText().utf8_string(), Catch::Contains("第 3 题"));
}
