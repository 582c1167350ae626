// 证书详情 Everything recorded about one certificate, read-only: its summary, where it came from,
// the evidence file, which certificate it renews or is renewed by, a revocation, the signed
// verification code and its reviews (复审). Opened by double-clicking a certificate.
#pragma once

#include <memory>

#include <wx/dialog.h>
#include <wx/listctrl.h>

#include "cert/cert_snapshot.h"

namespace tqm::gui {

class CertificateDetailsDialog : public wxDialog {
  public:
    // `certificate` must be in the snapshot's book.
    CertificateDetailsDialog(wxWindow* parent, std::shared_ptr<const CertificateSnapshot> snapshot,
                             const cert::Certificate& certificate, Date today);

    wxListCtrl* reviewList() const { return reviews_; }
    // The value shown for a label of the record ("" when the row is not shown).
    wxString valueOf(const wxString& label) const;

  private:
    std::shared_ptr<const CertificateSnapshot> snapshot_;
    std::vector<std::pair<wxString, wxString>> rows_;
    wxListCtrl* reviews_ = nullptr;
};

}  // namespace tqm::gui
