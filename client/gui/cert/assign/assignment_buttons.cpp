#include "cert/assign/assignment_buttons.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/assign/assign_position_dialog.h"
#include "cert/assign/end_assignment_dialog.h"
#include "cert/cert_texts.h"

namespace tqm::gui {

AssignmentButtons::AssignmentButtons(wxWindow* parent) : wxPanel(parent) {
    assign_ = new wxButton(this, wxID_ANY, _("Assign position..."));
    end_ = new wxButton(this, wxID_ANY, _("End assignment..."));
    assign_->SetToolTip(_("Put this person in a position from a day on"));
    end_->SetToolTip(_("Record the last day this person works in the chosen position"));
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(assign_);
    sizer->Add(end_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    SetSizer(sizer);
    assign_->Disable();
    end_->Disable();
    assign_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { assign(); });
    end_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { end(); });
}

void AssignmentButtons::connect(LearnerWorkspace& workspace, std::function<void()> saved) {
    workspace_ = &workspace;
    saved_ = std::move(saved);
}

void AssignmentButtons::show(std::shared_ptr<const CertificateSnapshot> snapshot,
                             std::optional<std::int64_t> personId,
                             std::vector<cert::AssignmentSpan> spans, long selectedRow) {
    snapshot_ = std::move(snapshot);
    personId_ = personId;
    spans_ = std::move(spans);
    selectedRow_ = selectedRow;
    const bool ready = snapshot_ && personId_ && workspace_ && workspace_->database();
    assign_->Enable(ready);
    end_->Enable(ready && spanToEnd().has_value());
}

std::optional<cert::AssignmentSpan> AssignmentButtons::spanToEnd() const {
    if (selectedRow_ >= 0 && selectedRow_ < static_cast<long>(spans_.size())) {
        const cert::AssignmentSpan& chosen = spans_[static_cast<std::size_t>(selectedRow_)];
        if (chosen.openAssignmentId()) return chosen;
    }
    std::optional<cert::AssignmentSpan> only;
    for (const cert::AssignmentSpan& span : spans_) {
        if (!span.openAssignmentId()) continue;
        if (only) return std::nullopt;  // several open: the user says which
        only = span;
    }
    return only;
}

void AssignmentButtons::assign() {
    if (!snapshot_ || !personId_ || !workspace_ || !workspace_->database()) return;
    AssignPositionDialog dialog(this, *workspace_, snapshot_, *personId_, today());
    if (run(dialog) == wxID_OK && saved_) saved_();
}

void AssignmentButtons::end() {
    const std::optional<cert::AssignmentSpan> span = spanToEnd();
    if (!span || !snapshot_ || !workspace_ || !workspace_->database()) return;
    const cert::CertificateBookIndex& index = *snapshot_->index;
    Date pieceFrom = span->from;
    for (const cert::Assignment* piece : index.assignmentsOf(span->personId))
        if (piece->id == span->openAssignmentId()) pieceFrom = piece->from;
    const cert::PersonSummary* person = index.person(span->personId);
    const cert::Position* position = index.position(span->positionId);
    const wxString description = wxString::Format(
        _("%s has held %s since %s."), person ? wxString::FromUTF8(person->name) : wxString(),
        position ? wxString::FromUTF8(position->name) : wxString(), dateText(span->from));
    EndAssignmentDialog dialog(this, *workspace_->database(), *span, pieceFrom, description,
                               today());
    if (run(dialog) == wxID_OK && saved_) saved_();
}

int AssignmentButtons::run(wxDialog& dialog) {
    openDialog_ = &dialog;
    const int answer = dialog.ShowModal();
    openDialog_ = nullptr;
    return answer;
}

Date AssignmentButtons::today() const {
    return dateAt(workspace_->clock().now());
}

}  // namespace tqm::gui
