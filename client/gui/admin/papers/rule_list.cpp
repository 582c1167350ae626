#include "admin/papers/rule_list.h"

#include <wx/intl.h>

#include "admin/papers/paper_texts.h"
#include "bank_browser/question_labels.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {

wxString joined(const std::vector<std::string>& values) {
    wxString text;
    for (const std::string& value : values) {
        if (!text.empty()) text += wxS("、");
        text += fromUtf8(value);
    }
    return text;
}

}  // namespace

RuleList::RuleList(wxWindow* parent, const BlueprintDocument& document)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
      document_(document) {
    const std::pair<wxString, int> columns[] = {
        {_("Section"), 100},  {_("Type"), 64},          {_("Points each"), 64},
        {_("Category"), 140}, {_("Difficulty"), 50},    {_("Tags / positions"), 90},
        {_("Draw"), 50},      {_("Can draw from"), 70}, {_("Note"), 200}};
    for (const auto& [label, width] : columns)
        AppendColumn(label, wxLIST_FORMAT_LEFT, FromDIP(width));
    warningAttr_.SetTextColour(colour(Colour::Error));
}

void RuleList::refresh() {
    const std::optional<RulePlace> keep = selected();
    places_.clear();
    if (document_.isOpen()) {
        const auto& sections = document_.blueprint().sections;
        for (std::size_t s = 0; s < sections.size(); ++s)
            for (std::size_t r = 0; r < sections[s].rules.size(); ++r) places_.push_back({s, r});
    }
    SetItemCount(long(places_.size()));
    Refresh();
    if (keep) select(*keep);
}

std::optional<RulePlace> RuleList::selected() const {
    const long row = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || std::size_t(row) >= places_.size()) return std::nullopt;
    return places_[std::size_t(row)];
}

void RuleList::select(const RulePlace& place) {
    for (std::size_t row = 0; row < places_.size(); ++row) {
        if (places_[row] == place) {
            SetItemState(long(row), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            EnsureVisible(long(row));
            return;
        }
    }
}

wxString RuleList::OnGetItemText(long item, long column) const {
    if (item < 0 || std::size_t(item) >= places_.size()) return {};
    const RulePlace& place = places_[std::size_t(item)];
    const exam::BlueprintSection& section = document_.blueprint().sections[place.section];
    const exam::DrawRule& rule = section.rules[place.rule];
    const auto& counts = document_.availability().rules;
    const exam::RuleAvailability* available =
        place.section < counts.size() && place.rule < counts[place.section].size()
            ? &counts[place.section][place.rule]
            : nullptr;
    switch (column) {
        case Section:
            return fromUtf8(section.title);
        case Type:
            return typeLabel(section.type);
        case Points:
            return pointsLabel(section.pointsPerQuestion);
        case Scope: {
            if (rule.category.empty()) return _("Whole bank");
            wxString scope = fromUtf8(rule.category);
            if (const bank::Bank* bank = document_.bank())
                if (const bank::Category* category = bank->findCategory(rule.category))
                    scope = fromUtf8(category->title);
            return rule.includeSubCategories ? scope : wxString::Format(_("%s only"), scope);
        }
        case Difficulty:
            return rule.minDifficulty == rule.maxDifficulty
                       ? wxString::Format("%d", rule.minDifficulty)
                       : wxString::Format(wxS("%d–%d"), rule.minDifficulty, rule.maxDifficulty);
        case Filters: {
            wxString text = joined(rule.tags);
            const wxString positions = joined(rule.positions);
            if (!positions.empty()) text += (text.empty() ? wxString() : wxS("; ")) + positions;
            return text;
        }
        case Count:
            return wxString::Format("%zu", rule.count);
        case Available:
            return available ? wxString::Format("%zu", available->available) : wxS("—");
        case Note:
            if (!available) return _("No bank");
            if (!available->categoryKnown) return _("Unknown category");
            if (available->shortOfQuestions())
                return wxString::Format(_("Short by %zu"),
                                        available->needed - available->available);
            if (!available->overlaps.empty()) {
                const exam::RuleOverlap& other = available->overlaps.front();
                return wxString::Format(_("Shares %zu with %s"), other.shared,
                                        ruleName(other.section, other.rule));
            }
            return {};
        default:
            return {};
    }
}

wxItemAttr* RuleList::OnGetItemAttr(long item) const {
    if (item < 0 || std::size_t(item) >= places_.size()) return nullptr;
    const RulePlace& place = places_[std::size_t(item)];
    const auto& counts = document_.availability().rules;
    if (place.section >= counts.size() || place.rule >= counts[place.section].size())
        return &warningAttr_;
    return counts[place.section][place.rule].shortOfQuestions() ? &warningAttr_ : nullptr;
}

}  // namespace tqm::gui
