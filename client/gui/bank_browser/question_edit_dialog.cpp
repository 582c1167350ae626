#include "bank_browser/question_edit_dialog.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "bank_browser/question_labels.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {

wxString joinTags(const std::vector<std::string>& tags) {
    wxString text;
    for (const std::string& tag : tags) {
        if (!text.empty()) text << wxString::FromUTF8("，");
        text << wxString::FromUTF8(tag);
    }
    return text;
}

wxStaticText* label(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->SetFont(parent->GetFont().Bold());
    return label;
}

}  // namespace

QuestionEditDialog::QuestionEditDialog(wxWindow* parent, const bank::Bank& bank,
                                       const bank::Question& question, SaveDraft save)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Edit question %s"), fromUtf8(question.id)),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      save_(std::move(save)) {
    SetName("QuestionEditDialog");
    const bank::QuestionDraft initial = bank::draftOf(question);
    const int border = FromDIP(16);

    auto* heading =
        new wxStaticText(this, wxID_ANY,
                         // TRANSLATORS: the question's type, its id and the title of its bank.
                         wxString::Format(_("%s %s in the bank \"%s\""), typeLabel(question.type),
                                          fromUtf8(question.id), fromUtf8(bank.title)));
    heading->SetFont(GetFont().Scaled(1.2f).Bold());

    auto* form = new wxBoxSizer(wxVERTICAL);
    stem_ = addTextBox(*form, _("Stem"), initial.stem, 84);
    form->Add(
        label(this, question.type == bank::QuestionType::TrueFalse ? _("Answer") : _("Answer key")),
        wxSizerFlags().Border(wxTOP, FromDIP(10)));
    answer_ = new AnswerEditor(this, question, initial);
    form->Add(answer_, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    explanation_ = addTextBox(*form, _("Explanation"), initial.explanation, 64);
    form->Add(buildDetailsRow(bank, initial), wxSizerFlags().Expand().Border(wxTOP, FromDIP(12)));

    problems_ = new ProblemList(this);
    problems_->SetMinSize(FromDIP(wxSize(-1, 110)));
    problems_->Hide();

    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = dynamic_cast<wxButton*>(FindWindow(wxID_OK))) ok->SetLabel(_("Save"));
    // Stock labels are translated only where wxWidgets' own catalog is installed.
    if (wxWindow* cancel = FindWindow(wxID_CANCEL)) cancel->SetLabel(_("Cancel"));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(form, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(problems_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    if (buttons) sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
    SetSizer(sizer);
    SetMinSize(FromDIP(wxSize(760, 600)));
    Fit();
    CentreOnParent();

    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { this->save(); }, wxID_OK);
}

wxTextCtrl* QuestionEditDialog::addTextBox(wxSizer& sizer, const wxString& text,
                                           const std::string& value, int height) {
    sizer.Add(label(this, text), wxSizerFlags().Border(wxTOP, FromDIP(10)));
    auto* box = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(value), wxDefaultPosition,
                               FromDIP(wxSize(-1, height)), wxTE_MULTILINE);
    sizer.Add(box, wxSizerFlags().Expand().Border(wxTOP, FromDIP(4)));
    return box;
}

wxSizer* QuestionEditDialog::buildDetailsRow(const bank::Bank& bank,
                                             const bank::QuestionDraft& draft) {
    difficulty_ = new wxSpinCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                 wxSP_ARROW_KEYS, 1, 5, draft.difficulty);
    points_ = new wxSpinCtrlDouble(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                   wxSP_ARROW_KEYS, 0, 1000, draft.points, 0.5);
    points_->SetDigits(2);
    category_ = new wxChoice(this, wxID_ANY);
    for (const bank::Category* category : bank::flattenCategories(bank.categories)) {
        const std::size_t depth = bank.categoryPath(category->id).size();
        const wxString indent(wxUniChar(0x3000), depth > 0 ? depth - 1 : 0);
        category_->Append(indent + fromUtf8(category->title));
        categoryIds_.emplace_back(category->id);
        if (category->id == draft.category) category_->SetSelection(category_->GetCount() - 1);
    }
    tags_ = new wxTextCtrl(this, wxID_ANY, joinTags(draft.tags));
    tags_->SetHint(_("Separate tags with commas"));

    auto* grid = new wxFlexGridSizer(4, FromDIP(8), FromDIP(12));
    grid->AddGrowableCol(3);
    grid->Add(label(this, _("Difficulty (1-5)")), wxSizerFlags().CentreVertical());
    grid->Add(difficulty_);
    grid->Add(label(this, _("Category")), wxSizerFlags().CentreVertical());
    grid->Add(category_, wxSizerFlags().Expand());
    grid->Add(label(this, _("Points")), wxSizerFlags().CentreVertical());
    grid->Add(points_);
    grid->Add(label(this, _("Tags")), wxSizerFlags().CentreVertical());
    grid->Add(tags_, wxSizerFlags().Expand());
    return grid;
}

bank::QuestionDraft QuestionEditDialog::draft() const {
    bank::QuestionDraft draft;
    draft.stem = stem_->GetValue().Strip(wxString::both).utf8_string();
    answer_->fillDraft(draft);
    draft.explanation = explanation_->GetValue().Strip(wxString::both).utf8_string();
    draft.difficulty = difficulty_->GetValue();
    draft.points = points_->GetValue();
    const int category = category_->GetSelection();
    if (category != wxNOT_FOUND)
        draft.category = categoryIds_.at(static_cast<std::size_t>(category));
    draft.tags = bank::splitTags(tags_->GetValue().utf8_string());
    return draft;
}

bool QuestionEditDialog::save() {
    std::vector<Diagnostic> problems = save_(draft());
    const bool saved = !hasErrors(problems);
    if (saved) {
        if (IsModal())
            EndModal(wxID_OK);
        else
            Hide();
        return true;
    }
    problems_->setProblems(std::move(problems));
    problems_->Show();
    Layout();
    return false;
}

}  // namespace tqm::gui
