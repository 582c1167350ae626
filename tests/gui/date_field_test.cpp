#include <catch2/catch.hpp>

#include <chrono>
#include <vector>

#include <wx/frame.h>
#include <wx/uiaction.h>

#include "gui_session.h"
#include "widgets/calendar_popup.h"
#include "widgets/date_field.h"

using namespace tqm;
using namespace tqm::gui;

namespace {

constexpr Date kDay{std::chrono::year{2026} / 2 / 20};

Date day(int year, unsigned month, unsigned dayOfMonth) {
    return Date{std::chrono::year{year} / month / dayOfMonth};
}

// A frame holding one field, recording every day its events carried (invalid: emptied).
struct FieldWindow {
    explicit FieldWindow(std::optional<Date> initial,
                         DateField::Empty empty = DateField::Empty::NotAllowed) {
        test::startWx();
        frame = new wxFrame(nullptr, wxID_ANY, "date");
        field = new DateField(frame, initial, empty);
        frame->Show();
        field->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent& event) {
            CHECK(event.GetEventObject() == field);
            events.push_back(event.GetDate().IsValid()
                                 ? std::optional<Date>(fromDateTime(event.GetDate()))
                                 : std::nullopt);
        });
        test::pumpEvents();
    }
    ~FieldWindow() {
        frame->Destroy();
        test::pumpEvents();
    }
    FieldWindow(const FieldWindow&) = delete;
    FieldWindow& operator=(const FieldWindow&) = delete;

    void type(const char* text) { field->text()->SetValue(wxString::FromUTF8(text)); }
    void press(int keyCode) {
        wxKeyEvent key(wxEVT_KEY_DOWN);
        key.m_keyCode = keyCode;
        key.SetEventObject(field->text());
        field->text()->HandleWindowEvent(key);
    }

    wxFrame* frame = nullptr;
    DateField* field = nullptr;
    std::vector<std::optional<Date>> events;
};

}  // namespace

TEST_CASE("a date field shows its day as year-month-day whatever the locale", "[date]") {
    FieldWindow window(kDay);
    CHECK(window.field->text()->GetValue() == "2026-02-20");
    CHECK(window.field->value() == kDay);
    window.field->setValue(day(2025, 12, 1));
    CHECK(window.field->text()->GetValue() == "2025-12-01");
    // Setting the day from code is not the user changing it.
    CHECK(window.events.empty());
}

TEST_CASE("a typed day becomes the value and is announced once", "[date]") {
    FieldWindow window(kDay);
    window.type("2026-03-05");
    CHECK(window.field->value() == day(2026, 3, 5));
    CHECK_FALSE(window.field->hasProblem());
    CHECK(window.events == std::vector<std::optional<Date>>{day(2026, 3, 5)});

    SECTION("a day written as a spreadsheet writes it is shown the usual way on leaving") {
        window.type("2026/4/7");
        CHECK(window.field->value() == day(2026, 4, 7));
        wxFocusEvent leave(wxEVT_KILL_FOCUS, window.field->text()->GetId());
        leave.SetEventObject(window.field->text());
        window.field->text()->HandleWindowEvent(leave);
        CHECK(window.field->text()->GetValue() == "2026-04-07");
    }
}

TEST_CASE("text that is not a day is a problem and the last good day is kept", "[date]") {
    FieldWindow window(kDay);
    window.type("2026-02-30");
    CHECK(window.field->hasProblem());
    CHECK(window.field->value() == kDay);
    CHECK(window.events.empty());
    CHECK(window.field->problemText() ==
          wxString::FromUTF8("“2026-02-30”不是有效的日期。请按“年-月-日”填写，如 2026-02-20，"
                             "或在日历中选择。"));
    // A full-length non-day is marked at once, with the sentence as its tooltip.
    REQUIRE(window.field->text()->GetToolTip());
    CHECK(window.field->text()->GetToolTipText() == window.field->problemText());

    SECTION("correcting it clears the problem") {
        window.type("2026-02-28");
        CHECK_FALSE(window.field->hasProblem());
        CHECK(window.field->problemText().empty());
        CHECK(window.field->value() == day(2026, 2, 28));
    }
}

TEST_CASE("a required date field may not be emptied but an optional one may", "[date]") {
    SECTION("required") {
        FieldWindow window(kDay);
        window.type("");
        CHECK(window.field->hasProblem());
        CHECK(window.field->value() == kDay);
        CHECK(window.field->problemText() == wxString::FromUTF8("请填写日期，如 2026-02-20。"));
        CHECK(window.events.empty());
    }
    SECTION("optional") {
        FieldWindow window(kDay, DateField::Empty::Allowed);
        window.type("");
        CHECK_FALSE(window.field->hasProblem());
        CHECK_FALSE(window.field->value());
        CHECK(window.events == std::vector<std::optional<Date>>{std::nullopt});
        // An empty optional field starts from today when a key moves it.
        FieldWindow empty(std::nullopt, DateField::Empty::Allowed);
        CHECK(empty.field->text()->GetValue().empty());
        CHECK_FALSE(empty.field->value());
    }
}

TEST_CASE("Up and Down move the day by one, Page Up and Page Down by a month", "[date]") {
    FieldWindow window(day(2026, 1, 31));
    window.press(WXK_UP);
    CHECK(window.field->value() == day(2026, 2, 1));
    window.press(WXK_DOWN);
    window.press(WXK_DOWN);
    CHECK(window.field->value() == day(2026, 1, 30));
    window.press(WXK_PAGEUP);
    CHECK(window.field->value() == day(2026, 2, 28));
    CHECK(window.field->text()->GetValue() == "2026-02-28");
    CHECK(window.events == std::vector<std::optional<Date>>{day(2026, 2, 1), day(2026, 1, 31),
                                                            day(2026, 1, 30), day(2026, 2, 28)});
}

TEST_CASE("the calendar opens on the field's day and a picked day becomes the value", "[date]") {
    FieldWindow window(kDay);
    window.field->openCalendar();
    CalendarPopup* popup = window.field->calendar();
    REQUIRE(popup);
    CHECK(fromDateTime(popup->calendar()->GetDate()) == kDay);

    // Enter on a day in the calendar, as the keyboard picks one.
    popup->calendar()->SetDate(toDateTime(day(2026, 3, 9)));
    wxCalendarEvent enter(popup->calendar(), popup->calendar()->GetDate(),
                          wxEVT_CALENDAR_DOUBLECLICKED);
    popup->calendar()->HandleWindowEvent(enter);
    CHECK(window.field->value() == day(2026, 3, 9));
    CHECK(window.field->text()->GetValue() == "2026-03-09");
    CHECK(window.field->calendar() == nullptr);
    CHECK(window.events == std::vector<std::optional<Date>>{day(2026, 3, 9)});
    test::pumpEvents();

    SECTION("the calendar button opens it again, on the new day") {
        wxCommandEvent click(wxEVT_BUTTON, window.field->calendarButton()->GetId());
        click.SetEventObject(window.field->calendarButton());
        window.field->calendarButton()->HandleWindowEvent(click);
        REQUIRE(window.field->calendar());
        CHECK(fromDateTime(window.field->calendar()->calendar()->GetDate()) == day(2026, 3, 9));
        window.field->calendar()->pick(day(2026, 3, 10));
        CHECK(window.field->value() == day(2026, 3, 10));
    }
}

TEST_CASE("clicking a day in the calendar picks it and closes the calendar", "[date]") {
    FieldWindow window(kDay);
    window.field->openCalendar();
    REQUIRE(test::pumpUntil(
        [&] { return window.field->calendar() && window.field->calendar()->IsShown(); }));
    wxGenericCalendarCtrl& calendar = *window.field->calendar()->calendar();
    // Where 2026-02-25 is drawn, found by asking the calendar what each point shows.
    const auto pointOf = [&](Date wanted) -> std::optional<wxPoint> {
        const wxSize size = calendar.GetClientSize();
        for (int y = 0; y < size.y; y += 2)
            for (int x = 0; x < size.x; x += 2) {
                wxDateTime hit;
                if (calendar.HitTest(wxPoint(x, y), &hit) == wxCAL_HITTEST_DAY &&
                    fromDateTime(hit) == wanted)
                    return calendar.ClientToScreen(wxPoint(x + 4, y + 4));
            }
        return std::nullopt;
    };
    const std::optional<wxPoint> target = pointOf(day(2026, 2, 25));
    REQUIRE(target);
    wxUIActionSimulator mouse;
    mouse.MouseMove(*target);
    mouse.MouseClick();
    REQUIRE(test::pumpUntil([&] { return window.field->calendar() == nullptr; }));
    CHECK(window.field->value() == day(2026, 2, 25));
    CHECK(window.events == std::vector<std::optional<Date>>{day(2026, 2, 25)});
}
