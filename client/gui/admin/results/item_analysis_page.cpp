#include "admin/results/item_analysis_page.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "admin/results/item_detail.h"
#include "widgets/colours.h"

namespace tqm::gui {

ItemAnalysisPage::ItemAnalysisPage(wxWindow* parent) : wxPanel(parent) {
    summary_ = new wxStaticText(this, wxID_ANY, wxString());
    const wxString legendText =
        _("Difficulty P: the share who got it right. Discrimination D: the share right in the "
          "top 27% by total score minus the share right in the bottom 27%.");
    auto* legend = new wxStaticText(this, wxID_ANY, legendText);
    legend->SetForegroundColour(colour(Colour::MutedText));
    list_ = new ItemList(this);
    detail_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    // Small minimum sizes, so that the proportions below share the width, not the columns' sum.
    list_->SetMinSize(FromDIP(wxSize(320, 160)));
    detail_->SetMinSize(FromDIP(wxSize(240, 160)));
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(list_, wxSizerFlags(2).Expand());
    body->AddSpacer(FromDIP(8));
    body->Add(detail_, wxSizerFlags(1).Expand());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(summary_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(8)));
    sizer->Add(legend, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    sizer->Add(body, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
    SetSizer(sizer);
    // The legend is one sentence in Chinese, without spaces to wrap at: wrap it to the width.
    Bind(wxEVT_SIZE, [legend, legendText, this](wxSizeEvent& event) {
        legend->SetLabel(legendText);
        legend->Wrap(std::max(FromDIP(200), event.GetSize().x - FromDIP(16)));
        event.Skip();
    });

    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { showSelected(); });
}

void ItemAnalysisPage::setRows(std::vector<results::ItemRow> rows) {
    const auto flagged = static_cast<std::size_t>(
        std::count_if(rows.begin(), rows.end(), [](const auto& r) { return r.flagged(); }));
    const std::size_t people = rows.empty() ? 0 : rows.front().people;
    summary_->SetLabel(rows.empty()
                           ? _("Nobody has submitted this exam yet: there is nothing to analyse.")
                           : wxString::Format(_("%zu questions, %zu submitted papers analysed; %zu "
                                                "questions flagged."),
                                              rows.size(), people, flagged));
    list_->setRows(std::move(rows));
    if (list_->GetItemCount() > 0) {
        selectItem(0);
    } else {
        detail_->SetPage(wxString());
    }
}

void ItemAnalysisPage::selectItem(long item) {
    list_->SetItemState(item, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->EnsureVisible(item);
    showSelected();
}

void ItemAnalysisPage::showSelected() {
    const long item = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (item < 0) return;
    detail_->SetPage(wxString::FromUTF8(itemDetailHtml(list_->rowAt(item), htmlColours())));
}

}  // namespace tqm::gui
