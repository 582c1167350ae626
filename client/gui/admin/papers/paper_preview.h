// 试卷预览: the paper the core assembles from the open blueprint for a seed, every question in
// shown order with its answer key and points. A seed is typed in or rolled, and can be copied
// to rebuild the same paper elsewhere.
#pragma once

#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/html/htmlwin.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "admin/papers/blueprint_problems.h"
#include "admin/papers/papers_context.h"

namespace tqm::gui {

class PaperPreview : public wxPanel {
  public:
    PaperPreview(wxWindow* parent, PapersContext& context);

    // Assembles and shows the paper of the seed in the field; false when there is none.
    bool showPaper();
    void setSeed(std::uint64_t seed);
    void rollSeed();
    // Puts the seed on the clipboard; false when the clipboard cannot be opened.
    bool copySeed();

    wxTextCtrl* seed() const { return seed_; }
    // The question ids of the paper shown, in shown order.
    const std::vector<std::string>& questionIds() const { return questionIds_; }
    wxStaticText* summary() const { return summary_; }

  private:
    PapersContext& context_;
    wxTextCtrl* seed_ = nullptr;
    wxStaticText* summary_ = nullptr;
    BlueprintProblems* problems_ = nullptr;
    wxHtmlWindow* paper_ = nullptr;
    std::vector<std::string> questionIds_;
};

}  // namespace tqm::gui
