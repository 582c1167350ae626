// Shows where a problem is: the problem's line of the source file with a few lines around it, the
// line highlighted and selected, and the problem above.
#pragma once

#include <vector>

#include <wx/dialog.h>
#include <wx/listctrl.h>

#include "bank_browser/source_excerpt.h"
#include "base/diagnostic.h"

namespace tqm::gui {

// How many lines are shown above and below the problem's line.
inline constexpr std::uint32_t kSourceContextLines = 5;

class SourceLineDialog : public wxDialog {
  public:
    SourceLineDialog(wxWindow* parent, const Diagnostic& problem);

    const std::vector<SourceLine>& lines() const { return lines_; }
    // The number of the highlighted line; 0 when the file could not be read or has no such line.
    std::uint32_t highlightedLine() const { return highlighted_; }
    wxListCtrl* lineList() const { return list_; }

  private:
    std::vector<SourceLine> lines_;
    std::uint32_t highlighted_ = 0;
    wxListCtrl* list_ = nullptr;
};

}  // namespace tqm::gui
