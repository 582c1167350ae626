#include "admin/papers/rule_form.h"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/tokenzr.h>

#include "bank_browser/question_labels.h"
#include "exam/points.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

namespace {

wxString joinedList(const std::vector<std::string>& values) {
    wxString text;
    for (const std::string& value : values) {
        if (!text.empty()) text += wxS("、");
        text += fromUtf8(value);
    }
    return text;
}

// "2", "2.5", "0.25" as centipoints; nullopt for anything else.
std::optional<exam::Centipoints> parsePoints(const wxString& text) {
    double value = 0;
    if (!text.Strip(wxString::both).ToCDouble(&value) || value < 0) return std::nullopt;
    return exam::toCentipoints(value);
}

}  // namespace

std::vector<std::string> splitList(const wxString& text) {
    std::vector<std::string> values;
    wxStringTokenizer tokens(text, wxS(",，、;；"), wxTOKEN_STRTOK);
    while (tokens.HasMoreTokens()) {
        const wxString value = tokens.GetNextToken().Strip(wxString::both);
        if (!value.empty()) values.push_back(value.utf8_string());
    }
    return values;
}

RuleForm::RuleForm(wxWindow* parent, BlueprintDocument& document, std::function<void()> onChange)
    : wxPanel(parent), document_(document), onChange_(std::move(onChange)) {
    sectionTitle_ = new wxTextCtrl(this, wxID_ANY);
    type_ = new wxChoice(this, wxID_ANY);
    for (bank::QuestionType type : bank::kAllQuestionTypes) type_->Append(typeLabel(type));
    points_ = new wxTextCtrl(this, wxID_ANY);
    fixed_ = new wxTextCtrl(this, wxID_ANY);
    fixed_->SetHint(_("Question ids, separated by commas"));
    category_ = new wxChoice(this, wxID_ANY);
    subCategories_ = new wxCheckBox(this, wxID_ANY, _("Include sub-categories"));
    minDifficulty_ = new wxSpinCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize,
                                    wxSP_ARROW_KEYS, 1, 5, 1);
    maxDifficulty_ = new wxSpinCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize,
                                    wxSP_ARROW_KEYS, 1, 5, 5);
    tags_ = new wxTextCtrl(this, wxID_ANY);
    tags_->SetHint(_("Any one of these tags"));
    positions_ = new wxTextCtrl(this, wxID_ANY);
    positions_->SetHint(_("Any one of these positions"));
    count_ = new wxSpinCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                            1, 10000, 1);

    // Two pairs of label and field per row, so the form fits under the rule list.
    auto* grid = new wxFlexGridSizer(4, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1);
    grid->AddGrowableCol(3);
    const auto pair = [&](const wxString& label, wxWindow* field) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CenterVertical());
        grid->Add(field, wxSizerFlags().Expand());
    };
    pair(_("Section title"), sectionTitle_);
    pair(_("Question type"), type_);
    pair(_("Points each"), points_);
    pair(_("Fixed questions"), fixed_);
    pair(_("Category"), category_);
    grid->AddSpacer(0);
    grid->Add(subCategories_, wxSizerFlags().CenterVertical());
    auto* difficulty = new wxBoxSizer(wxHORIZONTAL);
    difficulty->Add(minDifficulty_);
    difficulty->Add(new wxStaticText(this, wxID_ANY, wxS("–")),
                    wxSizerFlags().CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(6)));
    difficulty->Add(maxDifficulty_);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Difficulty")), wxSizerFlags().CenterVertical());
    grid->Add(difficulty);
    pair(_("Questions to draw"), count_);
    pair(_("Tags"), tags_);
    pair(_("Positions"), positions_);
    SetSizer(grid);

    for (wxWindow* text : {static_cast<wxWindow*>(sectionTitle_), static_cast<wxWindow*>(points_),
                           static_cast<wxWindow*>(fixed_), static_cast<wxWindow*>(tags_),
                           static_cast<wxWindow*>(positions_)})
        text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { apply(); });
    type_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply(); });
    category_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply(); });
    subCategories_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { apply(); });
    for (wxSpinCtrl* spin : {minDifficulty_, maxDifficulty_, count_})
        spin->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { apply(); });
    // The right-hand fields keep a usable width beside the wider ones on the left.
    for (wxWindow* field : {static_cast<wxWindow*>(type_), static_cast<wxWindow*>(fixed_),
                            static_cast<wxWindow*>(count_), static_cast<wxWindow*>(positions_)})
        field->SetMinSize(FromDIP(wxSize(170, -1)));
    show(std::nullopt);
}

void RuleForm::fillCategories() {
    category_->Clear();
    categoryIds_ = {""};
    category_->Append(_("Whole bank"));
    if (const bank::Bank* bank = document_.bank()) {
        for (const bank::Category* category : bank::flattenCategories(bank->categories)) {
            const std::size_t depth = bank->categoryPath(category->id).size();
            category_->Append(wxString(wxS(' '), 2 * (depth - 1)) + fromUtf8(category->title) +
                              wxS(" (") + fromUtf8(category->id) + wxS(")"));
            categoryIds_.emplace_back(category->id);
        }
    }
}

void RuleForm::show(std::optional<RulePlace> place) {
    filling_ = true;
    place_ = place;
    fillCategories();
    const bool has = place && document_.isOpen();
    for (wxWindow* child : GetChildren()) child->Enable(has);
    if (has) {
        const exam::BlueprintSection& section = document_.blueprint().sections[place->section];
        const exam::DrawRule& rule = section.rules[place->rule];
        sectionTitle_->ChangeValue(fromUtf8(section.title));
        type_->SetSelection(int(section.type));
        points_->ChangeValue(pointsLabel(section.pointsPerQuestion));
        std::vector<std::string> fixedIds;
        for (const exam::FixedQuestion& fixed : section.fixed) fixedIds.push_back(fixed.questionId);
        fixed_->ChangeValue(joinedList(fixedIds));
        const auto known = std::find(categoryIds_.begin(), categoryIds_.end(), rule.category);
        if (known == categoryIds_.end()) {
            category_->Append(fromUtf8(rule.category));
            categoryIds_.push_back(rule.category);
            category_->SetSelection(int(categoryIds_.size() - 1));
        } else {
            category_->SetSelection(int(known - categoryIds_.begin()));
        }
        subCategories_->SetValue(rule.includeSubCategories);
        minDifficulty_->SetValue(rule.minDifficulty);
        maxDifficulty_->SetValue(rule.maxDifficulty);
        tags_->ChangeValue(joinedList(rule.tags));
        positions_->ChangeValue(joinedList(rule.positions));
        count_->SetValue(int(rule.count));
    }
    filling_ = false;
}

void RuleForm::apply() {
    if (filling_ || !place_ || !document_.isOpen()) return;
    exam::BlueprintSection& section = document_.blueprint().sections[place_->section];
    exam::DrawRule& rule = section.rules[place_->rule];
    section.title = sectionTitle_->GetValue().utf8_string();
    if (type_->GetSelection() >= 0)
        section.type = bank::kAllQuestionTypes[std::size_t(type_->GetSelection())];
    // Points that do not read as a number are left as they were until they do.
    if (const auto points = parsePoints(points_->GetValue())) section.pointsPerQuestion = *points;
    std::vector<exam::FixedQuestion> fixed;
    for (std::string& id : splitList(fixed_->GetValue())) fixed.push_back({std::move(id), {}});
    section.fixed = std::move(fixed);
    if (category_->GetSelection() >= 0)
        rule.category = categoryIds_[std::size_t(category_->GetSelection())];
    rule.includeSubCategories = subCategories_->GetValue();
    rule.minDifficulty = minDifficulty_->GetValue();
    rule.maxDifficulty = maxDifficulty_->GetValue();
    rule.tags = splitList(tags_->GetValue());
    rule.positions = splitList(positions_->GetValue());
    rule.count = std::size_t(count_->GetValue());
    document_.changed();
    onChange_();
}

}  // namespace tqm::gui
