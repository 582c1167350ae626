#include "cert/person_picker.h"
#include "widgets/list_columns.h"

#include <wx/intl.h>

namespace tqm::gui {

PersonPicker::PersonPicker(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    // TRANSLATORS: the employee number, 工号 in Chinese plants.
    appendFittedColumn(*this, _("Employee no."), 100);
    appendFittedColumn(*this, _("Name"), 70);
    appendFittedColumn(*this, _("Unit"), 90);
}

void PersonPicker::show(std::shared_ptr<const CertificateSnapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    filter(wxString());
}

void PersonPicker::filter(const wxString& text) {
    shown_.clear();
    if (snapshot_) {
        const wxString needle = text.Strip(wxString::both).Lower();
        for (const cert::PersonSummary* person : snapshot_->index->peopleByEmployeeNo()) {
            if (needle.empty() || wxString::FromUTF8(person->employeeNo).Lower().Contains(needle) ||
                wxString::FromUTF8(person->name).Lower().Contains(needle))
                shown_.push_back(person);
        }
    }
    SetItemCount(static_cast<long>(shown_.size()));
    Refresh();
}

std::int64_t PersonPicker::personIdAt(long row) const {
    return shown_.at(static_cast<std::size_t>(row))->id;
}

long PersonPicker::rowOf(std::int64_t personId) const {
    for (std::size_t i = 0; i < shown_.size(); ++i)
        if (shown_[i]->id == personId) return static_cast<long>(i);
    return -1;
}

wxString PersonPicker::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= shown_.size()) return {};
    const cert::PersonSummary& person = *shown_[static_cast<std::size_t>(item)];
    switch (column) {
        case 0:
            return wxString::FromUTF8(person.employeeNo);
        case 1:
            return wxString::FromUTF8(person.name);
        default:
            return wxString::FromUTF8(person.unit);
    }
}

}  // namespace tqm::gui
