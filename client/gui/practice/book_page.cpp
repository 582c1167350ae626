#include "practice/book_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "widgets/colours.h"

namespace tqm::gui {

BookPage::BookPage(wxWindow* parent) : wxPanel(parent) {
    auto* heading = new wxStaticText(this, wxID_ANY, _("Wrong-answer book"));
    heading->SetFont(GetFont().Scaled(1.3f).Bold());
    count_ = new wxStaticText(this, wxID_ANY, wxString());
    count_->SetForegroundColour(colour(Colour::MutedText));
    list_ = new BookList(this);
    review_ = new wxButton(this, wxID_ANY, _("Today's review"));
    back_ = new wxButton(this, wxID_ANY, _("Back to practice"));

    const int border = FromDIP(16);
    auto* header = new wxBoxSizer(wxHORIZONTAL);
    auto* texts = new wxBoxSizer(wxVERTICAL);
    texts->Add(heading);
    texts->Add(count_, wxSizerFlags().Border(wxTOP, FromDIP(4)));
    header->Add(texts, wxSizerFlags(1).CentreVertical());
    header->Add(back_, wxSizerFlags().CentreVertical());
    header->Add(review_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(12)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(header, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxALL, border));
    SetSizer(sizer);
    review_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onReview_) onReview_();
    });
    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onBack_) onBack_();
    });
}

void BookPage::show(std::vector<session::BookRow> rows, std::size_t reviewCount) {
    count_->SetLabel(
        rows.empty()
            ? _("Your wrong-answer book is empty: questions you answer wrong are kept here for "
                "review.")
            : wxString::Format(
                  wxPLURAL("%zu question in the book, %zu due for review today.",
                           "%zu questions in the book, %zu due for review today.", rows.size()),
                  rows.size(), reviewCount));
    list_->setRows(std::move(rows));
    review_->SetLabel(wxString::Format(_("Today's review (%zu)"), reviewCount));
    review_->Enable(reviewCount > 0);
    Layout();
}

}  // namespace tqm::gui
