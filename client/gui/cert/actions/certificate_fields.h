// The fields an issued or renewed certificate is entered with: its number, issue day, first and
// last valid days (optional: the dialog shows what the rules will give instead), issuer
// (optional: the type's or the old certificate's) and an evidence file (a scan or PDF).
#pragma once

#include <optional>
#include <string>

#include <wx/filepicker.h>
#include <wx/textctrl.h>

#include "cert/actions/action_dialog.h"
#include "widgets/date_field.h"

namespace tqm::gui {

struct CertificateFields {
    // Creates the controls in `dialog`; the issue day starts as `today`.
    CertificateFields(wxWindow* dialog, Date today);

    std::string number() const;
    Date issueDay() const { return *issuedOn->value(); }
    std::string issuer() const;
    std::string evidence() const;

    wxTextCtrl* numberBox = nullptr;
    DateField* issuedOn = nullptr;
    DateField* validFrom = nullptr;   // empty: the default
    DateField* validUntil = nullptr;  // empty: the default
    wxTextCtrl* issuerBox = nullptr;  // empty: the default
    wxFilePickerCtrl* evidencePicker = nullptr;
};

// "Default: 2029-02-19", or "Default: never expires" without a day.
wxString defaultDayHint(std::optional<Date> day);

}  // namespace tqm::gui
