// 信任工作站: the workstations whose result packages this organizer accepts. A workstation's
// public key file (written on it with 保存本机公钥) is trusted under a label such as "一车间机房";
// the keys trusted so far are listed. This workstation's own public key can be saved here too,
// for the organizer's machine.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include <wx/dialog.h>
#include <wx/filepicker.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "admin/key_store.h"
#include "compete/package_repository.h"
#include "store/database.h"

namespace tqm::gui {

class TrustedKeyList : public wxListCtrl {
  public:
    explicit TrustedKeyList(wxWindow* parent);
    void setKeys(std::vector<compete::TrustedKey> keys);
    const std::vector<compete::TrustedKey>& keys() const { return keys_; }

  private:
    wxString OnGetItemText(long item, long column) const override;
    std::vector<compete::TrustedKey> keys_;
};

class TrustDialog : public wxDialog {
  public:
    TrustDialog(wxWindow* parent, store::Database& database, admin::KeyStore& keys);

    // Trusts the key in `file` under `label`; the message says what happened (or why not).
    std::optional<compete::TrustedKey> trust(const std::filesystem::path& file,
                                             const wxString& label);
    // Writes this workstation's public key to `file`; false with the reason shown.
    bool saveOwnKey(const std::filesystem::path& file);

    wxFilePickerCtrl* keyFile() const { return file_; }
    wxTextCtrl* label() const { return label_; }
    TrustedKeyList* list() const { return list_; }
    wxString messageText() const { return message_->GetLabel(); }

  private:
    void show(const wxString& text, bool problem);

    store::Database& database_;
    admin::KeyStore& keys_;
    wxFilePickerCtrl* file_ = nullptr;
    wxTextCtrl* label_ = nullptr;
    wxStaticText* message_ = nullptr;
    TrustedKeyList* list_ = nullptr;
};

}  // namespace tqm::gui
