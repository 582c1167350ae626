#include "cert/actions/actions_tour.h"

#include <optional>

#include "cert/actions/issue_certificate_dialog.h"
#include "cert/actions/revoke_certificate_dialog.h"

namespace tqm::gui {

namespace {

const cert::Certificate* certificateNumbered(const CertificateSnapshot& snapshot,
                                             const std::string& number) {
    for (const cert::Certificate& certificate : snapshot.book.certificates)
        if (certificate.number == number) return &certificate;
    return nullptr;
}

// Sets the database's clock to `day` while it lives, when the clock can be set.
class TourDay {
  public:
    TourDay(Clock& clock, Date day) : clock_(dynamic_cast<FakeClock*>(&clock)) {
        if (!clock_) return;
        realNow_ = clock_->now();
        clock_->set(TimePoint(day) + std::chrono::hours(2));
    }
    ~TourDay() {
        if (clock_) clock_->set(*realNow_);
    }
    TourDay(const TourDay&) = delete;
    TourDay& operator=(const TourDay&) = delete;

  private:
    FakeClock* clock_;
    std::optional<TimePoint> realNow_;
};

}  // namespace

void tourCertificateActions(TourCamera& camera, CertificatesPanel& panel, Date day) {
    MainFrame& frame = camera.frame();
    store::Database* database = frame.workspace().database();
    const auto snapshot = panel.snapshot();
    const std::optional<std::int64_t> person = panel.person()->personShown();
    if (!camera.ok() || !database || !snapshot || !person) return;
    const TourDay tourDay(frame.workspace().clock(), day);
    {
        IssueCertificateDialog dialog(&frame, *database, snapshot, person);
        dialog.chooseType("CAQ-QCC");
        dialog.fields().numberBox->ChangeValue("CAQ-QCC-2026-00417");
        dialog.fields().evidencePicker->SetPath("CAQ-QCC-2026-00417.pdf");
        dialog.CentreOnParent();
        dialog.Show();
        camera.shootWithDialog(dialog, "cert-issue-dialog");
    }
    if (const cert::Certificate* welding = certificateNumbered(*snapshot, "ZJ-WI-2025-0001")) {
        RevokeCertificateDialog dialog(&frame, *database, snapshot, *welding);
        dialog.reasonBox()->ChangeValue(wxString::FromUTF8("焊缝判定失误，违反检验规程第 4.2 条"));
        dialog.CentreOnParent();
        dialog.Show();
        camera.shootWithDialog(dialog, "cert-revoke-dialog");
    }
}

}  // namespace tqm::gui
