#include "widgets/calendar_popup.h"

#include <wx/sizer.h>

#include "widgets/colours.h"
#include "widgets/date_field.h"

namespace tqm::gui {

CalendarPopup::CalendarPopup(wxWindow* parent, Date shown, PickHandler onPick, CloseHandler onClose)
    : wxPopupTransientWindow(parent, wxBORDER_SIMPLE),
      onPick_(std::move(onPick)),
      onClose_(std::move(onClose)) {
    SetFont(parent->GetFont());
    calendar_ = new wxGenericCalendarCtrl(
        this, wxID_ANY, toDateTime(shown), wxDefaultPosition, wxDefaultSize,
        wxCAL_MONDAY_FIRST | wxCAL_SHOW_SURROUNDING_WEEKS | wxCAL_SEQUENTIAL_MONTH_SELECTION);
    // Arrows rather than a month list and a year box: a drop-down list inside this popup would
    // close it on GTK when opened.
    calendar_->SetHeaderColours(colour(Colour::Text), colour(Colour::TableHeader));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(calendar_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(4)));
    SetSizerAndFit(sizer);

    calendar_->Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent& event) {
        wxDateTime hit;
        if (calendar_->HitTest(event.GetPosition(), &hit) == wxCAL_HITTEST_DAY && hit.IsValid()) {
            // After the calendar has seen the click too, so that it is not left mid-gesture.
            const Date day = fromDateTime(hit);
            CallAfter([this, day] { pick(day); });
        }
        event.Skip();
    });
    // The generic calendar reports Enter on its focused day as a double click.
    calendar_->Bind(wxEVT_CALENDAR_DOUBLECLICKED,
                    [this](wxCalendarEvent& event) { pick(fromDateTime(event.GetDate())); });
}

void CalendarPopup::pick(Date day) {
    if (closed_) return;
    PickHandler handler = onPick_;
    Dismiss();
    OnDismiss();
    if (handler) handler(day);
}

void CalendarPopup::OnDismiss() {
    if (closed_) return;
    closed_ = true;
    if (onClose_) onClose_();
    // Not at once: the popup may be inside one of its own event handlers.
    CallAfter([this] { Destroy(); });
}

}  // namespace tqm::gui
