#include "exam/question_figures.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/log.h>
#include <wx/sizer.h>

#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {
constexpr int kGap = 12;
}

QuestionFigures::QuestionFigures(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetSizer(new wxBoxSizer(wxVERTICAL));
    Hide();
}

const wxImage& QuestionFigures::load(const std::string& path) {
    const auto found = loaded_.find(path);
    if (found != loaded_.end()) return found->second;
    wxImage image;
    {
        wxLogNull quiet;  // a missing or broken file is shown as a line of text instead
        image.LoadFile(wxString::FromUTF8(path));
    }
    return loaded_.emplace(path, image).first->second;
}

void QuestionFigures::showImages(const std::vector<exam::PaperImage>& images) {
    GetSizer()->Clear(true);
    figures_.clear();
    for (const exam::PaperImage& paperImage : images) {
        Figure figure;
        figure.image = load(paperImage.path);
        if (figure.image.IsOk()) {
            figure.bitmap = new wxStaticBitmap(this, wxID_ANY, wxBitmap());
            GetSizer()->Add(figure.bitmap, wxSizerFlags().Border(wxBOTTOM, FromDIP(kGap)));
        } else {
            figure.missingText =
                wxString::Format(_("This figure cannot be shown: the file %s is missing or "
                                   "unreadable. Tell the invigilator."),
                                 wxString::FromUTF8(paperImage.path));
            figure.missing = new wxStaticText(this, wxID_ANY, figure.missingText);
            figure.missing->SetForegroundColour(colour(Colour::Error));
            GetSizer()->Add(figure.missing, wxSizerFlags().Border(wxBOTTOM, FromDIP(kGap)));
        }
        figures_.push_back(std::move(figure));
    }
    Show(!figures_.empty());
    for (Figure& figure : figures_) scale(figure);
}

void QuestionFigures::fitTo(int width, int maxHeight) {
    if (width == width_ && maxHeight == maxHeight_) return;
    width_ = width;
    maxHeight_ = maxHeight;
    for (Figure& figure : figures_) scale(figure);
}

void QuestionFigures::scale(Figure& figure) {
    if (figure.missing) {
        if (width_ > 0) setWrappedLabel(*figure.missing, figure.missingText, width_);
        return;
    }
    if (width_ <= 0 || maxHeight_ <= 0) return;
    const int imageWidth = figure.image.GetWidth();
    const int imageHeight = figure.image.GetHeight();
    // Never enlarged: a small figure stays sharp at its own size.
    const double factor = std::min({1.0, static_cast<double>(width_) / imageWidth,
                                    static_cast<double>(maxHeight_) / imageHeight});
    const wxSize size(std::max(1, static_cast<int>(imageWidth * factor)),
                      std::max(1, static_cast<int>(imageHeight * factor)));
    if (size == figure.shown) return;
    figure.shown = size;
    const wxImage scaled = size == wxSize(imageWidth, imageHeight)
                               ? figure.image
                               : figure.image.Scale(size.x, size.y, wxIMAGE_QUALITY_HIGH);
    figure.bitmap->SetBitmap(wxBitmap(scaled));
    figure.bitmap->SetMinSize(size);
}

std::vector<wxSize> QuestionFigures::shownSizes() const {
    std::vector<wxSize> sizes;
    for (const Figure& figure : figures_)
        sizes.push_back(figure.bitmap ? figure.shown : wxDefaultSize);
    return sizes;
}

std::vector<wxString> QuestionFigures::missingTexts() const {
    std::vector<wxString> texts;
    for (const Figure& figure : figures_)
        if (figure.missing) texts.push_back(figure.missingText);
    return texts;
}

}  // namespace tqm::gui
