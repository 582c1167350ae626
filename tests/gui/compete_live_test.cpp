// 团体赛: a live team competition driven through the host console's buttons, with buzzer keys
// sent to the window's char hook. The scores and the events are checked in the database; the
// buzz timeline comes from a fake steady clock, so every offset is exact.
#include <catch2/catch.hpp>

#include <fstream>

#include <wx/frame.h>
#include <wx/sizer.h>

#include "compete/live/live_competition_panel.h"
#include "compete/live/live_log_list.h"
#include "gui_session.h"
#include "store/live_event_repository.h"

using namespace tqm::gui;
using namespace tqm::gui::test;
using tqm::compete::FakeLiveClock;
using tqm::store::LiveEventRepository;

namespace {

const std::filesystem::path kDemo =
    std::filesystem::path(TQM_CONTENT_DIR) / "demo-team-contest.xml";

wxString u8(const char* text) {
    return wxString::FromUTF8(text);
}

// A window of the test's own holding the live competition panel, over a database file that is
// removed with the fixture.
class LiveFixture {
  public:
    explicit LiveFixture(const std::string& name)
        : folder_(std::filesystem::temp_directory_path() /
                  ("tqm-gui-live-" + name + "-" +
                   std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()))) {
        std::filesystem::create_directories(folder_);
    }
    ~LiveFixture() {
        close();
        std::error_code ignored;
        std::filesystem::remove_all(folder_, ignored);
    }
    LiveFixture(const LiveFixture&) = delete;
    LiveFixture& operator=(const LiveFixture&) = delete;

    LiveCompetitionPanel& open() {
        startWx();
        workspace_ = std::make_unique<LearnerWorkspace>();
        workspace_->openDatabase(folder_ / "tqm.db");
        frame_ = new wxFrame(nullptr, wxID_ANY, "live");
        panel_ = new LiveCompetitionPanel(frame_, *workspace_, &clock);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(panel_, wxSizerFlags(1).Expand());
        frame_->SetSizer(sizer);
        frame_->SetSize(frame_->FromDIP(wxSize(1280, 800)));
        frame_->Show();
        pumpEvents();
        return *panel_;
    }
    // Closes the window and the database, as quitting the client would.
    void close() {
        if (frame_) frame_->Destroy();
        frame_ = nullptr;
        panel_ = nullptr;
        pumpEvents();
        workspace_.reset();
    }

    // A buzzer key pressed while the focus is anywhere in the window.
    void press(int key, bool control = false) {
        wxKeyEvent event(wxEVT_CHAR_HOOK);
        event.m_controlDown = control;
        event.m_keyCode = key;
        event.m_uniChar = static_cast<wxChar>(key);
        event.SetEventObject(frame_);
        frame_->ProcessWindowEvent(event);
    }

    tqm::store::Database& database() { return *workspace_->database(); }
    const std::filesystem::path& folder() const { return folder_; }
    FakeLiveClock clock{1'000'000};

  private:
    std::filesystem::path folder_;
    std::unique_ptr<LearnerWorkspace> workspace_;
    wxFrame* frame_ = nullptr;
    LiveCompetitionPanel* panel_ = nullptr;
};

void click(wxButton* button) {
    REQUIRE(button);
    REQUIRE(button->IsEnabled());
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
}

void click(HostConsole& console, HostControl control) {
    click(console.button(control));
}

// "rank team score" for each row of the scoreboard.
std::vector<std::string> board(const HostConsole& console) {
    std::vector<std::string> rows;
    wxListCtrl& list = *console.scoreboard();
    for (long row = 0; row < list.GetItemCount(); ++row)
        rows.push_back((list.GetItemText(row, 0) + " " + list.GetItemText(row, 1) + " " +
                        list.GetItemText(row, 2))
                           .ToStdString(wxConvUTF8));
    return rows;
}

std::vector<std::string> buzzes(const HostConsole& console) {
    std::vector<std::string> rows;
    wxListCtrl& list = *console.buzzOrder();
    for (long row = 0; row < list.GetItemCount(); ++row)
        rows.push_back((list.GetItemText(row, 0) + " " + list.GetItemText(row, 1) + " " +
                        list.GetItemText(row, 2) + " " + list.GetItemText(row, 3))
                           .ToStdString(wxConvUTF8));
    return rows;
}

// "kind payload at_ms" of every logged event.
std::vector<std::string> logged(tqm::store::Database& database, std::int64_t competition) {
    std::vector<std::string> rows;
    for (const auto& event : LiveEventRepository(database).events(competition))
        rows.push_back(event.kind + " " + event.payload + " " + std::to_string(event.atMs));
    return rows;
}

// Plays round 1 (必答, 10 points, no deduction): 红队 right, 蓝队 wrong, 绿队 right.
void playRequiredRound(LiveFixture& fixture, HostConsole& console) {
    for (const bool right : {true, false, true}) {
        fixture.clock.advance(1000);
        click(console, HostControl::Show);
        fixture.clock.advance(1000);
        click(console, right ? HostControl::Right : HostControl::Wrong);
        click(console, HostControl::Next);
    }
}

}  // namespace

TEST_CASE(
    "a live round played with the console's buttons and buzzer keys scores and logs exactly") {
    LiveFixture fixture("play");
    LiveCompetitionPanel& panel = fixture.open();
    REQUIRE(panel.openFile(kDemo));
    HostConsole& console = *panel.console();
    const std::int64_t id = console.session().competitionId();

    // A buzzer key in a required round is refused and not logged.
    fixture.press('2');
    CHECK(console.message() == u8("该操作不属于当前轮次。"));
    CHECK(logged(fixture.database(), id).empty());
    CHECK_FALSE(console.button(HostControl::Right)->IsEnabled());
    CHECK_FALSE(console.button(HostControl::Open)->IsEnabled());

    playRequiredRound(fixture, console);
    CHECK(board(console) == std::vector<std::string>{"1 红队 110", "1 绿队 110", "3 蓝队 100"});

    // Round 2 (抢答: 20 points, 10 deducted, foul 10, rebound).
    fixture.clock.advance(1000);  // timeline 7000
    fixture.press('1');           // before the question is shown: refused, not a foul
    CHECK(console.message() == u8("现在不能这样操作：准备出题。"));
    fixture.press('S', true);  // the host's Ctrl+S shows the question
    CHECK(console.session().state().phase == tqm::compete::Phase::Shown);
    CHECK(console.questionText().StartsWith(u8("用因果图分析原因时")));
    CHECK(console.answerText() == u8("答案：A"));
    fixture.press('1');  // too early: a foul
    CHECK(board(console) == std::vector<std::string>{"1 绿队 110", "2 红队 100", "2 蓝队 100"});
    fixture.clock.advance(2000);  // 9000
    click(console, HostControl::Open);
    fixture.clock.advance(1240);
    fixture.press('3');
    fixture.clock.advance(35);
    fixture.press('2');
    CHECK(buzzes(console) == std::vector<std::string>{"- 红队 - 犯规", "1 绿队 +1240 毫秒 作答中",
                                                      "2 蓝队 +1275 毫秒 "});
    fixture.press('3');  // a second press of the same buzzer changes nothing
    CHECK(console.message() == u8("该队已经抢答过了。"));

    click(console, HostControl::Wrong);  // 绿队 -10; buzzing reopens for 蓝队 only
    fixture.clock.advance(500);
    fixture.press('1');  // 红队 fouled: barred from this question
    CHECK(console.message() == u8("该队本题已无抢答资格。"));
    fixture.press('2');
    click(console, HostControl::Right);
    CHECK(board(console) == std::vector<std::string>{"1 蓝队 120", "2 红队 100", "2 绿队 100"});

    // Undo names the action it cancels and restores the score.
    CHECK(console.button(HostControl::Undo)->GetLabel() == u8("撤销：正确"));
    click(console, HostControl::Undo);
    CHECK(board(console) == std::vector<std::string>{"1 红队 100", "1 蓝队 100", "1 绿队 100"});
    CHECK(console.button(HostControl::Undo)->GetLabel() == u8("撤销：蓝队 抢答"));

    // A score adjustment needs a reason; with one it is logged.
    CHECK_FALSE(console.adjustScore(0, 5, "  "));
    CHECK(console.message() == u8("请填写调整得分的理由。"));
    CHECK(console.adjustScore(0, 5, u8("复核后认定部分正确")));
    CHECK(board(console) == std::vector<std::string>{"1 红队 105", "2 蓝队 100", "2 绿队 100"});

    CHECK(logged(fixture.database(), id) ==
          std::vector<std::string>{
              "show {} 1000", "judge {\"right\":true} 2000", "next {} 2000", "show {} 3000",
              "judge {\"right\":false} 4000", "next {} 4000", "show {} 5000",
              "judge {\"right\":true} 6000", "next {} 6000", "show {} 7000",
              "buzz {\"team\":\"red\"} 7000", "open {} 9000", "buzz {\"team\":\"green\"} 10240",
              "buzz {\"team\":\"blue\"} 10275", "judge {\"right\":false} 10275",
              "buzz {\"team\":\"blue\"} 10775", "judge {\"right\":true} 10775", "undo {} 10775",
              "adjust {\"team\":\"red\",\"delta\":5,\"reason\":\"复核后认定部分正确\"} 10775"});
    // The log on screen, newest first, with the scores after each event.
    LiveLogList& log = *console.log();
    REQUIRE(log.entryCount() == 19);
    CHECK(log.cellText(0, 2) == u8("红队 +5 分：复核后认定部分正确"));
    CHECK(log.cellText(0, 3) == "105");
    CHECK(log.cellText(2, 2) == u8("正确"));
    CHECK(log.cellText(2, 4) == "120");
}

TEST_CASE("the countdown runs from the engine's deadline and sends the time-out when it passes") {
    LiveFixture fixture("countdown");
    LiveCompetitionPanel& panel = fixture.open();
    REQUIRE(panel.openFile(kDemo));
    HostConsole& console = *panel.console();
    CHECK_FALSE(console.fullScreenButton()->IsEnabled());
    console.openProjector(0);
    REQUIRE(console.projector());
    // One display (Xvfb): the projector opens in a window, and the button makes it full screen.
    CHECK_FALSE(console.projector()->IsFullScreen());
    click(console.fullScreenButton());
    CHECK(console.projector()->IsFullScreen());
    click(console.fullScreenButton());
    CHECK_FALSE(console.projector()->IsFullScreen());
    // Keys pressed while the projector has the focus reach the console too.
    wxKeyEvent key(wxEVT_CHAR_HOOK);
    key.m_keyCode = '2';
    key.SetEventObject(console.projector());
    console.projector()->ProcessWindowEvent(key);
    CHECK(console.message() == u8("该操作不属于当前轮次。"));

    click(console, HostControl::Show);
    click(console, HostControl::Timer);
    console.tick();
    CHECK(console.countdownText() == u8("30 秒"));
    const ProjectorView& view = console.projector()->canvas()->view();
    CHECK(view.secondsLeft == 30);
    CHECK(view.question.StartsWith(console.questionText().Left(10)));
    CHECK(view.question.Find(u8("答案")) == wxNOT_FOUND);
    REQUIRE(view.teams.size() == 3);
    CHECK(view.teams[1].score == 100);

    fixture.clock.advance(29'100);
    console.tick();
    CHECK(console.countdownText() == u8("1 秒"));
    CHECK(console.projector()->canvas()->view().secondsLeft == 1);
    fixture.clock.advance(900);
    console.tick();
    const auto events =
        LiveEventRepository(fixture.database()).events(console.session().competitionId());
    REQUIRE(events.size() == 3);
    CHECK(events[2].kind == "time-out");
    CHECK(events[2].atMs == 30'000);
    CHECK(console.countdownText().empty());
    CHECK(console.session().state().outcome == tqm::compete::Outcome::TimeUp);
    CHECK(console.button(HostControl::Next)->IsEnabled());
}

TEST_CASE("reopening a competition closed mid-question resumes exactly the same state") {
    LiveFixture fixture("resume");
    {
        LiveCompetitionPanel& panel = fixture.open();
        REQUIRE(panel.openFile(kDemo));
        HostConsole& console = *panel.console();
        playRequiredRound(fixture, console);
        click(console, HostControl::Show);
        fixture.press('2');  // 蓝队 fouls
        click(console, HostControl::Open);
        fixture.clock.advance(800);
        fixture.press('1');
        fixture.close();  // the client is closed mid-question
    }
    fixture.clock.set(5'000);  // a steady clock starts anew after a restart
    LiveCompetitionPanel& panel = fixture.open();
    REQUIRE(panel.competitions().size() == 1);
    CHECK(panel.competitions()[0].eventCount == 13);
    CHECK(panel.competitionList()->GetItemText(0, 3) == "13");
    REQUIRE(panel.resume(panel.competitions()[0].id));
    HostConsole& console = *panel.console();
    CHECK(board(console) == std::vector<std::string>{"1 红队 110", "1 绿队 110", "3 蓝队 90"});
    CHECK(buzzes(console) == std::vector<std::string>{"- 蓝队 - 犯规", "1 红队 +800 毫秒 作答中"});
    CHECK(console.session().state().phase == tqm::compete::Phase::Answering);
    CHECK(console.questionText().StartsWith(u8("用因果图分析原因时")));
    // The competition goes on where it stopped.
    click(console, HostControl::Right);
    CHECK(board(console) == std::vector<std::string>{"1 红队 130", "2 绿队 110", "3 蓝队 90"});
}

TEST_CASE("a competition file that does not read lists its problems with line and column") {
    LiveFixture fixture("problems");
    const std::filesystem::path bad = fixture.folder() / "bad-contest.xml";
    std::ofstream(bad, std::ios::binary)
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<competition format=\"1\">\n"
           "  <title>坏文件</title>\n"
           "  <teams>\n"
           "    <team id=\"a\" name=\"甲队\" colour=\"#D32F2F\" key=\"1\"/>\n"
           "    <team id=\"b\" name=\"乙队\" colour=\"#1976D2\" key=\"1\"/>\n"
           "  </teams>\n"
           "  <rounds>\n"
           "    <required "
           "title=\"必答\"><question><text>问</text><answer>答</answer></question></required>\n"
           "  </rounds>\n"
           "</competition>\n";
    LiveCompetitionPanel& panel = fixture.open();
    CHECK_FALSE(panel.openFile(bad));
    CHECK(panel.console() == nullptr);
    wxListCtrl& problems = *panel.problemList();
    REQUIRE(problems.GetItemCount() == 1);
    CHECK(problems.GetItemText(0, 0) == "bad-contest.xml:6:5");
    CHECK(problems.GetItemText(0, 1) == u8("两支队伍使用了同一个抢答键。"));
    CHECK(panel.problemSummary() ==
          u8("bad-contest.xml 无法使用：有 1 个问题。请修改文件后重新打开。"));
    CHECK(LiveEventRepository(fixture.database()).competitions().empty());
}

TEST_CASE("in a risk round the team in turn stakes a value or passes with the console's buttons") {
    LiveFixture fixture("risk");
    LiveCompetitionPanel& panel = fixture.open();
    REQUIRE(panel.openFile(kDemo));
    HostConsole& console = *panel.console();
    playRequiredRound(fixture, console);
    CHECK(console.stakeButtons().empty());
    // Round 2: each buzz-in question goes to 绿队, who is right every time (+20).
    for (int question = 0; question < 3; ++question) {
        click(console, HostControl::Show);
        click(console, HostControl::Open);
        fixture.clock.advance(700);
        fixture.press('3');
        click(console, HostControl::Right);
        click(console, HostControl::Next);
    }
    CHECK(board(console) == std::vector<std::string>{"1 绿队 170", "2 红队 110", "3 蓝队 100"});

    // Round 3 (风险: 10, 20 or 30, passing allowed).
    const std::vector<wxButton*>& stakes = console.stakeButtons();
    REQUIRE(stakes.size() == 3);
    CHECK(stakes[0]->GetLabel() == u8("选 10 分"));
    CHECK(stakes[2]->GetLabel() == u8("选 30 分"));
    CHECK_FALSE(console.button(HostControl::Show)->IsEnabled());
    click(stakes[2]);  // 红队 stakes 30
    CHECK_FALSE(stakes[0]->IsEnabled());
    click(console, HostControl::Show);
    click(console, HostControl::Wrong);
    click(console, HostControl::Next);
    click(console, HostControl::Pass);  // 蓝队 passes
    click(console, HostControl::Next);
    CHECK(board(console) == std::vector<std::string>{"1 绿队 170", "2 蓝队 100", "3 红队 80"});
    const auto events = logged(fixture.database(), console.session().competitionId());
    REQUIRE(events.size() >= 6);
    const std::vector<std::string> last(events.end() - 6, events.end());
    CHECK(last ==
          std::vector<std::string>{"risk {\"team\":\"red\",\"value\":30} 8100", "show {} 8100",
                                   "judge {\"right\":false} 8100", "next {} 8100",
                                   "risk {\"team\":\"blue\",\"pass\":true} 8100", "next {} 8100"});
}
