// 签发证书 Enter a certificate earned elsewhere (中国质量协会, a government body): the holder
// (given when opened from a person's page, otherwise found by 工号 or name), the type, and the
// certificate's fields. The dates and issuer left empty take what the type's rules give, which
// the dialog shows under each field before anything is saved. Saved by
// cert::CertificateDesk::issueExternal, as `tqm cert issue` does.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <wx/choice.h>
#include <wx/srchctrl.h>

#include "cert/actions/action_dialog.h"
#include "cert/actions/certificate_fields.h"
#include "cert/cert_snapshot.h"
#include "cert/person_picker.h"

namespace tqm::gui {

class IssueCertificateDialog : public ActionDialog {
  public:
    IssueCertificateDialog(wxWindow* parent, store::Database& database,
                           std::shared_ptr<const CertificateSnapshot> snapshot,
                           std::optional<std::int64_t> personId);

    bool save() override;

    // The holder chosen; nothing until one is.
    std::optional<std::int64_t> personId() const;
    // Chooses the type by its code; false when there is no such type.
    bool chooseType(const std::string& code);

    wxSearchCtrl* personSearch() const { return search_; }  // null when the person is given
    PersonPicker* personPicker() const { return picker_; }  // null when the person is given
    wxChoice* typeChoice() const { return type_; }
    CertificateFields& fields() { return fields_; }

  private:
    wxWindow* buildPersonField(std::optional<std::int64_t> personId);
    const cert::CertificateType* chosenType() const;
    void updateHints();

    std::shared_ptr<const CertificateSnapshot> snapshot_;
    std::optional<std::int64_t> givenPerson_;
    wxSearchCtrl* search_ = nullptr;
    PersonPicker* picker_ = nullptr;
    wxChoice* type_ = nullptr;
    std::vector<const cert::CertificateType*> types_;  // in the choice's order
    CertificateFields fields_;
};

}  // namespace tqm::gui
