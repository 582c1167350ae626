// One kind of certificate file in the import dialog: what the file holds, its columns (Chinese
// headers, required ones marked *), the file chosen for it and a link that saves an empty
// template to fill in.
#pragma once

#include <filesystem>
#include <optional>

#include <wx/button.h>
#include <wx/hyperlink.h>
#include <wx/panel.h>
#include <wx/textctrl.h>

#include "cert/import/cert_file_kind.h"

namespace tqm::gui {

class CertFileRow : public wxPanel {
  public:
    CertFileRow(wxWindow* parent, CertFileKind kind, int number);

    CertFileKind kind() const { return kind_; }
    // The file typed or chosen; nothing when the field is empty.
    std::optional<std::filesystem::path> file() const;
    void setFile(const std::filesystem::path& file);
    // Writes the template to `file`; shows what went wrong and returns false when it cannot.
    bool saveTemplate(const std::filesystem::path& file);

  private:
    void chooseFile();
    void chooseTemplateFile();

    CertFileKind kind_;
    wxTextCtrl* path_ = nullptr;
    wxButton* browse_ = nullptr;
    wxHyperlinkCtrl* template_ = nullptr;
};

}  // namespace tqm::gui
