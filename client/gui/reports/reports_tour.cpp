#include "reports/reports_tour.h"

#include <chrono>
#include <filesystem>

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/utils.h>

#include "cert/demo_plant_setup.h"
#include "reports/reports_area.h"
#include "store/exam_repository.h"
#include "store/training_class_repository.h"

namespace tqm::gui {

namespace {

void settle() {
    for (int i = 0; i < 20; ++i) {
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
}

// Previews what the form asks for and waits for the worker, for at most twenty seconds.
bool previewAndWait(ReportBuilder& builder) {
    builder.preview();
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (builder.working()) {
        if (std::chrono::steady_clock::now() > until) return false;
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
    settle();
    return builder.previewPanel()->document() != nullptr;
}

constexpr Date kYearStart{std::chrono::year{2026} / 1 / 1};
// The ledger's months from September: those of the demo class fit the picture.
constexpr Date kAutumn{std::chrono::year{2026} / 9 / 1};
constexpr Date kYearEnd{std::chrono::year{2026} / 12 / 31};

}  // namespace

void tourReports(TourCamera& camera) {
    if (!camera.ok()) return;
    MainFrame& frame = camera.frame();
    store::Database* database = frame.workspace().database();
    if (!database) return;
    store::TrainingClassRepository classes(*database);
    const auto demo = classes.findByCode(kDemoClassCode);
    if (!demo) {
        camera.fail(_("The tour found no demo training class."));
        return;
    }
    // The class file shows an exam with its statistics: the tour's exam, taken by its learner.
    if (const auto exams = store::ExamRepository(*database).listExams();
        !exams.empty() && classes.exams(demo->id).empty())
        classes.addExam(demo->id, exams.front().id);

    frame.showScreen(Screen::Reports);
    ReportsArea& area = *frame.reports();
    area.tabs()->SetSelection(0);
    ReportBuilder& builder = *area.builder();
    ReportForm& form = *builder.form();
    form.organizationField()->ChangeValue(wxString::FromUTF8("东方机械厂"));

    const auto shoot = [&](const std::string& name) {
        if (!previewAndWait(builder)) {
            camera.fail(wxString::Format(_("The tour could not preview the report for %s."),
                                         wxString::FromUTF8(name)));
            return false;
        }
        return camera.shoot(name);
    };

    form.setKind(ReportKind::Person);
    form.personField()->ChangeValue("D0004");
    if (!shoot("reports-person")) return;

    form.setKind(ReportKind::Class);
    form.selectClass(demo->id);
    if (!shoot("reports-class")) return;

    form.setKind(ReportKind::Hours);
    form.hoursFrom()->setValue(kAutumn);
    form.hoursTo()->setValue(kYearEnd);
    form.periodChoice()->SetSelection(0);
    if (!shoot("reports-hours")) return;

    form.setKind(ReportKind::Summary);
    form.summaryScope()->SetSelection(0);
    form.summaryFrom()->setValue(kYearStart);
    form.summaryTo()->setValue(kYearEnd);
    if (!previewAndWait(builder)) {
        camera.fail(_("The tour could not preview the enterprise summary."));
        return;
    }
    // The first chart, which follows the tables.
    const auto& document = *builder.previewPanel()->document();
    wxNotebook& tabs = *builder.previewPanel()->tabs();
    if (!document.charts.empty()) tabs.SetSelection(document.tables.size());
    settle();
    if (!camera.shoot("reports-summary")) return;

    form.setKind(ReportKind::Class);
    if (!previewAndWait(builder)) return;
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() /
        builder.defaultFileName(report::ReportFormat::Pdf).utf8_string();
    builder.exportTo(file, report::ReportFormat::Pdf);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (builder.working() && std::chrono::steady_clock::now() < until) settle();
    // The area re-reads the saved organization name meanwhile; the picture shows the one used.
    form.organizationField()->ChangeValue(wxString::FromUTF8("东方机械厂"));
    settle();
    camera.shoot("reports-export");
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
}

}  // namespace tqm::gui
