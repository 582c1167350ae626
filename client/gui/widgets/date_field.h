// A calendar day entered by the user: the one date control every dialog and page uses, so that
// days look the same everywhere (2026-02-20) whatever the system's locale says. An optional field
// may be left empty. Changing the day sends wxEVT_DATE_CHANGED from this window.
#pragma once

#include <optional>

#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/panel.h>

#include "base/calendar_date.h"

namespace tqm::gui {

class DateField : public wxPanel {
  public:
    enum class Empty { NotAllowed, Allowed };

    DateField(wxWindow* parent, std::optional<Date> initial, Empty empty = Empty::NotAllowed);

    // The day shown; nullopt only for an optional field left empty.
    std::optional<Date> value() const;
    void setValue(std::optional<Date> day);

    // The control inside, for tests that type or pick a day.
    wxDatePickerCtrl* picker() const { return picker_; }

  private:
    wxDatePickerCtrl* picker_ = nullptr;
};

// A calendar day as wxWidgets' date controls take it, and back.
wxDateTime toDateTime(Date day);
Date fromDateTime(const wxDateTime& time);

}  // namespace tqm::gui
