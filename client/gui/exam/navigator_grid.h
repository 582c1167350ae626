// The exam view's map of the paper: one numbered cell per question, coloured as answered,
// flagged or not answered yet, the current question outlined; a click goes to that question.
// Drawn by hand so that a hundred cells stay one window.
#pragma once

#include <functional>
#include <vector>

#include <wx/scrolwin.h>

namespace tqm::gui {

struct NavigatorCell {
    bool answered = false;
    bool flagged = false;
};

class NavigatorGrid : public wxScrolledCanvas {
  public:
    explicit NavigatorGrid(wxWindow* parent);

    void setCells(std::vector<NavigatorCell> cells, std::size_t current);
    const std::vector<NavigatorCell>& cells() const { return cells_; }
    std::size_t current() const { return current_; }
    void setClickHandler(std::function<void(std::size_t)> handler) {
        onClick_ = std::move(handler);
    }

    // The colours of the legend and of the cells, from the theme.
    static wxColour answeredColour();
    static wxColour flaggedColour();
    static wxColour unansweredColour();

  private:
    void onPaint(wxPaintEvent& event);
    void onClick(wxMouseEvent& event);
    int columns() const;
    int cellSize() const { return FromDIP(38); }
    int gap() const { return FromDIP(6); }
    void updateVirtualSize();

    std::vector<NavigatorCell> cells_;
    std::size_t current_ = 0;
    std::function<void(std::size_t)> onClick_;
};

}  // namespace tqm::gui
