// 组卷规则: the blueprint editor. Opens a blueprint file, edits its title, bank, shuffling and
// paper options and its sections and draw rules, shows for every rule how many questions it can
// draw from in the bank, the paper's totals and every problem, and saves the file atomically.
#pragma once

#include <filesystem>
#include <functional>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "admin/papers/blueprint_document.h"
#include "admin/papers/blueprint_problems.h"
#include "admin/papers/rule_form.h"
#include "admin/papers/rule_list.h"

namespace tqm::gui {

class BlueprintEditor : public wxPanel {
  public:
    // `onOpened` is called whenever another blueprint is opened or the open one saved.
    BlueprintEditor(wxWindow* parent, BlueprintDocument& document, const BankLibrary& library,
                    std::filesystem::path defaultFolder, std::function<void()> onOpened);

    // Opens the file; problems that stop it are shown in the problem list. False when no
    // blueprint could be read.
    bool openFile(const std::filesystem::path& file);
    // Saves; false (with the problems or the error shown) when nothing was written.
    bool saveFile();

    RuleList* rules() const { return rules_; }
    RuleForm* form() const { return form_; }
    BlueprintProblems* problems() const { return problems_; }
    wxStaticText* totals() const { return totals_; }
    wxTextCtrl* title() const { return title_; }
    wxCheckBox* shuffleQuestions() const { return shuffleQuestions_; }

  private:
    wxSizer* makeHeader();
    void showDocument();
    void refreshCounts();
    void applyHeader();
    void addSection();
    void addRule();
    void removeRule();
    void chooseFile();

    BlueprintDocument& document_;
    const BankLibrary& library_;
    std::filesystem::path defaultFolder_;
    std::function<void()> onOpened_;
    bool filling_ = false;

    wxButton* openButton_ = nullptr;
    wxStaticText* fileLabel_ = nullptr;
    wxButton* save_ = nullptr;
    wxTextCtrl* id_ = nullptr;
    wxTextCtrl* title_ = nullptr;
    wxChoice* bank_ = nullptr;
    wxSpinCtrl* avoidRecent_ = nullptr;
    wxCheckBox* shuffleQuestions_ = nullptr;
    wxCheckBox* shuffleOptions_ = nullptr;
    wxChoice* paperMode_ = nullptr;
    wxChoice* orderingScoring_ = nullptr;
    RuleList* rules_ = nullptr;
    RuleForm* form_ = nullptr;
    wxStaticText* totals_ = nullptr;
    BlueprintProblems* problems_ = nullptr;
};

}  // namespace tqm::gui
