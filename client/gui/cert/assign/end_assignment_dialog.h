// 结束任职 End a person's time in a position: the last day in it (today by default), written to
// the open assignment with CertificateDesk::endAssignment. A refusal (a last day before the
// assignment began, an assignment already ended) is shown under the day and nothing is saved.
#pragma once

#include <cstdint>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/stattext.h>

#include "cert/assignment_spans.h"
#include "store/database.h"
#include "widgets/date_field.h"

namespace tqm::gui {

class EndAssignmentDialog : public wxDialog {
  public:
    // `span` is the open span shown on the person page; `pieceFrom` the first day of its open
    // assignment, the one that is ended.
    EndAssignmentDialog(wxWindow* parent, store::Database& database,
                        const cert::AssignmentSpan& span, Date pieceFrom,
                        const wxString& description, Date today);

    // What the button does: ends the assignment on the chosen day. True when saved.
    bool submit();

    DateField* lastDayField() const { return lastDay_; }
    wxButton* endButton() const { return end_; }
    wxString refusalText() const { return refusal_; }

  private:
    void setRefusal(const wxString& text);

    store::Database& database_;
    std::int64_t assignmentId_ = 0;
    Date pieceFrom_{};
    DateField* lastDay_ = nullptr;
    wxStaticText* problem_ = nullptr;
    wxButton* end_ = nullptr;
    wxString refusal_;
};

}  // namespace tqm::gui
