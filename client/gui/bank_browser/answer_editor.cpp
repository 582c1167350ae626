#include "bank_browser/answer_editor.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/tokenzr.h>

#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

using bank::QuestionType;

// Matching pairs are typed "prompt => answer"; the full-width arrow is accepted too.
const wxString kPairArrow = " => ";

bool hasCorrectColumn(QuestionType type) {
    return type == QuestionType::SingleChoice || type == QuestionType::MultipleChoice;
}

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

}  // namespace

AnswerEditor::AnswerEditor(wxWindow* parent, const bank::Question& question,
                           const bank::QuestionDraft& draft)
    : wxPanel(parent), type_(question.type) {
    SetSizer(new wxBoxSizer(wxVERTICAL));
    switch (type_) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
        case QuestionType::Ordering:
            buildOptions(draft);
            break;
        case QuestionType::TrueFalse:
            buildTrueFalse(draft);
            break;
        case QuestionType::FillBlank: {
            wxString text;
            for (const bank::DraftBlank& blank : draft.blanks)
                text << utf8(bank::blankToLine(blank)) << '\n';
            buildLines(_("One line per blank, in the order of the blanks (____) in the stem. "
                         "Separate answers that are all right with |; write a number answer as "
                         "#3.14 or #3.14:0.01 (value:tolerance)."),
                       text.Trim());
            break;
        }
        case QuestionType::Matching: {
            wxString text;
            for (const bank::DraftPair& pair : draft.pairs)
                text << utf8(pair.prompt) << kPairArrow << utf8(pair.answer) << '\n';
            buildLines(_("One pair per line: the prompt, then =>, then its answer."), text.Trim());
            break;
        }
        case QuestionType::ShortAnswer:
            buildLines(_("The reference answer the marker compares with."),
                       utf8(draft.referenceAnswer));
            break;
    }
}

void AnswerEditor::buildOptions(const bank::QuestionDraft& draft) {
    options_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 150)),
                                      wxDV_ROW_LINES | wxDV_SINGLE);
    if (hasCorrectColumn(type_))
        options_->AppendToggleColumn(_("Correct"), wxDATAVIEW_CELL_ACTIVATABLE, FromDIP(70));
    options_->AppendTextColumn(
        type_ == QuestionType::Ordering ? _("Item (in the right order)") : _("Option"),
        wxDATAVIEW_CELL_EDITABLE, FromDIP(560));
    for (const bank::DraftChoice& choice : draft.choices) {
        wxVector<wxVariant> row;
        if (hasCorrectColumn(type_)) row.push_back(wxVariant(choice.correct));
        row.push_back(wxVariant(utf8(choice.text)));
        options_->AppendItem(row);
    }
    auto* add = new wxButton(this, wxID_ANY, _("Add"));
    auto* remove = new wxButton(this, wxID_ANY, _("Remove"));
    auto* up = new wxButton(this, wxID_ANY, _("Move up"));
    auto* down = new wxButton(this, wxID_ANY, _("Move down"));
    auto* buttons = new wxBoxSizer(wxVERTICAL);
    for (wxButton* button : {add, remove, up, down})
        buttons->Add(button, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(4)));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(options_, wxSizerFlags(1).Expand());
    row->Add(buttons, wxSizerFlags().Border(wxLEFT, FromDIP(8)));
    GetSizer()->Add(row, wxSizerFlags(1).Expand());
    auto* hint = new wxStaticText(this, wxID_ANY, _("Double-click an option's text to edit it."));
    hint->SetForegroundColour(colour(Colour::MutedText));
    GetSizer()->Add(hint, wxSizerFlags().Border(wxTOP, FromDIP(4)));

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxVector<wxVariant> row;
        if (hasCorrectColumn(type_)) row.push_back(wxVariant(false));
        row.push_back(wxVariant(_("New option")));
        options_->AppendItem(row);
        const int last = options_->GetItemCount() - 1;
        options_->SelectRow(static_cast<unsigned>(last));
        options_->EditItem(options_->RowToItem(last),
                           options_->GetColumn(options_->GetColumnCount() - 1));
    });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int row = options_->GetSelectedRow();
        if (row != wxNOT_FOUND) options_->DeleteItem(static_cast<unsigned>(row));
    });
    up->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveSelectedOption(-1); });
    down->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { moveSelectedOption(1); });
}

void AnswerEditor::moveSelectedOption(int by) {
    const int row = options_->GetSelectedRow();
    const int target = row + by;
    if (row == wxNOT_FOUND || target < 0 || target >= options_->GetItemCount()) return;
    const unsigned columns = options_->GetColumnCount();
    for (unsigned column = 0; column < columns; ++column) {
        wxVariant a;
        wxVariant b;
        options_->GetValue(a, static_cast<unsigned>(row), column);
        options_->GetValue(b, static_cast<unsigned>(target), column);
        options_->SetValue(b, static_cast<unsigned>(row), column);
        options_->SetValue(a, static_cast<unsigned>(target), column);
    }
    options_->SelectRow(static_cast<unsigned>(target));
}

void AnswerEditor::buildTrueFalse(const bank::QuestionDraft& draft) {
    true_ =
        new wxRadioButton(this, wxID_ANY, _("True"), wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    false_ = new wxRadioButton(this, wxID_ANY, _("False"));
    (draft.answerTrue ? true_ : false_)->SetValue(true);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(true_, wxSizerFlags().Border(wxRIGHT, FromDIP(24)));
    row->Add(false_);
    GetSizer()->Add(row);
}

void AnswerEditor::buildLines(const wxString& hint, const wxString& text) {
    lines_ = new wxTextCtrl(this, wxID_ANY, text, wxDefaultPosition, FromDIP(wxSize(-1, 110)),
                            wxTE_MULTILINE);
    GetSizer()->Add(lines_, wxSizerFlags(1).Expand());
    auto* label = new wxStaticText(this, wxID_ANY, wxString());
    label->SetForegroundColour(colour(Colour::MutedText));
    setWrappedLabel(*label, hint, FromDIP(640));
    GetSizer()->Add(label, wxSizerFlags().Border(wxTOP, FromDIP(4)));
}

void AnswerEditor::fillDraft(bank::QuestionDraft& draft) const {
    switch (type_) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
        case QuestionType::Ordering: {
            draft.choices.clear();
            const bool marks = hasCorrectColumn(type_);
            for (int row = 0; row < options_->GetItemCount(); ++row) {
                const auto r = static_cast<unsigned>(row);
                bank::DraftChoice choice;
                choice.correct = marks && options_->GetToggleValue(r, 0);
                choice.text =
                    options_->GetTextValue(r, marks ? 1 : 0).Trim().Trim(false).utf8_string();
                draft.choices.push_back(std::move(choice));
            }
            break;
        }
        case QuestionType::TrueFalse:
            draft.answerTrue = true_->GetValue();
            break;
        case QuestionType::FillBlank: {
            draft.blanks.clear();
            wxStringTokenizer lines(lines_->GetValue(), "\n", wxTOKEN_STRTOK);
            while (lines.HasMoreTokens()) {
                const wxString line = lines.GetNextToken();
                if (!line.Strip(wxString::both).empty())
                    draft.blanks.push_back(bank::blankFromLine(line.utf8_string()));
            }
            break;
        }
        case QuestionType::Matching: {
            draft.pairs.clear();
            wxStringTokenizer lines(lines_->GetValue(), "\n", wxTOKEN_STRTOK);
            while (lines.HasMoreTokens()) {
                wxString line = lines.GetNextToken();
                line.Replace(wxString::FromUTF8("⇒"), "=>");
                const int arrow = line.Find("=>");
                if (line.Strip(wxString::both).empty()) continue;
                bank::DraftPair pair;
                pair.prompt =
                    (arrow == wxNOT_FOUND ? line : line.Left(static_cast<std::size_t>(arrow)))
                        .Strip(wxString::both)
                        .utf8_string();
                if (arrow != wxNOT_FOUND)
                    pair.answer = line.Mid(static_cast<std::size_t>(arrow) + 2)
                                      .Strip(wxString::both)
                                      .utf8_string();
                draft.pairs.push_back(std::move(pair));
            }
            break;
        }
        case QuestionType::ShortAnswer:
            draft.referenceAnswer = lines_->GetValue().Strip(wxString::both).utf8_string();
            break;
    }
}

}  // namespace tqm::gui
