#include "widgets/date_field.h"

#include <chrono>

#include <wx/sizer.h>

namespace tqm::gui {

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

DateField::DateField(wxWindow* parent, std::optional<Date> initial, Empty empty) : wxPanel(parent) {
    long style = wxDP_DROPDOWN | wxDP_SHOWCENTURY;
    if (empty == Empty::Allowed) {
        style |= wxDP_ALLOWNONE;
    }
    picker_ =
        new wxDatePickerCtrl(this, wxID_ANY, initial ? toDateTime(*initial) : wxDefaultDateTime,
                             wxDefaultPosition, wxDefaultSize, style);
    // The generic GTK control shows today when created without a day; an optional field starts
    // empty.
    if (!initial && empty == Empty::Allowed) picker_->SetValue(wxDefaultDateTime);
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(picker_, wxSizerFlags(1).CentreVertical());
    SetSizer(sizer);
}

std::optional<Date> DateField::value() const {
    const wxDateTime time = picker_->GetValue();
    if (!time.IsValid()) {
        return std::nullopt;
    }
    return fromDateTime(time);
}

void DateField::setValue(std::optional<Date> day) {
    picker_->SetValue(day ? toDateTime(*day) : wxDefaultDateTime);
}

}  // namespace tqm::gui
