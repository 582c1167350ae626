#include "widgets/html_word_break.h"

#include <memory>

#include <wx/html/htmlcell.h>
#include <wx/html/winpars.h>

namespace tqm::gui {

namespace {

// No size and draws nothing; wx would count such a cell as pure formatting, which never allows
// a line break, hence the override.
class WordBreakCell : public wxHtmlCell {
  public:
    bool IsLinebreakAllowed() const override { return true; }
};

class WordBreakTagHandler : public wxHtmlWinTagHandler {
  public:
    wxString GetSupportedTags() override { return "WBR"; }

    bool HandleTag(const wxHtmlTag&) override {
        // The container takes ownership.
        m_WParser->GetContainer()->InsertCell(std::make_unique<WordBreakCell>().release());
        return false;
    }
};

}  // namespace

void enableWordBreakTag(wxHtmlWindow& window) {
    // The parser owns its handlers and deletes them with itself.
    window.GetParser()->AddTagHandler(std::make_unique<WordBreakTagHandler>().release());
}

}  // namespace tqm::gui
