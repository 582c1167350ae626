// 练习 driven through its panels: a round answered right and wrong with the mouse and the keyboard
// on the answer controls the exam uses, the checked answer marked on those controls, the summary
// and a second go at the wrong ones, the wrong-answer book and today's review; every answer checked
// in the database through the core.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "answer/choice_input.h"
#include "answer/matching_input.h"
#include "answer/ordering_input.h"
#include "answer/text_input.h"
#include "learner_fixture.h"
#include "practice/feedback_texts.h"
#include "session/exam_service.h"
#include "store/practice_answer_repository.h"
#include "store/review_book_repository.h"

using namespace tqm::gui;
using tqm::session::PartMark;
using namespace tqm::gui::test;
using namespace std::chrono_literals;

namespace {

void click(wxButton& button) {
    REQUIRE(button.IsEnabled());
    wxCommandEvent event(wxEVT_BUTTON, button.GetId());
    event.SetEventObject(&button);
    button.HandleWindowEvent(event);
    pumpEvents();
}

void press(wxWindow& window, int key) {
    wxKeyEvent event(wxEVT_CHAR_HOOK);
    event.m_keyCode = key;
    event.SetEventObject(&window);
    window.HandleWindowEvent(event);
}

void pickWithMouse(ChoiceInput& input, std::size_t option) {
    OptionRow& row = *input.rows().at(option);
    wxMouseEvent event(wxEVT_LEFT_DOWN);
    event.SetEventObject(&row);
    row.HandleWindowEvent(event);
    pumpEvents();
}

template <class Input>
Input& inputOf(QuestionPage& page) {
    auto* input = dynamic_cast<Input*>(page.input());
    REQUIRE(input);
    return *input;
}

wxString u8(const char* text) {
    return wxString::FromUTF8(text);
}

struct SignedIn {
    explicit SignedIn(const std::string& name) : fixture(name), frame(fixture.open()) {
        tqm::store::PeopleRepository people(db());
        people.upsert({"E001", "张三", {}, {}, {}});
        person = *people.findByEmployeeNo("E001");
        frame->signIn(person);
        pumpEvents();
    }
    tqm::store::Database& db() { return *frame->workspace().database(); }
    tqm::TimePoint now() { return frame->workspace().clock().now(); }
    std::chrono::sys_days today() { return tqm::store::ReviewBookRepository(db()).dayOf(now()); }

    LearnerFixture fixture;
    FramePtr frame;
    tqm::store::Person person;
};

// The row of the choose page that practises exactly `category` of the test bank.
long sourceRow(PracticePanel& practice, const std::string& category) {
    const auto& sources = practice.choosePage()->sources();
    for (std::size_t i = 0; i < sources.size(); ++i)
        if (sources[i].categories.size() == 1 && sources[i].categories[0].id == category)
            return static_cast<long>(i);
    FAIL("no practice source for " << category);
    return -1;
}

}  // namespace

TEST_CASE("a practice round checks each answer at once and records it, wrong ones in the book") {
    SignedIn s("practice-round");
    s.frame->showScreen(Screen::Practice);
    PracticePanel& practice = *s.frame->practice();
    REQUIRE(practice.page() == PracticePanel::Page::Choose);
    ChoosePage& choose = *practice.choosePage();
    // basics with basics.history: single choice, true/false, multiple choice, essay.
    const long row = sourceRow(practice, "basics");
    CHECK(choose.sources()[static_cast<std::size_t>(row)].questions == 4);
    choose.sourceList()->Select(row);
    choose.randomBox()->SetValue(false);
    choose.countChoice()->SetSelection(3);  // all
    click(*choose.startButton());

    REQUIRE(practice.page() == PracticePanel::Page::Question);
    QuestionPage& page = *practice.questionPage();
    REQUIRE(practice.round()->size() == 4);
    CHECK(page.progressText() == u8("第 1 题 / 共 4 题，答对 0 题"));

    // basics-001, single choice: B is right; answered with the mouse.
    pickWithMouse(inputOf<ChoiceInput>(page), 1);
    click(*page.mainButton());
    CHECK(page.verdictText() == u8("回答正确！"));
    CHECK(page.correctAnswerText() == u8("正确答案：B. 全自动的质量管理"));
    CHECK(page.explanationText() ==
          u8("解析：“三全”是指全员、全过程、全企业（全组织）的质量管理。\n"
             "出处：GB/T 19000-2016 2.3"));
    CHECK(page.progressText() == u8("第 1 题 / 共 4 题，答对 1 题"));
    CHECK(page.mainButton()->GetLabel() == u8("下一题"));

    // basics-002, true/false (true): answered wrong with the keyboard, B then Enter, Enter.
    click(*page.mainButton());
    REQUIRE(page.index() == 1);
    press(page, 'B');
    press(page, WXK_RETURN);
    CHECK(page.verdictText() == u8("回答错误。"));
    CHECK(page.correctAnswerText() == u8("正确答案：正确"));
    press(page, WXK_RETURN);

    // basics-003, multiple choice: A, B and D are right; 1, 2, 4 on the keyboard.
    REQUIRE(page.index() == 2);
    press(page, '1');
    press(page, '2');
    press(page, '4');
    press(page, WXK_RETURN);
    CHECK(page.verdictText() == u8("回答正确！"));
    CHECK(page.progressText() == u8("第 3 题 / 共 4 题，答对 2 题"));
    click(*page.mainButton());

    // basics-004, essay: shown with its reference answer, not scored.
    inputOf<TextInput>(page).fields().front()->SetValue(u8("用户第一，预防为主。"));
    click(*page.mainButton());
    CHECK(page.verdictText() == u8("请对照参考答案自行检查。"));
    CHECK(page.correctAnswerText() ==
          u8("参考答案：为用户服务的观点；全面管理的观点；以预防为主的观点；用数据说话的观点。\n"
             "评分要点：每个观点 2.5 分，意思相近即可。"));
    CHECK(page.mainButton()->GetLabel() == u8("查看小结"));
    click(*page.mainButton());

    REQUIRE(practice.page() == PracticePanel::Page::Summary);
    SummaryPage& summary = *practice.summaryPage();
    CHECK(summary.scoreText() == u8("答对 2 题，共作答 3 题（正确率 66%）"));
    REQUIRE(summary.wrongList()->GetCount() == 1);
    CHECK(summary.wrongList()->GetString(0) == u8("2. [判断题] 戴明环又称PDCA循环。"));

    // In the database: three checked answers, two right; the wrong one in the book, due tomorrow.
    const tqm::store::AnswerStatistics statistics =
        tqm::store::PracticeAnswerRepository(s.db()).statistics(s.person.id);
    CHECK(statistics.total.answered == 3);
    CHECK(statistics.total.correct == 2);
    tqm::store::ReviewBookRepository book(s.db());
    const auto entry = book.find(s.person.id, "gui-basic", "basics-002");
    REQUIRE(entry);
    CHECK(entry->wrongCount == 1);
    CHECK(entry->state.due == s.today() + std::chrono::days(1));
    CHECK(book.allEntries(s.person.id).size() == 1);

    // A second go at the wrong one, right this time: no review yet (it is due tomorrow).
    click(*summary.againButton());
    REQUIRE(practice.page() == PracticePanel::Page::Question);
    REQUIRE(practice.round()->size() == 1);
    CHECK(practice.round()->question(0).questionId == "basics-002");
    press(page, 'A');
    press(page, WXK_RETURN);
    CHECK(page.verdictText() == u8("回答正确！"));
    CHECK(tqm::store::PracticeAnswerRepository(s.db()).statistics(s.person.id).total.answered == 4);
}

TEST_CASE(
    "a checked multiple choice marks each row right, wrong or missed and takes no more picks") {
    SignedIn s("practice-marks");
    s.frame->showScreen(Screen::Practice);
    PracticePanel& practice = *s.frame->practice();
    ChoosePage& choose = *practice.choosePage();
    choose.sourceList()->Select(sourceRow(practice, "basics"));
    choose.randomBox()->SetValue(false);
    choose.countChoice()->SetSelection(3);
    click(*choose.startButton());
    QuestionPage& page = *practice.questionPage();
    CHECK(page.hintText() == u8("单选：按选项的字母或数字，或直接点击。按回车键检查答案。"));

    // basics-001 skipped: its correct option B is outlined, nothing is recorded.
    ChoiceInput& skipped = inputOf<ChoiceInput>(page);
    press(page, WXK_RETURN);
    CHECK(page.verdictText() == u8("已跳过，正确答案如下。"));
    CHECK(skipped.rows()[0]->mark() == PartMark::Plain);
    CHECK(skipped.rows()[1]->mark() == PartMark::Missed);
    CHECK(skipped.rows()[1]->markText() == u8("✓ 正确答案"));
    CHECK(skipped.rows()[0]->markText().empty());
    CHECK(skipped.rows()[2]->mark() == PartMark::Plain);
    press(page, WXK_RETURN);
    press(page, 'A');  // basics-002, true/false: right
    press(page, WXK_RETURN);
    press(page, WXK_RETURN);

    // basics-003: A, B and D are right; A and C chosen.
    REQUIRE(page.index() == 2);
    ChoiceInput& input = inputOf<ChoiceInput>(page);
    press(page, 'A');
    press(page, '3');
    press(page, WXK_RETURN);
    CHECK(page.verdictText() == u8("回答错误。"));
    const std::vector<OptionRow*>& rows = input.rows();
    REQUIRE(rows.size() == 4);
    CHECK(rows[0]->mark() == PartMark::Right);
    CHECK(rows[1]->mark() == PartMark::Missed);
    CHECK(rows[2]->mark() == PartMark::Wrong);
    CHECK(rows[3]->mark() == PartMark::Missed);
    CHECK(rows[0]->markText() == u8("✓"));
    CHECK(rows[2]->markText() == u8("✗"));
    CHECK(rows[1]->markText() == u8("✓ 漏选"));
    CHECK(input.keyShown());

    // Read-only now: a click or a key changes nothing.
    pickWithMouse(input, 1);
    CHECK_FALSE(input.pickKey('D'));
    CHECK_FALSE(rows[1]->chosen());
    CHECK_FALSE(rows[3]->chosen());
    CHECK(std::get<tqm::exam::ChoiceAnswer>(input.answer()).chosen ==
          std::vector<std::size_t>{0, 2});

    const auto statistics = tqm::store::PracticeAnswerRepository(s.db()).statistics(s.person.id);
    CHECK(statistics.total.answered == 2);
    CHECK(statistics.total.correct == 1);
    tqm::store::ReviewBookRepository book(s.db());
    CHECK(book.find(s.person.id, "gui-basic", "basics-003"));
    CHECK(book.allEntries(s.person.id).size() == 1);
}

TEST_CASE("the wrong-answer book lists the entries and today's review practises the due ones") {
    SignedIn s("practice-book");
    tqm::store::ReviewBookRepository book(s.db());
    book.recordWrong(s.person.id, "gui-basic", "tools-001", s.now() - 72h);
    book.recordWrong(s.person.id, "gui-basic", "basics-001", s.now() - 96h);
    book.recordWrong(s.person.id, "gui-basic", "basics-003", s.now());

    s.frame->showScreen(Screen::Practice);
    PracticePanel& practice = *s.frame->practice();
    CHECK(practice.choosePage()->bookText() == u8("错题：3 题\n今日待复习：2 题"));
    click(*practice.choosePage()->bookButton());
    REQUIRE(practice.page() == PracticePanel::Page::Book);
    BookPage& page = *practice.bookPage();
    CHECK(page.countText() == u8("错题本共 3 题，今日待复习 2 题。"));
    CHECK(page.reviewButton()->GetLabel() == u8("今日复习（2）"));
    BookList& list = *page.list();
    REQUIRE(list.GetItemCount() == 3);
    CHECK(list.GetItemText(0, 0) == u8("全面质量管理中的“三全”不包括下列哪一项？"));
    CHECK(list.GetItemText(0, 1) == u8("全面质量管理基础"));
    CHECK(list.GetItemText(0, 2) == "1");
    CHECK(list.GetItemText(0, 3) == u8("今日复习"));
    CHECK(list.GetItemText(1, 1) == u8("质量管理工具"));
    CHECK(list.GetItemText(2, 3) ==
          wxString::Format("%s", dayText(s.today() + std::chrono::days(1))));

    click(*page.reviewButton());
    REQUIRE(practice.page() == PracticePanel::Page::Question);
    REQUIRE(practice.round()->size() == 2);
    CHECK(practice.round()->question(0).questionId == "basics-001");
    CHECK(practice.round()->question(1).questionId == "tools-001");

    QuestionPage& question = *practice.questionPage();
    press(question, 'B');
    press(question, WXK_RETURN);
    CHECK(question.verdictText() == u8("回答正确！"));
    const auto reviewed = book.find(s.person.id, "gui-basic", "basics-001");
    REQUIRE(reviewed);
    CHECK(reviewed->state.repetitions == 1);
    CHECK(reviewed->state.due == s.today() + std::chrono::days(1));
    CHECK(tqm::store::PracticeAnswerRepository(s.db())
              .statistics(s.person.id, tqm::store::AnswerOrigin::Review)
              .total.answered == 1);
}

TEST_CASE("Home shows the learner's due reviews, course percentages and open exams exactly") {
    SignedIn s("practice-home");
    const tqm::course::Course* course = s.frame->workspace().findCourse("tqm-basics");
    REQUIRE(course);
    REQUIRE(course->lessons.size() == 3);
    s.frame->workspace().progressStore().finishLesson(s.person.id, *course, course->lessons[0].id);
    tqm::store::ReviewBookRepository book(s.db());
    book.recordWrong(s.person.id, "gui-basic", "basics-001", s.now() - 72h);
    book.recordWrong(s.person.id, "gui-basic", "tools-005", s.now() - 72h);
    book.recordWrong(s.person.id, "gui-basic", "basics-003", s.now());
    tqm::store::ExamSettings exam;
    exam.title = "质量月考试";
    exam.timeLimit = 30min;
    exam.attemptsAllowed = 2;
    REQUIRE(tqm::session::ExamService(s.db()).createExam(exam).examId);

    s.frame->showScreen(Screen::Home);
    LearnerCards& cards = *s.frame->home()->learnerCards();
    REQUIRE(cards.IsShown());
    CHECK_FALSE(s.frame->home()->summary()->IsShown());
    CHECK(cards.dueText() == u8("今日待复习：2 题\n错题本共：3 题"));
    CHECK(cards.coursePercents() == std::vector<wxString>{"33%"});
    CHECK(cards.examsText() == u8("质量月考试 — 限时 30 分钟 · 还可考 2 次"));

    click(*cards.reviewButton());
    CHECK(s.frame->currentScreen() == Screen::Practice);
    REQUIRE(s.frame->practice()->page() == PracticePanel::Page::Question);
    CHECK(s.frame->practice()->round()->size() == 2);

    s.frame->showScreen(Screen::Home);
    click(*cards.examsButton());
    CHECK(s.frame->currentScreen() == Screen::Exams);
}

TEST_CASE("Home without a learner shows the banks, not the learner's cards") {
    LearnerFixture fixture("practice-home-nobody");
    FramePtr frame = fixture.open();
    CHECK_FALSE(frame->home()->learnerCards()->IsShown());
    CHECK(frame->home()->summary()->IsShown());
}

TEST_CASE("blanks, ordering and matching are answered with their own controls and scored") {
    SignedIn s("practice-arrange");
    s.frame->showScreen(Screen::Practice);
    PracticePanel& practice = *s.frame->practice();
    ChoosePage& choose = *practice.choosePage();
    choose.sourceList()->Select(sourceRow(practice, "tools"));
    choose.randomBox()->SetValue(false);
    choose.countChoice()->SetSelection(3);
    click(*choose.startButton());
    QuestionPage& page = *practice.questionPage();
    const tqm::session::PracticeRound& round = *practice.round();
    REQUIRE(round.size() == 5);

    // tools-001: two blanks, any accepted text in each.
    TextInput* blanks = &inputOf<TextInput>(page);
    REQUIRE(blanks->fields().size() == 2);
    blanks->fields()[0]->SetValue(u8("执行"));
    blanks->fields()[1]->SetValue(u8("改进"));
    click(*page.mainButton());
    CHECK(page.verdictText() == u8("回答正确！"));
    CHECK(blanks->markText(0) == u8("✓"));
    CHECK(blanks->markText(1) == u8("✓"));
    click(*page.mainButton());

    // tools-002: a number outside its tolerance is wrong.
    blanks = &inputOf<TextInput>(page);
    blanks->fields()[0]->SetValue("1.5");
    click(*page.mainButton());
    CHECK(page.verdictText() == u8("回答错误。"));
    CHECK(page.correctAnswerText() == u8("正确答案：1.33 ± 0.01"));
    CHECK(blanks->markText(0) == u8("✗ 可接受的答案：1.33 ± 0.01"));
    CHECK_FALSE(blanks->fields()[0]->IsEditable());
    click(*page.mainButton());

    // tools-003: the items picked in the right order by their letters; the last one takes the
    // last place by itself.
    OrderingInput& ordering = inputOf<OrderingInput>(page);
    const std::vector<std::size_t>& key = round.question(2).correctOrder;
    REQUIRE(key.size() == 4);
    for (std::size_t place = 0; place + 1 < key.size(); ++place)
        press(page, static_cast<int>('A' + key[place]));
    CHECK(std::get<tqm::exam::OrderAnswer>(ordering.answer()).order == key);
    click(*page.mainButton());
    CHECK(page.verdictText() == u8("回答正确！"));
    for (const OptionRow* row : ordering.rows()) CHECK(row->mark() == PartMark::Right);
    click(*page.mainButton());

    // tools-004: one prompt of three matched wrong: two thirds of 4 points, in whole hundredths
    // rounded down as the core scores shares.
    MatchingInput* matching = &inputOf<MatchingInput>(page);
    const tqm::exam::PaperQuestion& match = round.question(3);
    for (std::size_t prompt = 0; prompt < match.matchPrompts.size(); ++prompt) {
        const std::size_t wrong = (match.matchKey[prompt] + 1) % match.matchAnswers.size();
        const std::size_t chosen = prompt == 0 ? wrong : match.matchKey[prompt];
        wxChoice& choice = *matching->choiceOf(prompt);
        choice.SetSelection(static_cast<int>(chosen) + 1);
        wxCommandEvent event(wxEVT_CHOICE, choice.GetId());
        event.SetEventObject(&choice);
        event.SetInt(choice.GetSelection());
        choice.HandleWindowEvent(event);
    }
    click(*page.mainButton());
    CHECK(page.verdictText() == u8("部分正确：得 2.66 分，满分 4 分"));
    CHECK(page.progressText() == u8("第 4 题 / 共 5 题，答对 2 题"));
    const std::size_t right = match.matchKey[0];
    CHECK(matching->markText(0) == wxString::Format(u8("✗ 应为 %zu. %s"), right + 1,
                                                    wxString::FromUTF8(match.matchAnswers[right])));
    CHECK(matching->markText(1) == u8("✓"));
    CHECK(matching->markText(2) == u8("✓"));

    const auto statistics = tqm::store::PracticeAnswerRepository(s.db()).statistics(s.person.id);
    CHECK(statistics.total.answered == 4);
    CHECK(statistics.total.correct == 2);
    tqm::store::ReviewBookRepository book(s.db());
    CHECK(book.find(s.person.id, "gui-basic", "tools-002"));
    CHECK(book.find(s.person.id, "gui-basic", "tools-004"));
    CHECK(book.allEntries(s.person.id).size() == 2);
}
