// 设置 Settings: the interface language and the font size. A choice takes effect at once (the
// main window is relabelled or resized behind the dialog, so the user sees what they chose) and
// is remembered for the next start.
#pragma once

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace tqm::gui {

class MainFrame;

class SettingsDialog : public wxDialog {
  public:
    explicit SettingsDialog(MainFrame& frame);

    wxChoice* languageChoice() const { return language_; }
    wxRadioBox* fontSizeBox() const { return fontSize_; }
    wxString sampleText() const { return sample_->GetLabel(); }
    wxTextCtrl* organizationField() const { return organization_; }

  private:
    void build();
    void onLanguage();
    void onFontSize();

    MainFrame& frame_;
    wxChoice* language_ = nullptr;
    wxRadioBox* fontSize_ = nullptr;
    wxStaticText* sample_ = nullptr;
    wxTextCtrl* organization_ = nullptr;
};

}  // namespace tqm::gui
