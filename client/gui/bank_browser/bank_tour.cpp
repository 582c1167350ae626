#include "bank_browser/bank_tour.h"

#include <fstream>
#include <system_error>

#include <wx/intl.h>
#include <wx/utils.h>

#include "bank_browser/source_line_dialog.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

// A small Moodle export as organizers bring them: three questions the bank can take, a
// description (no answer) and a single-answer question without a right answer.
constexpr std::string_view kMoodleFile = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category">
    <category><text>$course$/top/质量管理工具</text></category>
    <idnumber>tools</idnumber>
  </question>
  <question type="multichoice">
    <name><text>排列图的用途</text></name>
    <questiontext format="html"><text><![CDATA[<p>排列图主要用于找出影响质量的什么因素？</p>]]></text></questiontext>
    <generalfeedback format="html"><text>排列图按“关键的少数、次要的多数”原理找出主要因素。</text></generalfeedback>
    <defaultgrade>2</defaultgrade>
    <idnumber>tools-pareto</idnumber>
    <single>true</single>
    <answer fraction="100"><text>主要因素</text></answer>
    <answer fraction="0"><text>次要因素</text></answer>
    <answer fraction="0"><text>全部因素</text></answer>
  </question>
  <question type="truefalse">
    <name><text>因果图别名</text></name>
    <questiontext format="html"><text>因果图又称鱼刺图或石川图。</text></questiontext>
    <idnumber>tools-fishbone</idnumber>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="description">
    <name><text>说明</text></name>
    <questiontext format="html"><text>以下题目考查七种工具。</text></questiontext>
  </question>
  <question type="multichoice">
    <name><text>控制图</text></name>
    <questiontext format="html"><text>控制图的上下控制限通常取均值加减几倍标准差？</text></questiontext>
    <idnumber>tools-control</idnumber>
    <single>true</single>
    <answer fraction="0"><text>1倍</text></answer>
    <answer fraction="0"><text>2倍</text></answer>
  </question>
  <question type="multichoice">
    <name><text>QC七工具</text></name>
    <questiontext format="html"><text>下列哪些属于QC七大手法？</text></questiontext>
    <idnumber>tools-seven</idnumber>
    <single>false</single>
    <answer fraction="50"><text>排列图</text></answer>
    <answer fraction="50"><text>直方图</text></answer>
    <answer fraction="-100"><text>甘特图</text></answer>
  </question>
</quiz>
)xml";

// A typical question to edit: a single-choice question with four or more options and an
// explanation if the banks have one, else any single-choice question, else the first question.
std::optional<QuestionRef> questionToEdit(const BankLibrary& library) {
    std::optional<QuestionRef> anySingle;
    std::optional<QuestionRef> first;
    for (std::uint32_t b = 0; b < library.banks().size(); ++b) {
        const auto& questions = library.banks()[b].bank().questions;
        for (std::uint32_t q = 0; q < questions.size(); ++q) {
            if (!first) first = QuestionRef{b, q};
            if (questions[q].type != bank::QuestionType::SingleChoice) continue;
            if (questions[q].choices.size() >= 4 && !questions[q].explanation.empty())
                return QuestionRef{b, q};
            if (!anySingle) anySingle = QuestionRef{b, q};
        }
    }
    return anySingle ? anySingle : first;
}

void importWithProblems(TourCamera& camera, const fs::path& folder) {
    MainFrame& frame = camera.frame();
    const fs::path source = folder / "质量工具练习-moodle.xml";
    std::ofstream(source, std::ios::binary) << kMoodleFile;
    TransferReportDialog* report =
        frame.bankActions().importFile(source, folder / "banks" / "质量工具练习.xml");
    if (!report) {
        camera.fail(_("The tour's import did not finish."));
        return;
    }
    camera.shootWithDialog(*report, "bank-import");
    if (SourceLineDialog* viewer = report->showSource(0)) {
        // Without a compositor, what the report covered would show through in the picture.
        report->Hide();
        camera.frame().Refresh();
        camera.shootWithDialog(*viewer, "bank-import-line");
        viewer->Destroy();
    }
    report->Destroy();
    frame.bankActions().closeBank(folder / "banks" / "质量工具练习.xml");
}

void editQuestion(TourCamera& camera) {
    MainFrame& frame = camera.frame();
    const std::optional<QuestionRef> ref = questionToEdit(frame.library());
    BankBrowserPanel& browser = *frame.browser();
    if (!ref || !browser.selectScope({ref->bank, {}})) {
        camera.fail(_("The tour found no question to edit."));
        return;
    }
    const std::string id(frame.library().banks()[ref->bank].bank().questions[ref->question].id);
    const auto row = browser.rowOf(ref->bank, id);
    if (!row) return;
    browser.selectRow(*row);
    QuestionEditDialog* editor = frame.bankActions().makeEditor(*row);
    editor->Show();
    camera.shootWithDialog(*editor, "bank-edit");
    editor->Destroy();
}

}  // namespace

void tourBankManagement(TourCamera& camera) {
    if (!camera.ok()) return;
    camera.frame().showScreen(Screen::QuestionBank);
    const fs::path folder =
        fs::temp_directory_path() / ("tqm-tour-import-" + std::to_string(wxGetProcessId()));
    std::error_code ignored;
    fs::create_directories(folder, ignored);
    importWithProblems(camera, folder);
    if (camera.ok()) editQuestion(camera);
    fs::remove_all(folder, ignored);
}

}  // namespace tqm::gui
