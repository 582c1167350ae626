// The fields of the rule selected in the blueprint editor and of its section: section title,
// question type, points per question and fixed questions; the rule's category, difficulty range,
// tags, positions and count. Every change goes into the document at once.
#pragma once

#include <functional>
#include <optional>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>

#include "admin/papers/blueprint_document.h"
#include "admin/papers/rule_list.h"

namespace tqm::gui {

class RuleForm : public wxPanel {
  public:
    RuleForm(wxWindow* parent, BlueprintDocument& document, std::function<void()> onChange);

    // Fills the fields from the rule (and its section); disables them without one.
    void show(std::optional<RulePlace> place);

    wxTextCtrl* sectionTitle() const { return sectionTitle_; }
    wxChoice* type() const { return type_; }
    wxTextCtrl* points() const { return points_; }
    wxTextCtrl* fixed() const { return fixed_; }
    wxChoice* category() const { return category_; }
    wxCheckBox* subCategories() const { return subCategories_; }
    wxSpinCtrl* minDifficulty() const { return minDifficulty_; }
    wxSpinCtrl* maxDifficulty() const { return maxDifficulty_; }
    wxTextCtrl* tags() const { return tags_; }
    wxTextCtrl* positions() const { return positions_; }
    wxSpinCtrl* count() const { return count_; }

  private:
    void fillCategories();
    void apply();

    BlueprintDocument& document_;
    std::function<void()> onChange_;
    std::optional<RulePlace> place_;
    std::vector<std::string> categoryIds_;  // by choice index; "" is the whole bank
    bool filling_ = false;

    wxTextCtrl* sectionTitle_ = nullptr;
    wxChoice* type_ = nullptr;
    wxTextCtrl* points_ = nullptr;
    wxTextCtrl* fixed_ = nullptr;
    wxChoice* category_ = nullptr;
    wxCheckBox* subCategories_ = nullptr;
    wxSpinCtrl* minDifficulty_ = nullptr;
    wxSpinCtrl* maxDifficulty_ = nullptr;
    wxTextCtrl* tags_ = nullptr;
    wxTextCtrl* positions_ = nullptr;
    wxSpinCtrl* count_ = nullptr;
};

// "a、b, c" -> {"a", "b", "c"}: lists are typed with commas or the Chinese enumeration comma.
std::vector<std::string> splitList(const wxString& text);

}  // namespace tqm::gui
