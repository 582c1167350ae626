// 复审 Record a periodic review of a certificate: the day it was done, passed or failed, for a
// pass an optional new last valid day, and a note. Saved by
// cert::CertificateDesk::recordReview, as `tqm cert review` does: the pending review is the one
// recorded, or, with none pending, the one due as of that day.
#pragma once

#include <memory>

#include <wx/radiobut.h>
#include <wx/textctrl.h>

#include "cert/actions/action_dialog.h"
#include "cert/cert_snapshot.h"
#include "widgets/date_field.h"

namespace tqm::gui {

class ReviewDialog : public ActionDialog {
  public:
    // `certificate` must be in the snapshot's book.
    ReviewDialog(wxWindow* parent, store::Database& database,
                 std::shared_ptr<const CertificateSnapshot> snapshot,
                 const cert::Certificate& certificate);

    bool save() override;

    DateField* doneField() const { return done_; }
    wxRadioButton* passedButton() const { return passed_; }
    wxRadioButton* failedButton() const { return failed_; }
    DateField* newValidUntilField() const { return newValidUntil_; }
    wxTextCtrl* noteBox() const { return note_; }
    // Chooses the result as a click on its button would.
    void choosePassed(bool passed);

  private:
    void resultChanged();

    std::shared_ptr<const CertificateSnapshot> snapshot_;
    const cert::Certificate& certificate_;
    DateField* done_ = nullptr;
    wxRadioButton* passed_ = nullptr;
    wxRadioButton* failed_ = nullptr;
    DateField* newValidUntil_ = nullptr;
    wxTextCtrl* note_ = nullptr;
};

}  // namespace tqm::gui
