#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <wx/uiaction.h>

#include "learner_fixture.h"

using namespace tqm::gui;
using namespace tqm::gui::test;

namespace {

void click(wxButton& button) {
    wxCommandEvent event(wxEVT_BUTTON, button.GetId());
    event.SetEventObject(&button);
    button.HandleWindowEvent(event);
}

// Double-click or Enter on a row of the roster.
void activateRow(PersonList& list, long row) {
    wxListEvent event(wxEVT_LIST_ITEM_ACTIVATED, list.GetId());
    event.SetEventObject(&list);
    event.m_itemIndex = row;
    list.HandleWindowEvent(event);
}

CourseCard* cardOf(MainFrame& frame, const std::string& courseId) {
    for (CourseCard* card : frame.learn()->catalog()->cards())
        if (card->course().id == courseId) return card;
    return nullptr;
}

struct LessonRow {
    std::string lessonId;
    bool finished = false;
    bool reading = false;
};

// lesson_progress as another program would read it: through a connection of its own.
std::vector<LessonRow> lessonRows(const std::filesystem::path& file,
                                  const std::string& employeeNo) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    SQLite::Statement query(db,
                            "SELECT l.lesson_id, l.finished_at IS NOT NULL, "
                            "l.reading_since IS NOT NULL FROM lesson_progress l JOIN person p "
                            "ON p.id = l.person_id WHERE p.employee_no = ? ORDER BY l.lesson_id");
    query.bind(1, employeeNo);
    std::vector<LessonRow> rows;
    while (query.executeStep())
        rows.push_back({query.getColumn(0).getString(), query.getColumn(1).getInt() != 0,
                        query.getColumn(2).getInt() != 0});
    return rows;
}

std::string fileBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

TEST_CASE("a learner signs in from the roster, reads a lesson and finishes it") {
    LearnerFixture fixture("learn");
    FramePtr frame = fixture.open();
    SignInPanel& signIn = *frame->signInPanel();

    // 学习 without anyone signed in asks who is learning.
    frame->showScreen(Screen::Learn);
    REQUIRE(frame->currentScreen() == Screen::SignIn);
    REQUIRE(signIn.list()->personCount() == 0);
    REQUIRE(signIn.importButton()->IsShown());
    click(*signIn.importButton());
    REQUIRE(signIn.list()->personCount() == 36);
    CHECK_FALSE(signIn.importButton()->IsShown());

    signIn.setSearchText(wxString::FromUTF8("钱晓"));
    REQUIRE(signIn.list()->shownCount() == 1);
    activateRow(*signIn.list(), 0);
    REQUIRE(frame->workspace().signedIn().has_value());
    CHECK(frame->workspace().signedIn()->employeeNo == "D0002");
    CHECK(frame->currentScreen() == Screen::Learn);
    CHECK_THAT(frame->learnerText().utf8_string(), Catch::Contains("钱晓峰"));

    CourseCard* spc = cardOf(*frame, "spc");
    REQUIRE(spc != nullptr);
    CHECK(spc->progressText() == wxString::FromUTF8("已学完 0 / 4 课"));
    click(*spc->openButton());
    LearnPanel& learn = *frame->learn();
    REQUIRE(learn.readerShown());
    REQUIRE(learn.currentLesson() == 0u);
    CHECK(learn.reading());
    CHECK_THAT(learn.reader()->page()->ToText().utf8_string(), Catch::Contains("波动"));
    CHECK_THAT(learn.reader()->quizText().utf8_string(), Catch::Contains("统计过程控制与过程能力"));

    click(*learn.reader()->finishButton());
    CHECK(learn.reader()->note() == wxString::FromUTF8("本课已完成。"));
    CHECK_FALSE(learn.reader()->finishButton()->IsEnabled());

    click(*learn.reader()->nextButton());
    REQUIRE(learn.currentLesson() == 1u);
    CHECK(learn.reading());
    // Study time counts only while the window is active.
    learn.setWindowActive(false);
    CHECK_FALSE(learn.reading());

    const std::vector<LessonRow> rows = lessonRows(fixture.databaseFile(), "D0002");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].lessonId == "spc-variation");
    CHECK(rows[0].finished);
    CHECK_FALSE(rows[0].reading);
    CHECK(rows[1].lessonId == "spc-xbar-r");
    CHECK_FALSE(rows[1].finished);
    CHECK_FALSE(rows[1].reading);

    learn.setWindowActive(true);
    CHECK(learn.reading());
    click(*learn.reader()->previousButton());
    CHECK(learn.currentLesson() == 0u);
    learn.showCatalog();
    CHECK_FALSE(learn.reading());
    CHECK(spc->progressText() == wxString::FromUTF8("已学完 1 / 4 课"));

    // Home offers to go on where the learner left off: the lesson after the finished one.
    frame->showScreen(Screen::Home);
    CHECK(frame->home()->continueButton()->IsShownOnScreen());
    CHECK_THAT(frame->home()->continueText().utf8_string(),
               Catch::Contains("均值-极差控制图的制作与判异"));
    click(*frame->home()->continueButton());
    CHECK(frame->currentScreen() == Screen::Learn);
    CHECK(learn.currentLesson() == 1u);

    // Switching learner ends the session and asks who is learning now.
    REQUIRE(learn.reading());
    click(*frame->switchLearnerButton());
    CHECK(frame->currentScreen() == Screen::SignIn);
    CHECK_FALSE(frame->workspace().signedIn().has_value());
    CHECK_FALSE(learn.reading());
    for (const LessonRow& row : lessonRows(fixture.databaseFile(), "D0002"))
        CHECK_FALSE(row.reading);
}

TEST_CASE("the catalog shows every shipped course, with progress once someone signs in") {
    LearnerFixture fixture("catalog");
    FramePtr frame = fixture.open();
    const auto& cards = frame->learn()->catalog()->cards();
    REQUIRE(cards.size() == 15);
    std::set<std::string> ids;
    for (const CourseCard* card : cards) {
        ids.insert(card->course().id);
        CHECK(card->progressText() == wxString::FromUTF8("登录后记录学习进度。"));
    }
    CHECK(ids == std::set<std::string>{"excellence", "fmea", "iso9001", "lean", "new-seven-tools",
                                       "old-seven-tools", "pdca", "qc-circle", "quality-brand",
                                       "quality-cost", "reliability", "six-sigma", "spc",
                                       "tqm-basics", "traceability"});
    CHECK_FALSE(frame->home()->continueButton()->IsShownOnScreen());
}

TEST_CASE("a database that cannot be opened is reported and left as it was") {
    LearnerFixture fixture("damaged");
    const std::string bytes(4096, 'x');
    {
        std::ofstream out(fixture.databaseFile(), std::ios::binary);
        out << bytes;
    }
    FramePtr frame = fixture.open();
    CHECK_FALSE(frame->workspace().hasDatabase());
    const std::string problem = frame->databaseProblem().utf8_string();
    CHECK_THAT(problem, Catch::Contains("数据库无法打开"));
    CHECK_THAT(problem, Catch::Contains(frame->workspace().databaseError()));
    CHECK_THAT(problem, Catch::Contains(fixture.databaseFile().filename().string()));

    // The rest of the program works: the banks are shown, and so are the courses.
    CHECK(frame->library().banks().size() == 1);
    CHECK(frame->learn()->catalog()->cards().size() == 15);
    frame->showScreen(Screen::Learn);
    CHECK(frame->currentScreen() == Screen::Learn);
    frame->showScreen(Screen::SignIn);
    CHECK(frame->signInPanel()->message() == wxString::FromUTF8("数据库没有打开，暂时无法登录。"));
    CHECK_FALSE(frame->signInPanel()->importButton()->IsShown());

    frame.reset();
    pumpEvents();
    CHECK(fileBytes(fixture.databaseFile()) == bytes);
}

TEST_CASE("the roster search finds people by employee number or name") {
    LearnerFixture fixture("search");
    FramePtr frame = fixture.open();
    SignInPanel& signIn = *frame->signInPanel();
    signIn.importDemoRoster();
    REQUIRE(signIn.list()->personCount() == 36);
    signIn.setSearchText("d001");
    CHECK(signIn.list()->shownCount() == 10);  // D0010 to D0019
    signIn.setSearchText(wxString::FromUTF8("赵明远"));
    REQUIRE(signIn.list()->shownCount() == 1);
    CHECK(signIn.list()->personAt(0).employeeNo == "D0001");
    signIn.setSearchText(wxString::FromUTF8("无此人"));
    CHECK(signIn.list()->shownCount() == 0);
    CHECK(signIn.message() == wxString::FromUTF8("花名册中没有与搜索相符的人。"));
}

TEST_CASE("typing a name and pressing Enter in the search box signs that person in") {
    LearnerFixture fixture("enter");
    FramePtr frame = fixture.open();
    frame->Raise();
    SignInPanel& signIn = *frame->signInPanel();
    signIn.importDemoRoster();
    frame->showScreen(Screen::Learn);
    REQUIRE(frame->currentScreen() == Screen::SignIn);
    signIn.searchBox()->SetFocus();
    pumpEvents();
    wxUIActionSimulator keyboard;
    keyboard.Text("D0003");
    REQUIRE(pumpUntil([&] { return signIn.list()->shownCount() == 1; }));
    keyboard.Char(WXK_RETURN);
    REQUIRE(pumpUntil([&] { return frame->workspace().signedIn().has_value(); }));
    CHECK(frame->workspace().signedIn()->employeeNo == "D0003");
    CHECK(frame->currentScreen() == Screen::Learn);
}

TEST_CASE("a roster of 10,000 people is listed virtually and narrowed by the search") {
    startWx();
    wxFrame window(nullptr, wxID_ANY, "roster");
    auto* list = new PersonList(&window);
    std::vector<tqm::store::Person> people(10000);
    for (std::size_t i = 0; i < people.size(); ++i) {
        people[i].id = static_cast<std::int64_t>(i + 1);
        people[i].employeeNo = wxString::Format("E%05zu", i).utf8_string();
        people[i].name = i == 4321 ? "欧阳明" : "张" + std::to_string(i);
    }
    list->setPeople(std::move(people));
    CHECK(list->GetItemCount() == 10000);
    list->filter(wxString::FromUTF8("欧阳"));
    REQUIRE(list->GetItemCount() == 1);
    CHECK(list->personAt(0).employeeNo == "E04321");
    CHECK(list->GetItemText(0, 1) == wxString::FromUTF8("欧阳明"));
    list->filter("e0999");
    CHECK(list->GetItemCount() == 10);
}
