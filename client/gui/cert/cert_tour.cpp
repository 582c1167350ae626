#include "cert/cert_tour.h"

#include <chrono>
#include <optional>

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/utils.h>

#include "cert/actions/actions_tour.h"
#include "cert/assign/assign_tour.h"
#include "cert/demo_plant_setup.h"
#include "cert/import/cert_import_tour.h"

namespace tqm::gui {

namespace {

// The demo plant's people have held their positions since before any of its certificates.
constexpr Date kHeldSince{std::chrono::year{2019} / 1 / 1};

// Lets a worker thread's result arrive, for at most ten seconds.
template <typename Busy>
bool waitWhile(Busy busy) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (busy()) {
        if (std::chrono::steady_clock::now() > until) return false;
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
    return true;
}

}  // namespace

void tourCertificates(TourCamera& camera) {
    if (!camera.ok()) return;
    MainFrame& frame = camera.frame();
    // The area before it holds anything: the tour's database has the roster only.
    tourCertificatesEmpty(camera);
    const std::string problem = importDemoPlant(frame.workspace(), kHeldSince);
    if (!problem.empty()) {
        camera.fail(wxString::Format(_("The tour could not import the demo plant: %s"),
                                     wxString::FromUTF8(problem)));
        return;
    }
    // Home's card counts from today: for the picture, today is the demo day.
    auto* clock = dynamic_cast<FakeClock*>(&frame.workspace().clock());
    const std::optional<TimePoint> realNow =
        clock ? std::optional<TimePoint>(clock->now()) : std::nullopt;
    if (clock) clock->set(TimePoint(kTourCertificateDay) + std::chrono::hours(2));
    frame.showScreen(Screen::Home);
    HomePanel& home = *frame.home();
    const bool read = waitWhile([&] { return home.dueSoonCard()->loading(); });
    if (read) camera.shoot("home-cert-due");
    if (clock) clock->set(*realNow);
    if (!read) {
        camera.fail(_("The certificates took too long to read."));
        return;
    }

    frame.showScreen(Screen::Certificates);
    CertificatesPanel& panel = *frame.certificates();
    panel.setAsOf(kTourCertificateDay);
    if (!waitWhile([&] { return panel.loading(); })) {
        camera.fail(_("The certificates took too long to read."));
        return;
    }
    MatrixPage& matrix = *panel.matrix();
    const auto* person = [&]() -> const cert::PersonSummary* {
        for (const cert::PersonSummary* candidate : panel.snapshot()->index->peopleByEmployeeNo())
            if (candidate->employeeNo == "D0005") return candidate;
        return nullptr;
    }();
    const int row = person ? matrix.rowOf(person->id) : -1;
    const int column = matrix.columnOf("INT-QI");
    if (row >= 0 && column >= 0) matrix.selectCell(row, column);
    camera.shoot("cert-matrix");

    panel.showDue(90);
    camera.shoot("cert-due");

    for (const cert::PersonSummary* candidate : panel.snapshot()->index->peopleByEmployeeNo())
        if (candidate->employeeNo == "D0014") panel.showPerson(candidate->id);
    camera.shoot("cert-person");
    tourAssignDialog(camera, panel, kTourCertificateDay);
    tourCertificateActions(camera, panel, kTourCertificateDay);

    tourCertificateImport(camera);
}

}  // namespace tqm::gui
