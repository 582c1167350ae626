#include "cert/person_page.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/actions/certificate_actions.h"
#include "cert/cert_texts.h"
#include "cert/person_history.h"
#include "widgets/colours.h"
#include "widgets/list_columns.h"

namespace tqm::gui {

namespace {

wxListCtrl* makeList(wxWindow* parent, std::initializer_list<std::pair<wxString, int>> columns) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    for (const auto& [label, width] : columns) appendFittedColumn(*list, label, width);
    return list;
}

wxStaticText* sectionHeading(wxWindow* parent, const wxString& text) {
    // The font first: the label's size is measured when it is set.
    auto* heading = new wxStaticText(parent, wxID_ANY, wxString());
    heading->SetFont(parent->GetFont().Bold());
    heading->SetLabel(text);
    return heading;
}

void colourRow(wxListCtrl& list, long row, cert::Status status) {
    list.SetItemBackgroundColour(row, statusColour(status));
    list.SetItemTextColour(row, colour(Colour::Text));
}

}  // namespace

PersonPage::PersonPage(wxWindow* parent) : wxPanel(parent) {
    search_ = new wxSearchCtrl(this, wxID_ANY);
    search_->SetDescriptiveText(_("Employee no. or name"));
    search_->ShowCancelButton(true);
    picker_ = new PersonPicker(this);
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(search_, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
    left->Add(picker_, wxSizerFlags(1).Expand());

    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    const int border = FromDIP(8);
    sizer->Add(left, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(buildDetails(), wxSizerFlags(1).Expand().Border(wxALL, border));
    SetSizer(sizer);
    picker_->SetMinSize(FromDIP(wxSize(250, -1)));

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { picker_->filter(search_->GetValue()); });
    search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { search_->Clear(); });
    picker_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        showPerson(picker_->personIdAt(event.GetIndex()));
    });
}

wxSizer* PersonPage::buildDetails() {
    heading_ = new wxStaticText(this, wxID_ANY, wxString());
    heading_->SetFont(GetFont().Scaled(1.3f).Bold());
    heading_->SetLabel(_("Choose a person on the left."));
    positions_ = makeList(
        this, {{_("Position"), 120}, {_("Key"), 50}, {_("Held from"), 95}, {_("Held until"), 95}});
    requirements_ = makeList(this, {{_("Position"), 100},
                                    {_("Certificate"), 150},
                                    {_("Requirement"), 95},
                                    {_("Status"), 90},
                                    {_("Required from"), 95}});
    certificates_ = makeList(this, {{_("Certificate number"), 170},
                                    {_("Certificate"), 260},
                                    {_("Status"), 95},
                                    {_("Issued on"), 95},
                                    {_("Valid until"), 95},
                                    {_("Review due on"), 95}});
    history_ = makeList(this, {{_("Date"), 95}, {_("Certificate number"), 170}, {_("Event"), 620}});

    auto* positionsColumn = new wxBoxSizer(wxVERTICAL);
    positionsColumn->Add(sectionHeading(this, _("Positions")), wxSizerFlags().Expand());
    positionsColumn->Add(positions_, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    assignButtons_ = new AssignmentButtons(this);
    positionsColumn->Add(assignButtons_, wxSizerFlags().Border(wxTOP, FromDIP(6)));
    positions_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { updateAssignmentButtons(); });
    positions_->Bind(wxEVT_LIST_ITEM_DESELECTED,
                     [this](wxListEvent&) { updateAssignmentButtons(); });
    auto* requirementsColumn = new wxBoxSizer(wxVERTICAL);
    requirementsColumn->Add(sectionHeading(this, _("What the positions require")),
                            wxSizerFlags().Expand());
    requirementsColumn->Add(requirements_, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(positionsColumn, wxSizerFlags(2).Expand());
    top->Add(requirementsColumn, wxSizerFlags(3).Expand().Border(wxLEFT, FromDIP(12)));

    auto* details = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(10);
    details->Add(heading_, wxSizerFlags().Border(wxBOTTOM, gap));
    details->Add(top, wxSizerFlags(1).Expand());
    details->Add(sectionHeading(this, _("Certificates")),
                 wxSizerFlags().Expand().Border(wxTOP, gap));
    details->Add(certificates_, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    actions_ = new CertificateActions(*this, *certificates_);
    details->Add(actions_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
    details->Add(sectionHeading(this, _("History")), wxSizerFlags().Expand().Border(wxTOP, gap));
    details->Add(history_, wxSizerFlags(2).Expand().Border(wxTOP, FromDIP(4)));
    return details;
}

void PersonPage::show(std::shared_ptr<const CertificateSnapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    picker_->show(snapshot_);
    picker_->filter(search_->GetValue());
    if (!personId_ || !showPerson(*personId_)) {
        personId_.reset();
        heading_->SetLabel(_("Choose a person on the left."));
        for (wxListCtrl* list : {positions_, requirements_, certificates_, history_})
            list->DeleteAllItems();
        spans_.clear();
        updateAssignmentButtons();
        actions_->listFilled();
    }
}

bool PersonPage::showPerson(std::int64_t personId) {
    if (!snapshot_) return false;
    const cert::PersonSummary* person = snapshot_->index->person(personId);
    if (!person) return false;
    personId_ = personId;
    wxString heading = wxString::FromUTF8(person->name + "  " + person->employeeNo);
    if (!person->unit.empty()) heading << wxString::FromUTF8("  ·  " + person->unit);
    if (!person->department.empty()) heading << wxString::FromUTF8(" " + person->department);
    heading_->SetLabel(heading);
    fillPositions();
    fillRequirements();
    fillCertificates();
    fillHistory();
    const long row = picker_->rowOf(personId);
    if (row >= 0 && picker_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED) != row) {
        picker_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                              wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        picker_->EnsureVisible(row);
    }
    Layout();
    return true;
}

void PersonPage::fillPositions() {
    positions_->DeleteAllItems();
    const cert::CertificateBookIndex& index = *snapshot_->index;
    spans_ = cert::mergeAssignmentSpans(index.assignmentsOf(*personId_));
    for (const cert::AssignmentSpan& span : spans_) {
        const cert::Position* position = index.position(span.positionId);
        const long row = positions_->InsertItem(
            positions_->GetItemCount(), position ? wxString::FromUTF8(position->name) : wxString());
        positions_->SetItem(row, 1, position && position->key ? _("Yes") : wxString());
        positions_->SetItem(row, 2, dateText(span.from));
        positions_->SetItem(row, 3, dateText(span.to, _("now")));
    }
    updateAssignmentButtons();
}

void PersonPage::updateAssignmentButtons() {
    assignButtons_->show(snapshot_, personId_, spans_,
                         positions_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED));
}

void PersonPage::fillRequirements() {
    requirements_->DeleteAllItems();
    const cert::CertificateBookIndex& index = *snapshot_->index;
    for (const cert::RequirementStatusRow& requirement :
         cert::personStatusesAsOf(index, *personId_, snapshot_->asOf)) {
        const cert::Position* position = index.position(requirement.positionId);
        const cert::CertificateType* type = index.type(requirement.certificateTypeId);
        const long row =
            requirements_->InsertItem(requirements_->GetItemCount(),
                                      position ? wxString::FromUTF8(position->name) : wxString());
        requirements_->SetItem(row, 1, type ? wxString::FromUTF8(type->name) : wxString());
        requirements_->SetItem(row, 2, levelLabel(requirement.level));
        requirements_->SetItem(row, 3, statusLabel(requirement.status));
        requirements_->SetItem(row, 4, dateText(requirement.requiredFrom));
        colourRow(*requirements_, row, requirement.status);
    }
}

void PersonPage::fillCertificates() {
    certificates_->DeleteAllItems();
    const cert::CertificateBookIndex& index = *snapshot_->index;
    for (const cert::Certificate& certificate : snapshot_->book.certificates) {
        if (certificate.personId != *personId_) continue;
        const cert::CertificateType* type = index.type(certificate.certificateTypeId);
        if (!type) continue;
        const cert::CertificateStatus status =
            cert::certificateStatus(certificate, *type, snapshot_->asOf);
        const long row = certificates_->InsertItem(certificates_->GetItemCount(),
                                                   wxString::FromUTF8(certificate.number));
        certificates_->SetItemData(row, static_cast<long>(certificate.id));
        certificates_->SetItem(row, 1, wxString::FromUTF8(type->name));
        certificates_->SetItem(row, 2, statusLabel(status.status));
        certificates_->SetItem(row, 3, dateText(certificate.issuedOn));
        certificates_->SetItem(row, 4, dateText(status.validUntil, _("no expiry")));
        certificates_->SetItem(row, 5, dateText(status.nextReviewDue));
        colourRow(*certificates_, row, status.status);
    }
    actions_->listFilled();
}

void PersonPage::fillHistory() {
    history_->DeleteAllItems();
    for (const HistoryEntry& entry : certificateHistory(*snapshot_->index, *personId_)) {
        const long row = history_->InsertItem(history_->GetItemCount(), dateText(entry.on));
        history_->SetItem(row, 1, entry.number);
        history_->SetItem(row, 2, entry.event);
    }
}

}  // namespace tqm::gui
