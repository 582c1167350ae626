#include "widgets/date_field.h"

#include <algorithm>
#include <chrono>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "widgets/calendar_popup.h"
#include "widgets/colours.h"
#include "widgets/icons.h"

namespace tqm::gui {

namespace {

// As long as a day is written in full: text this long that is not a day is not still being typed.
constexpr std::size_t kFullDayLength = 10;

Date today() {
    return fromDateTime(wxDateTime::Today());
}

}  // namespace

wxDateTime toDateTime(Date day) {
    const std::chrono::year_month_day date(day);
    return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(static_cast<unsigned>(date.day())),
                      static_cast<wxDateTime::Month>(static_cast<unsigned>(date.month()) - 1),
                      static_cast<int>(date.year()));
}

Date fromDateTime(const wxDateTime& time) {
    return std::chrono::sys_days(std::chrono::year(time.GetYear()) /
                                 std::chrono::month(static_cast<unsigned>(time.GetMonth()) + 1) /
                                 std::chrono::day(time.GetDay()));
}

DateField::DateField(wxWindow* parent, std::optional<Date> initial, Empty empty)
    : wxPanel(parent),
      empty_(empty),
      day_(empty == Empty::Allowed ? initial : initial.value_or(today())) {
    text_ = new wxTextCtrl(this, wxID_ANY, day_ ? wxString(formatDate(*day_)) : wxString());
    // TRANSLATORS: the hint in an empty date field.
    const wxString hint = _("YYYY-MM-DD");
    text_->SetHint(hint);
    // Room for a day or the hint, whichever is wider in the field's own font, and the theme's
    // padding.
    const int width = std::max(text_->GetTextExtent(wxS("0000-00-00")).GetWidth(),
                               text_->GetTextExtent(hint).GetWidth()) +
                      FromDIP(24);
    text_->SetMinSize(wxSize(width, -1));
    normalBackground_ = text_->GetBackgroundColour();
    button_ = new wxBitmapButton(this, wxID_ANY,
                                 themedIcon("calendar", colour(Colour::Text), wxSize(16, 16)));
    button_->SetToolTip(_("Choose the day on a calendar"));

    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(text_, wxSizerFlags(1).CentreVertical());
    sizer->Add(button_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(2)));
    SetSizer(sizer);

    text_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { textEdited(); });
    text_->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        textLeft();
        event.Skip();
    });
    text_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) { keyPressed(event); });
    button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openCalendar(); });
}

void DateField::setValue(std::optional<Date> day) {
    if (!day && empty_ == Empty::NotAllowed) return;
    day_ = day;
    problem_ = false;
    text_->ChangeValue(day ? wxString(formatDate(*day)) : wxString());
    showProblem(false);
}

wxDateTime DateField::GetValue() const {
    return day_ ? toDateTime(*day_) : wxDefaultDateTime;
}

void DateField::SetValue(const wxDateTime& time) {
    setValue(time.IsValid() ? std::optional<Date>(fromDateTime(time)) : std::nullopt);
}

wxString DateField::problemText() const {
    if (!problem_) return {};
    if (text_->GetValue().Strip(wxString::both).empty())
        return _("Enter a day, such as 2026-02-20.");
    return wxString::Format(_("\"%s\" is not a day. Write it as year-month-day, such as "
                              "2026-02-20, or choose it on the calendar."),
                            text_->GetValue().Strip(wxString::both));
}

void DateField::textEdited() {
    const wxString typed = text_->GetValue().Strip(wxString::both);
    if (typed.empty()) {
        problem_ = empty_ == Empty::NotAllowed;
        if (!problem_ && day_) {
            day_.reset();
            notify();
        }
        showProblem(false);
        return;
    }
    const std::optional<Date> parsed = parseDate(typed.utf8_string());
    problem_ = !parsed;
    if (parsed && parsed != day_) {
        day_ = parsed;
        notify();
    }
    // Not while a day is still being typed: "2026-0" is on its way to being one.
    showProblem(problem_ && typed.length() >= kFullDayLength);
}

void DateField::textLeft() {
    if (problem_) {
        showProblem(true);
        return;
    }
    // 2026/2/5 as typed becomes 2026-02-05, the way every day is shown.
    if (day_) text_->ChangeValue(formatDate(*day_));
}

void DateField::keyPressed(wxKeyEvent& event) {
    const Date from = day_.value_or(today());
    switch (event.GetKeyCode()) {
        case WXK_UP:
        case WXK_NUMPAD_UP:
            change(from + std::chrono::days{1});
            return;
        case WXK_DOWN:
        case WXK_NUMPAD_DOWN:
            change(from - std::chrono::days{1});
            return;
        case WXK_PAGEUP:
        case WXK_NUMPAD_PAGEUP:
            change(addMonths(from, 1));
            return;
        case WXK_PAGEDOWN:
        case WXK_NUMPAD_PAGEDOWN:
            change(addMonths(from, -1));
            return;
        default:
            event.Skip();
    }
}

void DateField::openCalendar() {
    if (popup_) return;
    popup_ = new CalendarPopup(
        this, day_.value_or(today()), [this](Date day) { change(day); },
        [this] {
            popup_ = nullptr;
            text_->SetFocus();
        });
    // Under the field, its left edge on the text's.
    const wxPoint corner = ClientToScreen(wxPoint(0, 0));
    popup_->Position(corner, wxSize(0, GetSize().GetHeight()));
    popup_->Popup(popup_->calendar());
}

void DateField::change(std::optional<Date> day) {
    const bool changed = day != day_;
    day_ = day;
    problem_ = false;
    text_->ChangeValue(day ? wxString(formatDate(*day)) : wxString());
    text_->SetInsertionPointEnd();
    showProblem(false);
    if (changed) notify();
}

void DateField::showProblem(bool shown) {
    const wxColour background = shown ? colour(Colour::StatusMissing) : normalBackground_;
    if (text_->GetBackgroundColour() != background) {
        text_->SetBackgroundColour(background);
        text_->Refresh();
    }
    text_->SetToolTip(shown ? problemText() : wxString());
}

void DateField::notify() {
    wxDateEvent event(this, GetValue(), wxEVT_DATE_CHANGED);
    ProcessWindowEvent(event);
}

}  // namespace tqm::gui
