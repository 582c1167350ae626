// 到期提醒 What falls due: certificates whose last valid day or next review comes within the
// next 30, 60 or 90 days (the organizer picks), and below them the key positions that one
// qualified person covers, or nobody.
#pragma once

#include <memory>

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "cert/cert_snapshot.h"
#include "cert/due_list.h"

namespace tqm::gui {

class DuePage : public wxPanel {
  public:
    explicit DuePage(wxWindow* parent);

    void show(std::shared_ptr<const CertificateSnapshot> snapshot);
    // Shows what falls due within `days` (30, 60 or 90).
    void setDays(int days);
    int days() const;

    DueList* list() const { return list_; }
    wxListCtrl* coverageList() const { return coverage_; }
    wxChoice* daysChoice() const { return days_; }
    wxString summaryText() const { return summary_->GetLabel(); }

  private:
    void showDue();
    void showCoverage();

    std::shared_ptr<const CertificateSnapshot> snapshot_;
    wxChoice* days_ = nullptr;
    wxStaticText* summary_ = nullptr;
    DueList* list_ = nullptr;
    wxStaticText* coverageHeading_ = nullptr;
    wxListCtrl* coverage_ = nullptr;
};

}  // namespace tqm::gui
