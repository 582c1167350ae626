// The figures of the question on the exam view, under its stem: each image scaled down to fit
// the width and height it is given (never enlarged, aspect kept), and in place of a figure whose
// file cannot be read a line that names the file, so the person can tell the invigilator.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <wx/image.h>
#include <wx/panel.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

#include "exam/paper_image.h"

namespace tqm::gui {

class QuestionFigures : public wxPanel {
  public:
    explicit QuestionFigures(wxWindow* parent);

    // Shows the figures of a question; none hides the panel.
    void showImages(const std::vector<exam::PaperImage>& images);
    // Scales every figure to at most `width` by `maxHeight` pixels.
    void fitTo(int width, int maxHeight);

    // The size each figure is drawn at, in order; wxDefaultSize for a file that cannot be shown.
    std::vector<wxSize> shownSizes() const;
    // The placeholder lines shown for files that cannot be read.
    std::vector<wxString> missingTexts() const;

  private:
    struct Figure {
        wxImage image;  // not ok when the file cannot be read
        wxStaticBitmap* bitmap = nullptr;
        wxStaticText* missing = nullptr;
        wxString missingText;
        wxSize shown = wxDefaultSize;
    };

    const wxImage& load(const std::string& path);
    void scale(Figure& figure);

    std::vector<Figure> figures_;
    // Decoded once per exam view, since the person moves back and forth between questions.
    std::map<std::string, wxImage> loaded_;
    int width_ = 0;
    int maxHeight_ = 0;
};

}  // namespace tqm::gui
