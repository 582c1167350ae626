// What the certificate dialogs that act (issue, renew, revoke, review) have in common: a form of
// labelled fields, each with room for a hint ("default: 2029-02-19") and for the reason a request
// was refused, a line for refusals that concern no one field, and OK/Cancel. OK saves through
// the core (save()); a refusal keeps the dialog open.
#pragma once

#include <cstdint>
#include <exception>
#include <map>
#include <optional>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "cert/actions/desk_refusal_text.h"
#include "cert/certificate_desk.h"
#include "store/database.h"

namespace tqm::gui {

class ActionDialog : public wxDialog {
  public:
    // Saves through the certificate desk; false, with the reason shown, when it was refused.
    virtual bool save() = 0;

    // The certificate the action created or changed, once saved.
    std::optional<std::int64_t> savedCertificateId() const { return saved_; }
    // The refusal shown at the field ("" when none), for tests and screen readers alike.
    wxString errorText(DeskField field) const;
    // The hint under the field ("" when none).
    wxString hintText(DeskField field) const;
    wxButton* okButton() const;

  protected:
    ActionDialog(wxWindow* parent, const wxString& title, store::Database& database);

    // Adds a labelled row. `field` names the row for hints and refusals.
    void addRow(const wxString& label, wxWindow* control, std::optional<DeskField> field = {});
    void setHint(DeskField field, const wxString& hint);
    // Builds the dialog around `top` (what it acts on; may be null) and the rows.
    void finish(wxSizer* top, const wxString& okLabel);

    // Fits the dialog's height to what it shows now.
    void refit();
    void clearRefusal();
    void showRefusal(DeskAction action, const cert::ActionRefusal& refusal,
                     const RequestFacts& facts);
    // An unexpected failure of the database: shown, nothing saved.
    void showFailure(const std::exception& error);
    void saved(std::int64_t certificateId) { saved_ = certificateId; }

    // Runs one desk call: its refusal is shown beside its field, an unexpected failure is shown
    // too, and a saved result records the certificate `savedId` names. True when saved.
    template <typename DeskCall, typename SavedId>
    bool act(DeskAction action, const RequestFacts& facts, DeskCall call, SavedId savedId) {
        try {
            cert::CertificateDesk desk(database());
            const auto result = call(desk);
            if (!result.ok()) {
                showRefusal(action, *result.refusal, facts);
                return false;
            }
            saved(savedId(*result.value));
            return true;
        } catch (const std::exception& error) {
            showFailure(error);
            return false;
        }
    }

    Date today() const;
    store::Database& database() { return database_; }

  private:
    struct FieldNotes {
        wxStaticText* hint = nullptr;
        wxStaticText* error = nullptr;
    };
    void showError(DeskField field, const wxString& text);

    store::Database& database_;
    wxFlexGridSizer* grid_ = nullptr;
    std::map<DeskField, FieldNotes> notes_;
    wxStaticText* general_ = nullptr;
    std::map<DeskField, wxString> errors_;  // as shown, before wrapping
    std::optional<std::int64_t> saved_;
};

}  // namespace tqm::gui
