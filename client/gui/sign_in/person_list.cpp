#include "sign_in/person_list.h"

#include <wx/intl.h>

namespace tqm::gui {

namespace {

enum Column { kEmployeeNo, kName, kUnit, kDepartment, kPositions };

wxString joined(const std::vector<std::string>& items) {
    wxString text;
    for (const std::string& item : items) {
        if (!text.empty()) text += wxString::FromUTF8("、");
        text += wxString::FromUTF8(item);
    }
    return text;
}

}  // namespace

PersonList::PersonList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES) {
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(110));
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(120));
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(150));
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(150));
    AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(320));
    updateColumnLabels();
}

void PersonList::updateColumnLabels() {
    // TRANSLATORS: the employee number, 工号 in Chinese plants.
    const wxString labels[] = {_("Employee no."), _("Name"), _("Unit"), _("Department"),
                               _("Positions")};
    for (int column = 0; column < GetColumnCount(); ++column) {
        wxListItem item;
        item.SetMask(wxLIST_MASK_TEXT);
        item.SetText(labels[column]);
        SetColumn(column, item);
    }
}

void PersonList::setPeople(std::vector<store::Person> people) {
    people_ = std::move(people);
    searchKeys_.clear();
    searchKeys_.reserve(people_.size());
    for (const store::Person& person : people_)
        searchKeys_.push_back(wxString::FromUTF8(person.employeeNo + "\n" + person.name).Lower());
    filter(wxString());
}

void PersonList::filter(const wxString& text) {
    const wxString needle = text.Strip(wxString::both).Lower();
    shown_.clear();
    for (std::size_t i = 0; i < people_.size(); ++i) {
        if (needle.empty() || searchKeys_[i].Contains(needle)) shown_.push_back(i);
    }
    SetItemCount(static_cast<long>(shown_.size()));
    if (!shown_.empty()) {
        SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                     wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        EnsureVisible(0);
    }
    Refresh();
}

const store::Person& PersonList::personAt(long row) const {
    return people_.at(shown_.at(static_cast<std::size_t>(row)));
}

wxString PersonList::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= shown_.size()) return {};
    const store::Person& person = personAt(item);
    switch (column) {
        case kEmployeeNo:
            return wxString::FromUTF8(person.employeeNo);
        case kName:
            return wxString::FromUTF8(person.name);
        case kUnit:
            return wxString::FromUTF8(person.unit);
        case kDepartment:
            return wxString::FromUTF8(person.department);
        case kPositions:
            return joined(person.positions);
        default:
            return {};
    }
}

}  // namespace tqm::gui
