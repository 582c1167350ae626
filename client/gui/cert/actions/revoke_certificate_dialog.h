// 吊销 Revoke a certificate: the day it stops counting and the reason, both required, under a
// plain warning that a revocation cannot be undone. Saved by cert::CertificateDesk::revoke, as
// `tqm cert revoke` does, together with its audit-log entry.
#pragma once

#include <memory>

#include <wx/textctrl.h>

#include "cert/actions/action_dialog.h"
#include "cert/cert_snapshot.h"
#include "widgets/date_field.h"

namespace tqm::gui {

class RevokeCertificateDialog : public ActionDialog {
  public:
    // `certificate` must be in the snapshot's book.
    RevokeCertificateDialog(wxWindow* parent, store::Database& database,
                            std::shared_ptr<const CertificateSnapshot> snapshot,
                            const cert::Certificate& certificate);

    bool save() override;

    DateField* dayField() const { return day_; }
    wxTextCtrl* reasonBox() const { return reason_; }
    wxString warningText() const { return warning_->GetLabel(); }

  private:
    std::shared_ptr<const CertificateSnapshot> snapshot_;
    const cert::Certificate& certificate_;
    DateField* day_ = nullptr;
    wxTextCtrl* reason_ = nullptr;
    wxStaticText* warning_ = nullptr;
};

}  // namespace tqm::gui
