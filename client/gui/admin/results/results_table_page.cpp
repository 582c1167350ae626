#include "admin/results/results_table_page.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "admin/results/result_texts.h"
#include "bank_browser/question_labels.h"
#include "results/result_statistics.h"

namespace tqm::gui {

using results::OutcomeFilter;

ResultsTablePage::ResultsTablePage(wxWindow* parent) : wxPanel(parent) {
    search_ =
        new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(220, -1)));
    search_->SetDescriptiveText(_("Search employee no., name or unit"));
    search_->ShowCancelButton(true);
    // The choices follow OutcomeFilter's order.
    const wxString outcomes[] = {_("All results"), _("Passed"), _("Failed"), _("Awaiting marking"),
                                 _("In progress")};
    outcome_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 5, outcomes);
    outcome_->SetSelection(0);
    unit_ = new wxChoice(this, wxID_ANY);
    summary_ = new wxStaticText(this, wxID_ANY, wxString());
    summary_->SetFont(GetFont().Bold());

    list_ = new ResultList(this);
    histogram_ = new ScoreHistogramChart(this);
    categories_ = new CategoryChart(this);

    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    filters->Add(search_, wxSizerFlags().CenterVertical());
    filters->AddSpacer(FromDIP(8));
    filters->Add(outcome_, wxSizerFlags().CenterVertical());
    filters->AddSpacer(FromDIP(8));
    filters->Add(unit_, wxSizerFlags().CenterVertical());
    filters->AddSpacer(FromDIP(16));
    filters->Add(summary_, wxSizerFlags(1).CenterVertical());

    auto* charts = new wxBoxSizer(wxVERTICAL);
    charts->Add(histogram_, wxSizerFlags(3).Expand());
    charts->AddSpacer(FromDIP(8));
    charts->Add(categories_, wxSizerFlags(2).Expand());

    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(list_, wxSizerFlags(3).Expand());
    body->AddSpacer(FromDIP(8));
    body->Add(charts, wxSizerFlags(2).Expand());

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(filters, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    sizer->Add(body, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
    SetSizer(sizer);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        readFilterControls();
        applyFilter();
    });
    outcome_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        readFilterControls();
        applyFilter();
    });
    unit_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        readFilterControls();
        applyFilter();
    });
    fillUnits();
}

void ResultsTablePage::setRows(std::vector<results::ResultRow> rows, exam::Centipoints passMark) {
    rows_ = std::move(rows);
    passMark_ = passMark;
    fillUnits();
    readFilterControls();
    applyFilter();
}

void ResultsTablePage::setFilter(const results::ResultFilter& filter) {
    search_->ChangeValue(wxString::FromUTF8(filter.text));
    outcome_->SetSelection(static_cast<int>(filter.outcome));
    const auto unit = std::find(units_.begin(), units_.end(), filter.unit);
    unit_->SetSelection(filter.unit.empty() || unit == units_.end()
                            ? 0
                            : static_cast<int>(unit - units_.begin()) + 1);
    readFilterControls();
    applyFilter();
}

void ResultsTablePage::readFilterControls() {
    filter_.text = search_->GetValue().ToStdString(wxConvUTF8);
    filter_.outcome = static_cast<OutcomeFilter>(std::max(0, outcome_->GetSelection()));
    const int unit = unit_->GetSelection();
    filter_.unit = unit > 0 ? units_[static_cast<std::size_t>(unit - 1)] : std::string();
}

void ResultsTablePage::fillUnits() {
    const std::string chosen = filter_.unit;
    units_ = results::unitsOf(rows_);
    unit_->Clear();
    unit_->Append(_("All units"));
    for (const std::string& unit : units_) unit_->Append(fromUtf8(unit));
    const auto found = std::find(units_.begin(), units_.end(), chosen);
    unit_->SetSelection(found == units_.end() ? 0 : static_cast<int>(found - units_.begin()) + 1);
}

void ResultsTablePage::applyFilter() {
    std::vector<std::size_t> shown = results::filterRows(rows_, filter_);
    const results::ResultSummary summary = results::summarize(rows_, shown);
    wxString text = wxString::Format(_("%zu of %zu shown"), summary.shown, summary.total);
    if (summary.meanPoints) {
        text += wxString::FromUTF8("  ·  ") +
                wxString::Format(_("mean %.1f"), *summary.meanPoints) +
                wxString::FromUTF8("  ·  ") +
                wxString::Format(_("pass rate %s"), percentText(*summary.passRate));
    }
    summary_->SetLabel(text);
    histogram_->setData(results::scoreHistogram(rows_, shown, passMark_));
    categories_->setData(results::categoryShares(rows_, shown));
    list_->setRows(&rows_, std::move(shown));
    Layout();
}

}  // namespace tqm::gui
