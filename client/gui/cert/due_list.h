// The certificates falling due as a virtual list (due day, days left, 工号, name, certificate,
// number, what is due, status), coloured by status, so that a plant's thousands of certificates
// scroll smoothly.
#pragma once

#include <memory>
#include <vector>

#include <wx/listctrl.h>

#include "cert/cert_snapshot.h"

namespace tqm::gui {

class DueList : public wxListCtrl {
  public:
    explicit DueList(wxWindow* parent);

    void show(std::shared_ptr<const CertificateSnapshot> snapshot, int days);
    std::size_t itemCount() const { return items_ ? items_->size() : 0; }
    const cert::DueItem& itemAt(long row) const {
        return items_->at(static_cast<std::size_t>(row));
    }
    // The certificate number of a row.
    wxString numberAt(long row) const;

  private:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

    std::shared_ptr<const CertificateSnapshot> snapshot_;
    const std::vector<cert::DueItem>* items_ = nullptr;  // inside snapshot_
    mutable wxItemAttr attr_;
};

}  // namespace tqm::gui
