// The people of the certificate book as a virtual list (工号, name, unit), narrowed by a search
// over 工号 and name, to choose whose certificates to show.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <wx/listctrl.h>

#include "cert/cert_snapshot.h"

namespace tqm::gui {

class PersonPicker : public wxListCtrl {
  public:
    explicit PersonPicker(wxWindow* parent);

    void show(std::shared_ptr<const CertificateSnapshot> snapshot);
    // Keeps the people whose 工号 or name contains `text` (letter case ignored).
    void filter(const wxString& text);
    std::size_t shownCount() const { return shown_.size(); }
    std::int64_t personIdAt(long row) const;
    // The row of the person; -1 when not shown.
    long rowOf(std::int64_t personId) const;

  private:
    wxString OnGetItemText(long item, long column) const override;

    std::shared_ptr<const CertificateSnapshot> snapshot_;
    std::vector<const cert::PersonSummary*> shown_;
};

}  // namespace tqm::gui
