#include "admin/papers/blueprint_editor.h"

#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statbox.h>

#include "bank_browser/question_labels.h"
#include "exam/points.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

BlueprintEditor::BlueprintEditor(wxWindow* parent, BlueprintDocument& document,
                                 const BankLibrary& library, std::filesystem::path defaultFolder,
                                 std::function<void()> onOpened)
    : wxPanel(parent),
      document_(document),
      library_(library),
      defaultFolder_(std::move(defaultFolder)),
      onOpened_(std::move(onOpened)) {
    openButton_ = new wxButton(this, wxID_ANY, _("Open blueprint..."));
    save_ = new wxButton(this, wxID_ANY, _("Save"));
    fileLabel_ = new wxStaticText(this, wxID_ANY, _("No blueprint is open."));
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(openButton_);
    bar->Add(save_, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    bar->Add(fileLabel_, wxSizerFlags(1).CenterVertical().Border(wxLEFT, FromDIP(12)));

    rules_ = new RuleList(this, document_);
    auto* ruleBox = new wxStaticBoxSizer(wxVERTICAL, this, _("Selected rule"));
    form_ = new RuleForm(ruleBox->GetStaticBox(), document_, [this] { refreshCounts(); });
    auto* addSection = new wxButton(this, wxID_ANY, _("Add section"));
    auto* addRule = new wxButton(this, wxID_ANY, _("Add rule"));
    auto* removeRule = new wxButton(this, wxID_ANY, _("Remove rule"));
    totals_ = new wxStaticText(this, wxID_ANY, {});
    totals_->SetFont(GetFont().Bold());
    auto* ruleButtons = new wxBoxSizer(wxHORIZONTAL);
    ruleButtons->Add(addSection);
    ruleButtons->Add(addRule, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    ruleButtons->Add(removeRule, wxSizerFlags().Border(wxLEFT, FromDIP(6)));
    ruleButtons->Add(totals_, wxSizerFlags(1).CenterVertical().Border(wxLEFT, FromDIP(16)));
    problems_ = new BlueprintProblems(this);

    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(makeHeader(), wxSizerFlags().Expand());

    ruleBox->Add(form_, wxSizerFlags().Expand().Border(wxALL, FromDIP(4)));
    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(rules_, wxSizerFlags(1).Expand());
    right->Add(ruleButtons, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
    right->Add(ruleBox, wxSizerFlags().Expand());

    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    columns->Add(left, wxSizerFlags(0).Expand());
    columns->Add(right, wxSizerFlags(1).Expand().Border(wxLEFT, FromDIP(12)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    sizer->Add(columns, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Problems")),
               wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(8)));
    problems_->SetMinSize(FromDIP(wxSize(-1, 96)));
    sizer->Add(problems_, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    SetSizer(sizer);

    openButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { chooseFile(); });
    save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveFile(); });
    addSection->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->addSection(); });
    addRule->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->addRule(); });
    removeRule->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->removeRule(); });
    rules_->Bind(wxEVT_LIST_ITEM_SELECTED,
                 [this](wxListEvent&) { form_->show(rules_->selected()); });
    showDocument();
}

wxSizer* BlueprintEditor::makeHeader() {
    id_ = new wxTextCtrl(this, wxID_ANY);
    title_ = new wxTextCtrl(this, wxID_ANY);
    bank_ = new wxChoice(this, wxID_ANY);
    avoidRecent_ = new wxSpinCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize,
                                  wxSP_ARROW_KEYS, 0, 100, 0);
    shuffleQuestions_ = new wxCheckBox(this, wxID_ANY, _("Shuffle questions in each section"));
    shuffleOptions_ = new wxCheckBox(this, wxID_ANY, _("Shuffle choice options"));
    paperMode_ = new wxChoice(this, wxID_ANY);
    paperMode_->Append(_("Same paper for everyone"));
    paperMode_->Append(_("A paper for each person"));
    orderingScoring_ = new wxChoice(this, wxID_ANY);
    orderingScoring_->Append(_("Ordering: all or nothing"));
    orderingScoring_->Append(_("Ordering: points per position"));

    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1);
    const auto row = [&](const wxString& label, wxWindow* field) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CenterVertical());
        grid->Add(field, wxSizerFlags().Expand());
    };
    row(_("Blueprint id"), id_);
    row(_("Title"), title_);
    row(_("Question bank"), bank_);
    row(_("Avoid questions of the last attempts"), avoidRecent_);
    row(_("Papers"), paperMode_);
    row(_("Scoring"), orderingScoring_);
    grid->AddSpacer(0);
    grid->Add(shuffleQuestions_);
    grid->AddSpacer(0);
    grid->Add(shuffleOptions_);
    grid->SetMinSize(FromDIP(wxSize(400, -1)));

    for (wxTextCtrl* text : {id_, title_})
        text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { applyHeader(); });
    for (wxChoice* choice : {paperMode_, orderingScoring_})
        choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { applyHeader(); });
    for (wxCheckBox* check : {shuffleQuestions_, shuffleOptions_})
        check->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { applyHeader(); });
    avoidRecent_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { applyHeader(); });
    bank_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (filling_ || !document_.isOpen() || bank_->GetSelection() < 0) return;
        document_.useBank(bank_->GetStringSelection().utf8_string());
        form_->show(rules_->selected());
        refreshCounts();
    });
    return grid;
}

bool BlueprintEditor::openFile(const std::filesystem::path& file) {
    std::vector<Diagnostic> problems;
    if (!document_.open(file, problems)) {
        problems_->showDiagnostics(problems);
        return false;
    }
    showDocument();
    if (rules_->rowCount() > 0) {
        rules_->select(rules_->place(0));
        form_->show(rules_->place(0));
    }
    onOpened_();
    return true;
}

bool BlueprintEditor::saveFile() {
    if (!document_.isOpen()) return false;
    const BlueprintDocument::SaveResult saved = document_.save();
    if (!saved.problems.empty()) {
        problems_->showDiagnostics(saved.problems);
        return false;
    }
    if (!saved.error.empty()) {
        wxMessageBox(wxString::Format(_("The blueprint could not be saved: %s\nCheck that the "
                                        "folder exists and can be written, then save again."),
                                      fromUtf8(saved.error)),
                     _("Save blueprint"), wxOK | wxICON_ERROR, this);
        return false;
    }
    refreshCounts();
    onOpened_();
    return true;
}

void BlueprintEditor::chooseFile() {
    wxFileDialog dialog(this, _("Open blueprint"), wxString::FromUTF8(defaultFolder_.string()), {},
                        _("Blueprints (*.xml)|*.xml"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    openFile(std::filesystem::path(dialog.GetPath().utf8_string()));
}

void BlueprintEditor::showDocument() {
    filling_ = true;
    const bool open = document_.isOpen();
    for (wxWindow* child : GetChildren())
        if (child != fileLabel_ && child != openButton_) child->Enable(open);
    bank_->Clear();
    for (const LoadedBank& loaded : library_.banks())
        if (bank_->FindString(fromUtf8(loaded.bank().id), true) == wxNOT_FOUND)
            bank_->Append(fromUtf8(loaded.bank().id));
    if (open) {
        const exam::Blueprint& blueprint = document_.blueprint();
        id_->ChangeValue(fromUtf8(blueprint.id));
        title_->ChangeValue(fromUtf8(blueprint.title));
        if (bank_->FindString(fromUtf8(blueprint.bankId), true) == wxNOT_FOUND)
            bank_->Append(fromUtf8(blueprint.bankId));
        bank_->SetStringSelection(fromUtf8(blueprint.bankId));
        avoidRecent_->SetValue(int(blueprint.options.avoidRecentAttempts));
        shuffleQuestions_->SetValue(blueprint.options.shuffleQuestions);
        shuffleOptions_->SetValue(blueprint.options.shuffleOptions);
        paperMode_->SetSelection(blueprint.options.mode == exam::PaperMode::PerPerson ? 1 : 0);
        orderingScoring_->SetSelection(
            blueprint.options.orderingScoring == exam::OrderingScoring::PerPosition ? 1 : 0);
    }
    filling_ = false;
    form_->show(std::nullopt);
    refreshCounts();
}

void BlueprintEditor::refreshCounts() {
    rules_->refresh();
    if (!document_.isOpen()) {
        totals_->SetLabel({});
        return;
    }
    const exam::Blueprint& blueprint = document_.blueprint();
    wxString name = fromUtf8(document_.file().filename().string());
    if (document_.modified()) name += wxS(" *");
    fileLabel_->SetLabel(name);
    save_->Enable(document_.modified());
    totals_->SetLabel(
        wxString::Format(wxPLURAL("%zu question, %s points in all",
                                  "%zu questions, %s points in all", blueprint.questionCount()),
                         blueprint.questionCount(), pointsLabel(blueprint.totalPoints())));
    problems_->showDocument(document_);
    Layout();
}

void BlueprintEditor::applyHeader() {
    if (filling_ || !document_.isOpen()) return;
    exam::Blueprint& blueprint = document_.blueprint();
    blueprint.id = id_->GetValue().utf8_string();
    blueprint.title = title_->GetValue().utf8_string();
    blueprint.options.avoidRecentAttempts = std::uint32_t(avoidRecent_->GetValue());
    blueprint.options.shuffleQuestions = shuffleQuestions_->GetValue();
    blueprint.options.shuffleOptions = shuffleOptions_->GetValue();
    blueprint.options.mode =
        paperMode_->GetSelection() == 1 ? exam::PaperMode::PerPerson : exam::PaperMode::SamePaper;
    blueprint.options.orderingScoring = orderingScoring_->GetSelection() == 1
                                            ? exam::OrderingScoring::PerPosition
                                            : exam::OrderingScoring::AllOrNothing;
    document_.changed();
    refreshCounts();
}

void BlueprintEditor::addSection() {
    if (!document_.isOpen()) return;
    auto& sections = document_.blueprint().sections;
    exam::BlueprintSection section;
    section.title = _("New section").utf8_string();
    section.pointsPerQuestion = 100;
    exam::DrawRule rule;
    rule.count = 1;
    section.rules.push_back(rule);
    sections.push_back(std::move(section));
    document_.changed();
    refreshCounts();
    const RulePlace place{sections.size() - 1, 0};
    rules_->select(place);
    form_->show(place);
}

void BlueprintEditor::addRule() {
    const auto selected = rules_->selected();
    if (!document_.isOpen() || document_.blueprint().sections.empty()) return;
    const std::size_t s = selected ? selected->section : document_.blueprint().sections.size() - 1;
    auto& rules = document_.blueprint().sections[s].rules;
    exam::DrawRule rule;
    rule.count = 1;
    rules.push_back(rule);
    document_.changed();
    refreshCounts();
    const RulePlace place{s, rules.size() - 1};
    rules_->select(place);
    form_->show(place);
}

void BlueprintEditor::removeRule() {
    const auto selected = rules_->selected();
    if (!document_.isOpen() || !selected) return;
    auto& sections = document_.blueprint().sections;
    auto& section = sections[selected->section];
    section.rules.erase(section.rules.begin() + std::ptrdiff_t(selected->rule));
    // A section left with nothing to put on the paper goes with its last rule.
    if (section.rules.empty() && section.fixed.empty())
        sections.erase(sections.begin() + std::ptrdiff_t(selected->section));
    document_.changed();
    form_->show(std::nullopt);
    refreshCounts();
}

}  // namespace tqm::gui
