#include "practice/choose_page.h"

#include <array>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "widgets/colours.h"

namespace tqm::gui {

namespace {
constexpr std::array<std::size_t, 4> kCounts{10, 20, 50, 0};
enum Column { kTitle, kKind, kQuestions };
}  // namespace

ChoosePage::ChoosePage(wxWindow* parent) : wxPanel(parent) {
    auto* heading = new wxStaticText(this, wxID_ANY, _("Practice"));
    heading->SetFont(GetFont().Scaled(1.4f).Bold());
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        _("Choose a course or a category and answer one question at a time; each answer is "
          "checked at once."));
    intro->SetForegroundColour(colour(Colour::MutedText));

    list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Practise"), wxLIST_FORMAT_LEFT, FromDIP(300));
    list_->AppendColumn(_("From"), wxLIST_FORMAT_LEFT, FromDIP(260));
    list_->AppendColumn(_("Questions"), wxLIST_FORMAT_RIGHT, FromDIP(80));

    const wxString counts[] = {_("10 questions"), _("20 questions"), _("50 questions"), _("All")};
    count_ = new wxRadioBox(this, wxID_ANY, _("How many"), wxDefaultPosition, wxDefaultSize,
                            WXSIZEOF(counts), counts, 1, wxRA_SPECIFY_COLS);
    random_ = new wxCheckBox(this, wxID_ANY, _("Random order"));
    random_->SetValue(true);
    start_ = new wxButton(this, wxID_ANY, _("Start practice"));
    start_->SetFont(GetFont().Bold());

    auto* side = new wxBoxSizer(wxVERTICAL);
    side->Add(count_, wxSizerFlags().Expand());
    side->Add(random_, wxSizerFlags().Border(wxTOP, FromDIP(10)));
    side->Add(start_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(16)));
    side->Add(buildBookCard(), wxSizerFlags().Expand().Border(wxTOP, FromDIP(28)));

    const int border = FromDIP(16);
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(list_, wxSizerFlags(1).Expand());
    body->Add(side, wxSizerFlags().Border(wxLEFT, border));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->AddSpacer(FromDIP(6));
    sizer->Add(intro, wxSizerFlags().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(body, wxSizerFlags(1).Expand().Border(wxALL, border));
    SetSizer(sizer);

    // The titles take the room the list has; the question count keeps its own width.
    list_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        const int room = list_->GetClientSize().x - list_->GetColumnWidth(kQuestions);
        if (room <= 0) return;
        list_->SetColumnWidth(kTitle, room * 55 / 100);
        list_->SetColumnWidth(kKind, room - room * 55 / 100);
    });
    start_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startSelected(); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { startSelected(); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED,
                [this](wxListEvent&) { start_->Enable(list_->GetFirstSelected() >= 0); });
    review_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onReview_) onReview_();
    });
    book_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onBook_) onBook_();
    });
}

wxWindow* ChoosePage::buildBookCard() {
    auto* card = new wxPanel(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME);
    card->SetBackgroundColour(colour(Colour::Background));
    auto* heading = new wxStaticText(card, wxID_ANY, _("Wrong-answer book"));
    heading->SetFont(GetFont().Scaled(1.15f).Bold());
    bookCount_ = new wxStaticText(card, wxID_ANY, wxString());
    review_ = new wxButton(card, wxID_ANY, _("Today's review"));
    book_ = new wxButton(card, wxID_ANY, _("Open the book"));
    const int padding = FromDIP(12);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, padding));
    sizer->Add(bookCount_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(6)));
    sizer->Add(review_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, padding));
    sizer->Add(book_, wxSizerFlags().Expand().Border(wxALL, padding));
    card->SetSizer(sizer);
    return card;
}

void ChoosePage::show(std::vector<PracticeSource> sources, std::size_t inBook, std::size_t due) {
    const long selected = list_->GetFirstSelected();
    sources_ = std::move(sources);
    list_->DeleteAllItems();
    for (std::size_t i = 0; i < sources_.size(); ++i) {
        const long row = list_->InsertItem(static_cast<long>(i), sources_[i].title);
        list_->SetItem(row, kKind, sources_[i].kind);
        list_->SetItem(row, kQuestions, wxString::Format("%zu", sources_[i].questions));
    }
    if (!sources_.empty())
        list_->Select(selected >= 0 && selected < static_cast<long>(sources_.size()) ? selected
                                                                                     : 0);
    start_->Enable(!sources_.empty());
    bookCount_->SetLabel(wxString::Format(_("In the book: %zu\nDue today: %zu"), inBook, due));
    review_->SetLabel(wxString::Format(_("Today's review (%zu)"), due));
    review_->Enable(due > 0);
    Layout();
}

RoundRequest ChoosePage::request() const {
    RoundRequest request;
    request.source = static_cast<std::size_t>(std::max(0L, list_->GetFirstSelected()));
    const int count = count_->GetSelection();
    request.limit = count >= 0 ? kCounts[static_cast<std::size_t>(count)] : 0;
    request.random = random_->GetValue();
    return request;
}

void ChoosePage::startSelected() {
    if (list_->GetFirstSelected() < 0 || sources_.empty() || !onStart_) return;
    onStart_(request());
}

}  // namespace tqm::gui
