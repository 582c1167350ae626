// The roster as a virtual list (工号, name, unit, department, positions), so that it stays fast
// with tens of thousands of people; a search narrows it by 工号 or name.
#pragma once

#include <vector>

#include <wx/listctrl.h>

#include "store/people_repository.h"

namespace tqm::gui {

class PersonList : public wxListCtrl {
  public:
    explicit PersonList(wxWindow* parent);

    void setPeople(std::vector<store::Person> people);
    // Keeps the people whose 工号 or name contains `text` (ignoring letter case); all when empty.
    void filter(const wxString& text);
    std::size_t personCount() const { return people_.size(); }
    std::size_t shownCount() const { return shown_.size(); }
    const store::Person& personAt(long row) const;
    // Sets the column headings in the current language.
    void updateColumnLabels();

  private:
    wxString OnGetItemText(long item, long column) const override;

    std::vector<store::Person> people_;
    std::vector<wxString> searchKeys_;  // "工号\nname" in lower case, one per person
    std::vector<std::size_t> shown_;    // indexes into people_
};

}  // namespace tqm::gui
