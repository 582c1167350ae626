// 分配岗位 Put a person in a position: the position (key ones marked 关键), the first day (today by
// default) and an optional last day. Before saving, the certificate desk says which mandatory
// certificates of a key position the person lacks; those warnings are shown in plain words and
// the assignment is saved only when the organizer confirms with 仍然分配 (assign anyway).
// Refusals of the store (overlapping days, days out of order) are shown next to their field and
// nothing is saved.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "cert/assign/desk_work.h"
#include "cert/cert_snapshot.h"
#include "cert/certificate_desk.h"
#include "learn/learner_workspace.h"
#include "widgets/date_field.h"

namespace tqm::gui {

class AssignPositionDialog : public wxDialog {
  public:
    AssignPositionDialog(wxWindow* parent, LearnerWorkspace& workspace,
                         std::shared_ptr<const CertificateSnapshot> snapshot, std::int64_t personId,
                         Date today);

    // Chooses the position in the list; false when it is not there.
    bool selectPosition(std::int64_t positionId);
    std::optional<std::int64_t> selectedPosition() const;

    // What the assign button does: checks, shows the warnings the first time, saves when there
    // are none or they were shown for exactly these choices, and then closes the dialog. The
    // desk works off the UI thread for a database file: busy() until it answers.
    void submit();
    bool busy() const { return work_.busy(); }

    wxListCtrl* positionList() const { return positions_; }
    DateField* fromField() const { return from_; }
    DateField* toField() const { return to_; }
    wxButton* assignButton() const { return assign_; }
    // The warnings as shown (heading, one line per certificate type, the question), without
    // the line breaks of wrapping; empty when none are shown.
    wxString warningText() const { return warningText_; }
    // Why the last try was refused, as shown next to its field; empty when it was not.
    wxString refusalText() const { return refusal_; }
    // Whether the warnings are on screen and the button reads "Assign anyway".
    bool awaitingConfirmation() const { return confirmable_.has_value(); }
    const std::optional<cert::Assignment>& saved() const { return saved_; }

  private:
    struct Answer;
    void answered(const cert::AssignmentRequest& request, const Answer& answer,
                  const std::string& failure);
    wxSizer* buildFields();
    void fillPositions();
    void choicesChanged();
    void showWarnings(const cert::AssignmentRequest& request, const Answer& answer);
    void showRefusal(const cert::AssignmentRequest& request, const Answer& answer);
    void clearMessages();
    void setMessage(wxStaticText& label, const wxString& text);
    wxString personName() const;
    wxString positionName(std::int64_t positionId) const;

    LearnerWorkspace& workspace_;
    DeskWork work_{*this};
    std::shared_ptr<const CertificateSnapshot> snapshot_;
    std::int64_t personId_;
    std::vector<std::int64_t> rowPositions_;
    wxListCtrl* positions_ = nullptr;
    DateField* from_ = nullptr;
    DateField* to_ = nullptr;
    wxStaticText* positionProblem_ = nullptr;
    wxStaticText* fromProblem_ = nullptr;
    wxStaticText* toProblem_ = nullptr;
    wxPanel* warningBox_ = nullptr;
    wxStaticText* warnings_ = nullptr;
    wxButton* assign_ = nullptr;
    wxString warningText_;
    wxString refusal_;
    // The choices the warnings on screen were given for: confirming saves exactly these.
    std::optional<cert::AssignmentRequest> confirmable_;
    std::optional<cert::Assignment> saved_;
};

}  // namespace tqm::gui
