// 题库 management through the real screen: import with the progress and report dialogs, the
// source viewer, the question editor and the Moodle export, each checked on the files written.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "bank/interchange/moodle/moodle_xml.h"
#include "bank/native_reader.h"
#include "bank/native_writer.h"
#include "bank_browser/source_line_dialog.h"
#include "learner_fixture.h"

using namespace tqm::gui;
using namespace tqm::gui::test;
namespace fs = std::filesystem;

namespace {

std::string fileText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<fs::path> backupsIn(const fs::path& folder) {
    std::vector<fs::path> backups;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".bak") backups.push_back(entry.path());
    return backups;
}

void click(wxWindow& button, int id) {
    wxCommandEvent event(wxEVT_BUTTON, id);
    event.SetEventObject(&button);
    button.HandleWindowEvent(event);
}

std::string cell(wxListCtrl& list, long row, int column) {
    return list.GetItemText(row, column).utf8_string();
}

// A frame over a copy of tests/data/gui/basic in the fixture's folder, on the 题库 screen.
FramePtr openOnCopy(const LearnerFixture& fixture, fs::path& bankFile) {
    const fs::path banks = fixture.folder() / "banks";
    fs::create_directories(banks);
    bankFile = banks / "tqm-basic.xml";
    fs::copy_file(testData("gui/basic/tqm-basic.xml"), bankFile);
    MainFrameOptions options;
    options.bankFolder = banks;
    options.databaseFile = fixture.databaseFile();
    FramePtr frame = openFrame(std::move(options));
    frame->showScreen(Screen::QuestionBank);
    return frame;
}

long selectQuestion(MainFrame& frame, std::string_view id) {
    BankBrowserPanel& browser = *frame.browser();
    browser.selectScope({0, {}});
    const auto row = browser.rowOf(0, id);
    REQUIRE(row);
    browser.selectRow(*row);
    return *row;
}

}  // namespace

TEST_CASE("importing a Moodle file writes a native bank, shows it and lists each rejection") {
    LearnerFixture fixture("bank-import");
    FramePtr frame = fixture.open();
    frame->showScreen(Screen::QuestionBank);
    const fs::path destination = fixture.folder() / "imported" / "quality-tools.xml";

    TransferReportDialog* report = frame->bankActions().importFile(
        testData("gui/import/quality-tools-moodle.xml"), destination);
    REQUIRE(report);
    CHECK(report->IsShown());
    CHECK_THAT(report->summary().utf8_string(), Catch::StartsWith("已导入 3 道题"));
    CHECK_THAT(report->summary().utf8_string(), Catch::Contains("有 2 道题因存在错误未导入。"));

    const tqm::bank::ReadResult written = tqm::bank::readBankFile(destination);
    CHECK(written.ok());
    REQUIRE(written.bank.questions.size() == 3);
    CHECK(written.bank.questions[0].id == "tools-pareto");
    CHECK(written.bank.questions[1].id == "tools-fishbone");
    CHECK(written.bank.questions[2].id == "tools-seven");

    REQUIRE(frame->library().banks().size() == 2);
    CHECK(frame->library().banks()[1].file == destination);
    CHECK(frame->browser()->list()->GetItemCount() == 3);

    ProblemList& problems = *report->problemList();
    REQUIRE(problems.GetItemCount() == 2);
    CHECK(cell(problems, 0, 0) == "quality-tools-moodle.xml:26:3");
    CHECK(cell(problems, 0, 1) == "错误");
    CHECK(cell(problems, 0, 2) == "不支持的题型");
    CHECK(cell(problems, 1, 0) == "quality-tools-moodle.xml:30:3");
    CHECK(cell(problems, 1, 2) == "没有正确答案");

    SECTION("double-clicking a problem shows its line of the file, highlighted") {
        wxListEvent activated(wxEVT_LIST_ITEM_ACTIVATED, problems.GetId());
        activated.SetEventObject(&problems);
        activated.m_itemIndex = 1;
        problems.HandleWindowEvent(activated);
        pumpEvents();
        auto* viewer =
            dynamic_cast<SourceLineDialog*>(wxWindow::FindWindowByName("SourceLineDialog"));
        REQUIRE(viewer);
        CHECK(viewer->highlightedLine() == 30);
        REQUIRE(viewer->lines().size() == 11);
        CHECK(viewer->lines().front().number == 25);
        CHECK(viewer->lines()[5].text == "  <question type=\"multichoice\">");
        wxListCtrl& shown = *viewer->lineList();
        CHECK(cell(shown, 5, 0) == "30");
        CHECK(shown.GetItemState(5, wxLIST_STATE_SELECTED) == wxLIST_STATE_SELECTED);
        viewer->Destroy();
    }
    report->Destroy();
}

TEST_CASE("a file with no importable question writes nothing and says so") {
    LearnerFixture fixture("bank-import-none");
    FramePtr frame = fixture.open();
    const fs::path destination = fixture.folder() / "errors.xml";
    TransferReportDialog* report =
        frame->bankActions().importFile(testData("cli/errors.xml"), destination);
    REQUIRE(report);
    CHECK_THAT(report->summary().utf8_string(), Catch::StartsWith("errors.xml 中没有可导入的题目"));
    CHECK(report->problemList()->GetItemCount() > 0);
    CHECK_FALSE(fs::exists(destination));
    CHECK(frame->library().banks().size() == 1);
    report->Destroy();
}

TEST_CASE("editing a question changes exactly that question in the bank file, after a backup") {
    LearnerFixture fixture("bank-edit");
    fs::path bankFile;
    FramePtr frame = openOnCopy(fixture, bankFile);
    const std::string before = fileText(bankFile);
    const tqm::bank::ReadResult original = tqm::bank::readBankFile(bankFile);
    const long row = selectQuestion(*frame, "basics-001");

    QuestionEditDialog* editor = frame->bankActions().makeEditor(row);
    REQUIRE(editor);
    CHECK(editor->stemBox()->GetValue().utf8_string() ==
          "全面质量管理中的“三全”不包括下列哪一项？");
    editor->stemBox()->SetValue(wxString::FromUTF8("“三全”管理不包括下列哪一项？"));
    editor->answerEditor()->optionList()->SetTextValue(wxString::FromUTF8("全员参与的质量管理"), 0,
                                                       1);
    editor->difficultyBox()->SetValue(4);
    editor->pointsBox()->SetValue(2.5);
    editor->tagsBox()->SetValue(wxString::FromUTF8("三全、TQM"));
    editor->Show();
    click(*editor->FindWindow(wxID_OK), wxID_OK);
    CHECK_FALSE(editor->IsShown());
    editor->Destroy();

    const tqm::bank::ReadResult saved = tqm::bank::readBankFile(bankFile);
    REQUIRE(saved.ok());
    const tqm::bank::Question& q = saved.bank.questions[0];
    CHECK(q.stem == "“三全”管理不包括下列哪一项？");
    CHECK(q.choices[0].text == "全员参与的质量管理");
    CHECK(q.choices[1].correct);
    CHECK(q.difficulty == 4);
    CHECK(q.points == 2.5);
    CHECK(std::vector<std::string>(q.tags.begin(), q.tags.end()) ==
          std::vector<std::string>{"三全", "TQM"});
    // Everything else is written as it was.
    tqm::bank::Bank expected = original.bank;
    expected.questions[0] = q;
    CHECK(tqm::bank::writeBankXml(expected) == tqm::bank::writeBankXml(saved.bank));

    const std::vector<fs::path> backups = backupsIn(bankFile.parent_path());
    REQUIRE(backups.size() == 1);
    CHECK(fileText(backups[0]) == before);
    // The browser shows the saved question, still selected.
    CHECK(frame->library().banks()[0].bank().questions[0].stem == "“三全”管理不包括下列哪一项？");
    CHECK(frame->browser()->list()->GetItemState(row, wxLIST_STATE_SELECTED) ==
          wxLIST_STATE_SELECTED);
}

TEST_CASE("an edit the validator refuses is listed in the editor and not saved") {
    LearnerFixture fixture("bank-edit-refused");
    fs::path bankFile;
    FramePtr frame = openOnCopy(fixture, bankFile);
    const std::string before = fileText(bankFile);
    const long row = selectQuestion(*frame, "basics-001");

    QuestionEditDialog* editor = frame->bankActions().makeEditor(row);
    REQUIRE(editor);
    editor->answerEditor()->optionList()->SetToggleValue(false, 1, 0);
    editor->Show();
    click(*editor->FindWindow(wxID_OK), wxID_OK);
    CHECK(editor->IsShown());
    ProblemList& problems = *editor->problemList();
    REQUIRE(problems.GetItemCount() == 1);
    CHECK(problems.problems()[0].code == "single-choice-correct-count");
    CHECK(cell(problems, 0, 0) == "tqm-basic.xml:15:5");
    CHECK(fileText(bankFile) == before);
    CHECK(backupsIn(bankFile.parent_path()).empty());
    editor->Destroy();
}

TEST_CASE("exporting a bank writes a Moodle file the core reads back with the same questions") {
    LearnerFixture fixture("bank-export");
    FramePtr frame = fixture.open();
    const fs::path file = fixture.folder() / "export" / "basic-moodle.xml";
    fs::create_directories(file.parent_path());

    REQUIRE(frame->bankActions().exportTo({0, {}}, file));
    TransferReportDialog* report = frame->bankActions().lastReport();
    REQUIRE(report);
    CHECK_THAT(report->summary().utf8_string(), Catch::StartsWith("已将 9 道题导出到"));

    const tqm::bank::ImportResult back = tqm::bank::importMoodleXml(fileText(file), file.string());
    const tqm::bank::Bank& bank = frame->library().banks()[0].bank();
    // The export goes category by category, so questions are compared by id.
    const auto byId = [](const tqm::bank::Bank& b) {
        std::map<std::string, std::pair<std::string, tqm::bank::QuestionType>> questions;
        for (const auto& q : b.questions)
            questions[std::string(q.id)] = {std::string(q.stem), q.type};
        return questions;
    };
    CHECK(back.bank.questions.size() == 9);
    CHECK(byId(back.bank) == byId(bank));

    SECTION("a category exports only its questions") {
        const fs::path part = fixture.folder() / "export" / "pareto.xml";
        REQUIRE(frame->bankActions().exportTo({0, "tools.pareto"}, part));
        const tqm::bank::ImportResult partBack =
            tqm::bank::importMoodleXml(fileText(part), part.string());
        std::set<std::string> ids;
        for (const auto& q : partBack.bank.questions) ids.emplace(q.id);
        CHECK(ids == std::set<std::string>{"tools-003", "tools-005"});
    }
    report = frame->bankActions().lastReport();
    if (report) report->Destroy();
}
