#include "bank_browser/bank_browser_panel.h"

#include <wx/image.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "bank_browser/question_preview.h"
#include "widgets/colours.h"
#include "widgets/html_word_break.h"

namespace tqm::gui {

namespace {
// The list's share of the height; the rest is the preview, which needs the room to be read.
constexpr double kListShare = 0.42;
}  // namespace

BankBrowserPanel::BankBrowserPanel(wxWindow* parent, const BankLibrary& library)
    : wxPanel(parent), library_(library) {
    outerSplitter_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3DSASH);
    tree_ = new CategoryTree(outerSplitter_);

    rightSplitter_ = new wxSplitterWindow(outerSplitter_, wxID_ANY, wxDefaultPosition,
                                          wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    auto* listPane = new wxPanel(rightSplitter_);
    search_ = new wxSearchCtrl(listPane, wxID_ANY);
    search_->ShowCancelButton(true);
    search_->SetDescriptiveText(_("Search stems, options, explanations, tags and ids"));
    list_ = new QuestionList(listPane, library_);
    auto* listSizer = new wxBoxSizer(wxVERTICAL);
    listSizer->Add(search_, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(6)));
    listSizer->Add(list_, wxSizerFlags(1).Expand());
    listPane->SetSizer(listSizer);

    preview_ = new wxHtmlWindow(rightSplitter_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    preview_->SetStandardFonts(GetFont().GetPointSize(), GetFont().GetFaceName());
    enableWordBreakTag(*preview_);

    rightSplitter_->SetMinimumPaneSize(FromDIP(120));
    rightSplitter_->SetSashGravity(kListShare);
    rightSplitter_->SplitHorizontally(listPane, preview_);
    outerSplitter_->SetMinimumPaneSize(FromDIP(160));
    outerSplitter_->SetSashGravity(0.0);
    outerSplitter_->SplitVertically(tree_, rightSplitter_, FromDIP(280));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(buildActionBar(),
               wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(8)));
    sizer->Add(outerSplitter_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(8)));
    SetSizer(sizer);

    tree_->Bind(wxEVT_TREE_SEL_CHANGED, [this](wxTreeEvent&) { refilter(); });
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refilter(); });
    search_->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) { search_->Clear(); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED,
                [this](wxListEvent& event) { showPreview(event.GetIndex()); });
    Bind(wxEVT_SYS_COLOUR_CHANGED, &BankBrowserPanel::onSysColourChanged, this);
    // The splitter only knows its real height once laid out; the sash is placed then, once.
    rightSplitter_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        const int height = event.GetSize().y;
        if (sashPlaced_ || height < FromDIP(300)) return;
        sashPlaced_ = true;
        // After the splitter's own size handling, which would move the sash again.
        CallAfter([this, height] {
            rightSplitter_->SetSashPosition(static_cast<int>(height * kListShare));
        });
    });
    preview_->SetPage(wxString::FromUTF8(emptyPreviewHtml(htmlColours())));
}

wxSizer* BankBrowserPanel::buildActionBar() {
    import_ = new wxButton(this, wxID_ANY, _("Import bank..."));
    import_->SetToolTip(_("Import a native, Moodle XML, GIFT or CSV file as a new bank"));
    edit_ = new wxButton(this, wxID_ANY, _("Edit question..."));
    edit_->SetToolTip(_("Edit the selected question (or double-click it)"));
    export_ = new wxButton(this, wxID_ANY, _("Export to Moodle XML..."));
    export_->SetToolTip(_("Export the bank or category selected in the tree"));
    lock_ = new wxButton(this, wxID_ANY, _("Lock"));
    lock_->SetToolTip(_("Lock the organizer screens until the password is typed again"));
    edit_->Disable();
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(import_, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
    bar->Add(edit_, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
    bar->Add(export_);
    bar->AddStretchSpacer();
    bar->Add(lock_);
    return bar;
}

void BankBrowserPanel::showBanks() {
    tree_->showBanks(library_);
    refilter();
}

bool BankBrowserPanel::selectScope(const CategoryScope& scope) {
    const wxTreeItemId node = tree_->findNode(scope);
    if (!node.IsOk()) return false;
    tree_->EnsureVisible(node);
    tree_->SelectItem(node);
    // Not every port sends the selection event for a program-driven change; filtering twice
    // gives the same rows.
    refilter();
    return true;
}

void BankBrowserPanel::selectRow(long row) {
    list_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->EnsureVisible(row);
    showPreview(row);
}

std::optional<long> BankBrowserPanel::rowOf(std::uint32_t bankIndex, std::string_view id) const {
    const auto& rows = list_->rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].bank == bankIndex && list_->questionAt(static_cast<long>(i)).id == id)
            return static_cast<long>(i);
    }
    return std::nullopt;
}

void BankBrowserPanel::setSearchText(const wxString& text) {
    search_->SetValue(text);
    refilter();
}

void BankBrowserPanel::refilter() {
    std::vector<const bank::Bank*> banks;
    for (const LoadedBank& loaded : library_.banks()) banks.push_back(&loaded.bank());
    const std::optional<CategoryScope> scope = tree_->selectedScope();
    const SearchText search(search_->GetValue().utf8_string());
    list_->setRows(filterQuestions(banks, scope ? &*scope : nullptr, search));
    previewRow_ = -1;
    edit_->Disable();
    preview_->SetPage(wxString::FromUTF8(emptyPreviewHtml(htmlColours())));
    if (onListChanged_) onListChanged_(list_->rows().size(), library_.questionCount());
}

void BankBrowserPanel::showPreview(long row) {
    if (row < 0 || static_cast<std::size_t>(row) >= list_->rows().size()) return;
    previewRow_ = row;
    edit_->Enable();
    const QuestionRef& ref = list_->rows()[static_cast<std::size_t>(row)];
    const LoadedBank& loaded = library_.banks().at(ref.bank);
    const std::string html =
        questionPreviewHtml(loaded.bank(), list_->questionAt(row), loaded.file.parent_path(),
                            htmlColours(), [](const std::filesystem::path& file) {
                                std::optional<PixelSize> size;
                                wxLogNull quiet;  // an unreadable image is simply not scaled
                                const wxImage image(wxString::FromUTF8(file.string()));
                                if (image.IsOk())
                                    size = PixelSize{image.GetWidth(), image.GetHeight()};
                                return size;
                            });
    preview_->SetPage(wxString::FromUTF8(html));
}

void BankBrowserPanel::onSysColourChanged(wxSysColourChangedEvent& event) {
    if (previewRow_ >= 0)
        showPreview(previewRow_);
    else
        preview_->SetPage(wxString::FromUTF8(emptyPreviewHtml(htmlColours())));
    event.Skip();
}

}  // namespace tqm::gui
