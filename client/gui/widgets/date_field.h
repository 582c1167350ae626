// A calendar day entered by the user: the one date control every dialog and page uses, so that
// days look the same everywhere (2026-02-20) whatever the system's locale says. The day is typed
// (2026-02-20, or 2026/2/20 as spreadsheets write it) or picked from a calendar that the button
// beside it drops down; Up and Down move it by a day, Page Up and Page Down by a month. Text that
// is not a day is marked as a problem and value() keeps the last good day. An optional field may
// be left empty. Changing the day sends wxEVT_DATE_CHANGED (a wxDateEvent) from this window.
#pragma once

#include <optional>

#include <wx/bmpbuttn.h>
#include <wx/dateevt.h>
#include <wx/panel.h>
#include <wx/textctrl.h>

#include "base/calendar_date.h"

namespace tqm::gui {

class CalendarPopup;

class DateField : public wxPanel {
  public:
    enum class Empty { NotAllowed, Allowed };

    DateField(wxWindow* parent, std::optional<Date> initial, Empty empty = Empty::NotAllowed);

    // The day shown; nullopt only for an optional field left empty. While the text is not a day,
    // the last good one.
    std::optional<Date> value() const { return day_; }
    // Shows the day (or nothing, for an optional field) without sending an event.
    void setValue(std::optional<Date> day);

    // Whether the text typed is not a day (or is empty in a field that needs one). Dialogs check
    // this before saving.
    bool hasProblem() const { return problem_; }
    // The sentence saying what is wrong with the text, empty when nothing is.
    wxString problemText() const;

    // The text the day is typed in.
    wxTextCtrl* text() const { return text_; }
    wxBitmapButton* calendarButton() const { return button_; }
    // Drops the calendar down under the field, showing the day (today's month when empty).
    void openCalendar();
    // The calendar while it is dropped down, else nullptr.
    CalendarPopup* calendar() const { return popup_; }

    // Code written for wxDatePickerCtrl keeps working: picker()->GetValue()/SetValue() read and
    // set the day as a wxDateTime (invalid when empty).
    DateField* picker() { return this; }
    wxDateTime GetValue() const;
    void SetValue(const wxDateTime& time);

  private:
    void textEdited();
    void textLeft();
    void keyPressed(wxKeyEvent& event);
    // Sets the day from a pick or a key, showing it and sending the event when it changed.
    void change(std::optional<Date> day);
    void showProblem(bool shown);
    void notify();

    Empty empty_;
    std::optional<Date> day_;
    bool problem_ = false;
    wxTextCtrl* text_ = nullptr;
    wxBitmapButton* button_ = nullptr;
    CalendarPopup* popup_ = nullptr;
    wxColour normalBackground_;
};

// A calendar day as wxWidgets' date controls take it (local midnight), and back.
wxDateTime toDateTime(Date day);
Date fromDateTime(const wxDateTime& time);

}  // namespace tqm::gui
