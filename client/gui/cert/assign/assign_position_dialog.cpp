#include "cert/assign/assign_position_dialog.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/assign/assign_texts.h"
#include "store/certificate_repository.h"
#include "store/certificate_type_repository.h"
#include "store/position_repository.h"
#include "widgets/colours.h"
#include "widgets/list_columns.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

bool sameRequest(const cert::AssignmentRequest& a, const cert::AssignmentRequest& b) {
    return a.personId == b.personId && a.positionId == b.positionId && a.from == b.from &&
           a.to == b.to;
}

wxStaticText* problemLabel(wxWindow* parent) {
    auto* label = new wxStaticText(parent, wxID_ANY, wxString());
    label->SetForegroundColour(colour(Colour::Error));
    label->Hide();
    return label;
}

}  // namespace

// What the desk answered, with what the messages need, read on the same connection.
struct AssignPositionDialog::Answer {
    std::vector<cert::AssignmentWarning> warnings;
    std::optional<cert::AssignOutcome> outcome;  // when the desk was asked to save
    std::vector<cert::CertificateType> types;
    std::vector<std::optional<cert::Certificate>> held;  // by warning
    std::vector<cert::AssignmentSpan> spans;             // the person's, after a refusal
};

AssignPositionDialog::AssignPositionDialog(wxWindow* parent, LearnerWorkspace& workspace,
                                           std::shared_ptr<const CertificateSnapshot> snapshot,
                                           std::int64_t personId, Date today)
    : wxDialog(parent, wxID_ANY, _("Assign a position"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      workspace_(workspace),
      snapshot_(std::move(snapshot)),
      personId_(personId) {
    SetFont(parent->GetFont());
    auto* heading = new wxStaticText(this, wxID_ANY, wxString());
    heading->SetFont(GetFont().Scaled(1.15f).Bold());
    heading->SetLabel(wxString::Format(_("Assign %s to a position"), personName()));

    positions_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    appendFittedColumn(*positions_, _("Position"), 236);
    appendFittedColumn(*positions_, _("Key position"), 100);
    positions_->SetMinSize(FromDIP(wxSize(340, 190)));
    from_ = new DateField(this, today);
    to_ = new DateField(this, std::nullopt, DateField::Empty::Allowed);
    positionProblem_ = problemLabel(this);
    fromProblem_ = problemLabel(this);
    toProblem_ = problemLabel(this);

    warningBox_ = new wxPanel(this);
    warningBox_->SetBackgroundColour(colour(Colour::StatusRenewalOpen));
    warnings_ = new wxStaticText(warningBox_, wxID_ANY, wxString());
    warnings_->SetForegroundColour(colour(Colour::Text));
    auto* boxSizer = new wxBoxSizer(wxVERTICAL);
    boxSizer->Add(warnings_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(10)));
    warningBox_->SetSizer(boxSizer);
    warningBox_->Hide();

    auto* buttons = new wxStdDialogButtonSizer();
    assign_ = new wxButton(this, wxID_OK, _("Assign"));
    assign_->SetDefault();
    buttons->AddButton(assign_);
    buttons->AddButton(new wxButton(this, wxID_CANCEL, _("Cancel")));
    buttons->Realize();

    const int border = FromDIP(16);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(buildFields(), wxSizerFlags(1).Expand().Border(wxALL, border));
    sizer->Add(warningBox_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, border));
    SetSizerAndFit(sizer);
    SetMinSize(GetSize());
    fillPositions();

    assign_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { submit(); });
    positions_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { choicesChanged(); });
    from_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { choicesChanged(); });
    to_->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { choicesChanged(); });
}

wxSizer* AssignPositionDialog::buildFields() {
    auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(1);
    grid->AddGrowableRow(0);
    const auto row = [&](const wxString& label, wxWindow* field, wxStaticText* problem,
                         bool grows) {
        grid->Add(new wxStaticText(this, wxID_ANY, label),
                  grows ? wxSizerFlags().Top().Border(wxTOP, FromDIP(4))
                        : wxSizerFlags().CentreVertical());
        auto* column = new wxBoxSizer(wxVERTICAL);
        column->Add(field, grows ? wxSizerFlags(1).Expand() : wxSizerFlags());
        column->Add(problem, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
        grid->Add(column, wxSizerFlags(1).Expand());
    };
    row(_("Position"), positions_, positionProblem_, true);
    row(_("First day"), from_, fromProblem_, false);
    row(_("Last day (optional)"), to_, toProblem_, false);
    return grid;
}

void AssignPositionDialog::fillPositions() {
    std::vector<const cert::Position*> positions = snapshot_->index->positionsByName();
    // Key positions first: they are the ones the certificate area is about.
    std::stable_partition(positions.begin(), positions.end(),
                          [](const cert::Position* position) { return position->key; });
    for (const cert::Position* position : positions) {
        const long row =
            positions_->InsertItem(positions_->GetItemCount(), wxString::FromUTF8(position->name));
        // TRANSLATORS: marks a key position (关键岗位) in a list of positions.
        if (position->key) positions_->SetItem(row, 1, _("Key"));
        rowPositions_.push_back(position->id);
    }
}

bool AssignPositionDialog::selectPosition(std::int64_t positionId) {
    const auto at = std::find(rowPositions_.begin(), rowPositions_.end(), positionId);
    if (at == rowPositions_.end()) return false;
    const long row = static_cast<long>(at - rowPositions_.begin());
    positions_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                             wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    positions_->EnsureVisible(row);
    choicesChanged();
    return true;
}

std::optional<std::int64_t> AssignPositionDialog::selectedPosition() const {
    const long row = positions_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(rowPositions_.size())) return std::nullopt;
    return rowPositions_[static_cast<std::size_t>(row)];
}

void AssignPositionDialog::choicesChanged() {
    // New choices need their own check: a confirmation given for other days does not carry over.
    if (confirmable_) {
        confirmable_.reset();
        warningText_.clear();
        warningBox_->Hide();
        assign_->SetLabel(_("Assign"));
    }
    clearMessages();
}

void AssignPositionDialog::submit() {
    if (busy()) return;
    clearMessages();
    const std::optional<std::int64_t> position = selectedPosition();
    if (!position) return setMessage(*positionProblem_, _("Choose the position."));
    if (from_->hasProblem()) return setMessage(*fromProblem_, from_->problemText());
    if (to_->hasProblem()) return setMessage(*toProblem_, to_->problemText());
    const cert::AssignmentRequest request{personId_, *position, *from_->value(), to_->value()};
    const bool confirmed = confirmable_ && sameRequest(*confirmable_, request);
    auto answer = std::make_shared<Answer>();
    assign_->Disable();
    work_.run(
        workspace_,
        [request, confirmed, answer](store::Database& database) {
            cert::CertificateDesk desk(database);
            if (!confirmed) {
                answer->warnings = desk.assignmentWarnings(request);
                if (!answer->warnings.empty()) {
                    answer->types = store::CertificateTypeRepository(database).list();
                    store::CertificateRepository certificates(database);
                    for (const cert::AssignmentWarning& warning : answer->warnings)
                        answer->held.push_back(warning.certificateId
                                                   ? certificates.find(*warning.certificateId)
                                                   : std::nullopt);
                    return;
                }
            }
            answer->outcome = desk.assign(request, confirmed);
            if (answer->outcome->refusal) {
                const std::vector<cert::Assignment> held =
                    store::PositionRepository(database).assignmentsOf(request.personId);
                answer->spans = cert::mergeAssignmentSpans(std::span<const cert::Assignment>(held));
            }
        },
        [this, request, answer](const std::string& failure) {
            answered(request, *answer, failure);
        });
}

void AssignPositionDialog::answered(const cert::AssignmentRequest& request, const Answer& answer,
                                    const std::string& failure) {
    assign_->Enable();
    if (!failure.empty())
        return setMessage(*positionProblem_, wxString::Format(_("The assignment was not saved: %s"),
                                                              wxString::FromUTF8(failure)));
    if (!answer.outcome) return showWarnings(request, answer);
    if (answer.outcome->refusal) return showRefusal(request, answer);
    saved_ = answer.outcome->saved;
    if (IsModal())
        EndModal(wxID_OK);
    else
        Hide();
}

void AssignPositionDialog::showWarnings(const cert::AssignmentRequest& request,
                                        const Answer& answer) {
    warningText_ = assignmentWarningHeading(personName(), positionName(request.positionId),
                                            answer.warnings.size());
    for (std::size_t at = 0; at < answer.warnings.size(); ++at) {
        const cert::AssignmentWarning& warning = answer.warnings[at];
        const auto type = std::find_if(
            answer.types.begin(), answer.types.end(),
            [&](const auto& candidate) { return candidate.id == warning.certificateTypeId; });
        if (type == answer.types.end()) continue;
        warningText_ << wxS("\n• ")
                     << assignmentWarningText(warning, *type, answer.held[at], request.from);
    }
    warningText_ << wxS("\n")
                 << _("Save the assignment all the same? Choose \"Assign anyway\" to confirm.");
    confirmable_ = request;
    assign_->SetLabel(_("Assign anyway"));
    warningBox_->Show();
    const int width = std::max(GetClientSize().GetWidth() - FromDIP(52), FromDIP(320));
    setWrappedLabel(*warnings_, warningText_, width);
    Layout();
    Fit();
}

void AssignPositionDialog::showRefusal(const cert::AssignmentRequest& request,
                                       const Answer& answer) {
    const AssignRefusalText text = assignRefusalText(
        *answer.outcome->refusal, personName(), positionName(request.positionId),
        cert::spanOverlapping(answer.spans, request.positionId, request.from, request.to));
    wxStaticText* label = text.field == AssignField::From ? fromProblem_
                          : text.field == AssignField::To ? toProblem_
                                                          : positionProblem_;
    setMessage(*label, text.text);
}

void AssignPositionDialog::clearMessages() {
    refusal_.clear();
    bool changed = false;
    for (wxStaticText* label : {positionProblem_, fromProblem_, toProblem_}) {
        if (!label->IsShown()) continue;
        label->SetLabel(wxString());
        label->Hide();
        changed = true;
    }
    if (changed) Layout();
}

void AssignPositionDialog::setMessage(wxStaticText& label, const wxString& text) {
    refusal_ = text;
    label.Show();
    const int width =
        std::max(from_->GetParent()->GetClientSize().GetWidth() - FromDIP(160), FromDIP(260));
    setWrappedLabel(label, text, width);
    Layout();
    Fit();
}

wxString AssignPositionDialog::personName() const {
    const cert::PersonSummary* person = snapshot_->index->person(personId_);
    if (!person) return wxString::Format("%lld", static_cast<long long>(personId_));
    return wxString::Format(_("%s (%s)"), wxString::FromUTF8(person->name),
                            wxString::FromUTF8(person->employeeNo));
}

wxString AssignPositionDialog::positionName(std::int64_t positionId) const {
    const cert::Position* position = snapshot_->index->position(positionId);
    return position ? wxString::FromUTF8(position->name) : wxString();
}

}  // namespace tqm::gui
