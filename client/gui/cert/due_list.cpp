#include "cert/due_list.h"

#include <wx/intl.h>

#include "cert/cert_texts.h"
#include "widgets/colours.h"
#include "widgets/list_columns.h"

namespace tqm::gui {

namespace {
enum Column { kDueOn, kDaysLeft, kEmployeeNo, kName, kType, kNumber, kKind, kStatus };
}

DueList::DueList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    appendFittedColumn(*this, _("Due on"), 100);
    appendFittedColumn(*this, _("When"), 90);
    // TRANSLATORS: the employee number, 工号 in Chinese plants.
    appendFittedColumn(*this, _("Employee no."), 80);
    appendFittedColumn(*this, _("Name"), 80);
    appendFittedColumn(*this, _("Certificate"), 230);
    appendFittedColumn(*this, _("Certificate number"), 170);
    appendFittedColumn(*this, _("What is due"), 130);
    appendFittedColumn(*this, _("Status"), 90);
}

void DueList::show(std::shared_ptr<const CertificateSnapshot> snapshot, int days) {
    snapshot_ = std::move(snapshot);
    items_ = snapshot_ ? &snapshot_->dueWithin(days) : nullptr;
    SetItemCount(static_cast<long>(itemCount()));
    Refresh();
}

wxString DueList::numberAt(long row) const {
    const cert::Certificate* certificate = snapshot_->index->certificate(itemAt(row).certificateId);
    return certificate ? wxString::FromUTF8(certificate->number) : wxString();
}

wxString DueList::OnGetItemText(long item, long column) const {
    if (!items_ || item < 0 || static_cast<std::size_t>(item) >= items_->size()) return {};
    const cert::DueItem& due = itemAt(item);
    const cert::CertificateBookIndex& index = *snapshot_->index;
    const cert::PersonSummary* person = index.person(due.personId);
    const cert::CertificateType* type = index.type(due.certificateTypeId);
    switch (column) {
        case kDueOn:
            return dateText(due.dueOn);
        case kDaysLeft:
            return daysLeftText(due.daysLeft);
        case kEmployeeNo:
            return person ? wxString::FromUTF8(person->employeeNo) : wxString();
        case kName:
            return person ? wxString::FromUTF8(person->name) : wxString();
        case kType:
            return type ? wxString::FromUTF8(type->name) : wxString();
        case kNumber:
            return numberAt(item);
        case kKind:
            return dueKindLabel(due.kind);
        case kStatus:
            return statusLabel(due.status);
        default:
            return {};
    }
}

wxItemAttr* DueList::OnGetItemAttr(long item) const {
    if (!items_ || item < 0 || static_cast<std::size_t>(item) >= items_->size()) return nullptr;
    attr_.SetBackgroundColour(statusColour(itemAt(item).status));
    attr_.SetTextColour(colour(Colour::Text));
    return &attr_;
}

}  // namespace tqm::gui
