#include "admin/papers/paper_texts.h"

#include <map>
#include <string_view>

#include <wx/intl.h>

#include "bank_browser/question_labels.h"

namespace tqm::gui {

namespace {

// The first quoted name of a core message ("\"tools\""), empty when there is none.
wxString quotedIn(const std::string& message) {
    const std::size_t open = message.find('"');
    if (open == std::string::npos) return {};
    const std::size_t close = message.find('"', open + 1);
    if (close == std::string::npos) return {};
    return fromUtf8(std::string_view(message).substr(open + 1, close - open - 1));
}

}  // namespace

wxString ruleName(std::size_t section, std::size_t rule) {
    return wxString::Format(_("Section %zu, rule %zu"), section + 1, rule + 1);
}

wxString organizerRefusalText(const session::Refusal& refusal) {
    static const std::map<std::string_view, const char*> texts{
        {"no-title", wxTRANSLATE("Give the exam a title.")},
        {"bad-time-limit", wxTRANSLATE("The time limit must be at least one minute.")},
        {"bad-pass-mark", wxTRANSLATE("The pass mark cannot be negative.")},
        {"bad-attempts", wxTRANSLATE("Allow at least one attempt.")},
        {"no-such-blueprint", wxTRANSLATE("The exam's blueprint is not in the database.")},
        {"pass-mark-above-total",
         wxTRANSLATE("The pass mark is higher than the paper's total points; nobody could pass. "
                     "Lower the pass mark.")},
        {"no-such-exam", wxTRANSLATE("That exam is not in the database.")},
        {"no-such-person", wxTRANSLATE("That person is not on the roster.")},
        {"no-such-attempt", wxTRANSLATE("That attempt is not in the database.")},
        {"bad-extra-time", wxTRANSLATE("Extra time must be at least one minute.")},
        {"no-grantor", wxTRANSLATE("Enter who grants the extra time.")},
        {"not-submitted",
         wxTRANSLATE("The attempt is still in progress; essays are marked after it is submitted.")},
        {"no-such-question", wxTRANSLATE("The attempt has no such question.")},
        {"nothing-to-mark", wxTRANSLATE("The essay was not answered; there is nothing to mark.")},
        {"invalid-mark",
         wxTRANSLATE("The mark must be between 0 and the question's points, with at most two "
                     "decimals.")},
        {"no-marker", wxTRANSLATE("Enter the marker's name.")},
        {"already-submitted", wxTRANSLATE("The attempt was already submitted.")},
    };
    if (const auto found = texts.find(refusal.code); found != texts.end())
        return wxGetTranslation(found->second);
    return fromUtf8(refusal.message);
}

wxString blueprintProblemText(const Diagnostic& problem) {
    const std::string& code = problem.code;
    if (code == "rule-short") return _("A rule needs more questions than the bank has for it.");
    if (code == "rules-overlap")
        return _(
            "Two rules share questions; what the later one can draw depends on what the "
            "earlier one drew. Leave some slack or draw from separate categories.");
    if (code == "rule-unsatisfiable")
        return _(
            "A rule cannot get its count of questions from the bank; lower its count or "
            "widen its filters.");
    if (code == "recent-questions-reused")
        return _("Some questions the person saw recently had to be used again.");
    if (code == "wrong-bank")
        return _("The blueprint is for another bank; choose the bank it names.");
    if (code == "unknown-category")
        return wxString::Format(_("The bank has no category \"%s\"."), quotedIn(problem.message));
    if (code == "unknown-question")
        return wxString::Format(_("The bank has no question \"%s\"."), quotedIn(problem.message));
    if (code == "fixed-type-mismatch")
        return wxString::Format(_("The fixed question \"%s\" is not of its section's type."),
                                quotedIn(problem.message));
    if (code == "bank-not-found")
        return wxString::Format(
            _("No bank \"%s\" was found beside the blueprint or in the banks folder."),
            quotedIn(problem.message));
    if (code == "cannot-read") return _("The file cannot be read.");
    if (code == "not-well-formed") return _("The file is not well-formed XML.");
    if (code == "wrong-root") return _("The file is not a blueprint.");
    if (code == "unknown-type") return _("A section names an unknown question type.");
    if (code == "zero-count") return _("A rule draws no questions; draw at least one.");
    if (code == "difficulty-range-reversed")
        return _("A rule's lowest difficulty is above its highest.");
    if (code == "empty-section") return _("A section has neither fixed questions nor rules.");
    if (code == "duplicate-fixed") return _("A question is fixed twice.");
    if (code == "points-not-positive") return _("A section's points must be more than 0.");
    if (code == "no-sections") return _("The blueprint has no sections.");
    return problemLabel(code) + wxS(": ") + fromUtf8(problem.message);
}

}  // namespace tqm::gui
