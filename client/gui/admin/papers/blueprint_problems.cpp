#include "admin/papers/blueprint_problems.h"

#include <wx/intl.h>

#include "admin/papers/paper_texts.h"
#include "widgets/colours.h"
#include "widgets/problem_list.h"

namespace tqm::gui {

namespace {

PaperProblem fromDiagnostic(const Diagnostic& problem) {
    return {problemLocation(problem), blueprintProblemText(problem),
            problem.severity == Severity::Error};
}

}  // namespace

BlueprintProblems::BlueprintProblems(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    AppendColumn(_("Where"), wxLIST_FORMAT_LEFT, FromDIP(160));
    AppendColumn(_("Problem"), wxLIST_FORMAT_LEFT, FromDIP(900));
    errorAttr_.SetTextColour(colour(Colour::Error));
}

void BlueprintProblems::showDocument(const BlueprintDocument& document) {
    std::vector<PaperProblem> problems;
    for (const Diagnostic& problem : document.problems())
        problems.push_back(fromDiagnostic(problem));
    const auto& counts = document.availability().rules;
    for (std::size_t s = 0; s < counts.size(); ++s) {
        for (std::size_t r = 0; r < counts[s].size(); ++r) {
            const exam::RuleAvailability& rule = counts[s][r];
            if (rule.shortOfQuestions())
                problems.push_back(
                    {ruleName(s, r),
                     wxString::Format(_("Needs %zu questions, but the bank has only %zu that "
                                        "fit; lower the count or widen the filters."),
                                      rule.needed, rule.available),
                     true});
            for (const exam::RuleOverlap& other : rule.overlaps) {
                // Each pair once, at the later rule.
                if (other.section > s || (other.section == s && other.rule > r)) continue;
                problems.push_back(
                    {ruleName(s, r),
                     wxString::Format(_("Shares %zu questions with %s: what it can draw depends "
                                        "on what that rule drew. Leave some slack."),
                                      other.shared, ruleName(other.section, other.rule)),
                     false});
            }
        }
    }
    setProblems(std::move(problems));
}

void BlueprintProblems::showDiagnostics(const std::vector<Diagnostic>& problems) {
    std::vector<PaperProblem> rows;
    for (const Diagnostic& problem : problems) rows.push_back(fromDiagnostic(problem));
    setProblems(std::move(rows));
}

void BlueprintProblems::setProblems(std::vector<PaperProblem> problems) {
    problems_ = std::move(problems);
    SetItemCount(long(problems_.size()));
    Refresh();
}

wxString BlueprintProblems::OnGetItemText(long item, long column) const {
    if (item < 0 || std::size_t(item) >= problems_.size()) return {};
    const PaperProblem& problem = problems_[std::size_t(item)];
    return column == 0 ? problem.where : problem.text;
}

wxItemAttr* BlueprintProblems::OnGetItemAttr(long item) const {
    if (item < 0 || std::size_t(item) >= problems_.size()) return nullptr;
    return problems_[std::size_t(item)].error ? &errorAttr_ : nullptr;
}

}  // namespace tqm::gui
