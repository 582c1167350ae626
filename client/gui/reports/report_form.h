// The left column of the report builder: which report (一人一档, 一期一档, 学时台账, 企业汇总),
// its details (a person by 工号 or name; a class of the database; a date range and period; a
// period or a competition), the report date and the organization named in the header.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "learn/learner_workspace.h"
#include "reports/report_request.h"
#include "widgets/date_field.h"

namespace tqm::gui {

class ReportForm : public wxPanel {
  public:
    ReportForm(wxWindow* parent, Date today);

    // Reads the classes, competitions and names to offer from the database.
    void reload(LearnerWorkspace& workspace);
    ReportRequest request() const;
    ReportKind kind() const { return static_cast<ReportKind>(kind_->GetSelection()); }
    void setKind(ReportKind kind);
    // Chooses the class with that id; false when the list does not hold it.
    bool selectClass(std::int64_t classId);
    // Why the form cannot make a request (a date that is not a day); empty when it can.
    wxString problem() const;

    wxChoice* kindChoice() const { return kind_; }
    wxTextCtrl* personField() const { return person_; }
    wxChoice* classChoice() const { return class_; }
    wxStaticText* noClassesNote() const { return noClasses_; }
    DateField* hoursFrom() const { return hoursFrom_; }
    DateField* hoursTo() const { return hoursTo_; }
    wxChoice* periodChoice() const { return period_; }
    wxRadioBox* summaryScope() const { return summaryScope_; }
    DateField* summaryFrom() const { return summaryFrom_; }
    DateField* summaryTo() const { return summaryTo_; }
    wxChoice* competitionChoice() const { return competition_; }
    DateField* reportDate() const { return reportDate_; }
    wxTextCtrl* organizationField() const { return organization_; }
    wxButton* previewButton() const { return preview_; }

  private:
    wxWindow* personPage(wxWindow* parent);
    wxWindow* classPage(wxWindow* parent);
    wxWindow* hoursPage(wxWindow* parent, Date today);
    wxWindow* summaryPage(wxWindow* parent, Date today);
    void showSummaryScope();

    wxChoice* kind_ = nullptr;
    // One page of details per report, only the chosen one shown: a book would keep the height of
    // the tallest page and leave a gap under the shorter ones.
    std::array<wxWindow*, 4> details_{};
    wxTextCtrl* person_ = nullptr;
    wxChoice* class_ = nullptr;
    std::vector<std::int64_t> classIds_;
    wxStaticText* noClasses_ = nullptr;
    DateField* hoursFrom_ = nullptr;
    DateField* hoursTo_ = nullptr;
    wxChoice* period_ = nullptr;
    wxRadioBox* summaryScope_ = nullptr;
    DateField* summaryFrom_ = nullptr;
    DateField* summaryTo_ = nullptr;
    wxChoice* competition_ = nullptr;
    std::vector<std::string> competitionIds_;
    wxStaticText* noCompetitions_ = nullptr;
    DateField* reportDate_ = nullptr;
    wxTextCtrl* organization_ = nullptr;
    wxButton* preview_ = nullptr;
};

}  // namespace tqm::gui
