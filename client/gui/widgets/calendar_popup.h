// The month calendar a DateField drops down: a click on a day (or Enter on the keyboard) picks it
// and closes the popup; clicking elsewhere or Escape closes it without a pick.
#pragma once

#include <functional>

#include <wx/calctrl.h>
#include <wx/generic/calctrlg.h>
#include <wx/popupwin.h>

#include "base/calendar_date.h"

namespace tqm::gui {

class CalendarPopup : public wxPopupTransientWindow {
  public:
    using PickHandler = std::function<void(Date)>;
    using CloseHandler = std::function<void()>;

    CalendarPopup(wxWindow* parent, Date shown, PickHandler onPick, CloseHandler onClose);

    wxGenericCalendarCtrl* calendar() const { return calendar_; }
    // What a click on the day does: picks it and closes.
    void pick(Date day);

  private:
    void OnDismiss() override;

    // The generic control, not GTK's own: it reports which day a click hit, so that a click on a
    // day picks it while the month arrows only turn the page.
    wxGenericCalendarCtrl* calendar_ = nullptr;
    PickHandler onPick_;
    CloseHandler onClose_;
    bool closed_ = false;
};

}  // namespace tqm::gui
