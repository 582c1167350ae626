#include "exam/exam_texts.h"

#include <wx/datetime.h>
#include <wx/intl.h>

#include "base/clock.h"
#include "widgets/colours.h"

namespace tqm::gui {

CountdownLevel countdownLevel(std::chrono::milliseconds remaining) {
    if (remaining <= kRedAt) return CountdownLevel::Red;
    if (remaining <= kAmberAt) return CountdownLevel::Amber;
    return CountdownLevel::Calm;
}

wxColour countdownColour(CountdownLevel level) {
    switch (level) {
        case CountdownLevel::Red:
            return colour(Colour::Error);
        case CountdownLevel::Amber:
            return colour(Colour::Warning);
        case CountdownLevel::Calm:
            break;
    }
    return colour(Colour::Text);
}

wxString formatCountdown(std::chrono::milliseconds remaining) {
    const std::int64_t ms = std::max<std::int64_t>(0, remaining.count());
    const std::int64_t seconds = (ms + 999) / 1000;
    const std::int64_t hours = seconds / 3600;
    const std::int64_t minutes = seconds / 60 % 60;
    if (hours > 0)
        return wxString::Format("%lld:%02lld:%02lld", static_cast<long long>(hours),
                                static_cast<long long>(minutes),
                                static_cast<long long>(seconds % 60));
    return wxString::Format("%02lld:%02lld", static_cast<long long>(seconds / 60),
                            static_cast<long long>(seconds % 60));
}

wxString durationText(std::chrono::milliseconds duration) {
    const long long totalSeconds = duration.count() / 1000;
    const long long minutes = (totalSeconds + 30) / 60;
    if (totalSeconds < 60) return wxString::Format(_("%lld s"), totalSeconds);
    if (minutes < 60)
        return wxString::Format(wxPLURAL("%lld minute", "%lld minutes", minutes), minutes);
    const long long hours = minutes / 60;
    if (minutes % 60 == 0)
        return wxString::Format(wxPLURAL("%lld hour", "%lld hours", hours), hours);
    return wxString::Format(_("%lld h %lld min"), hours, minutes % 60);
}

wxString stateLabel(const session::ExamOverview& overview) {
    switch (overview.state) {
        case session::ExamState::InProgress:
            return _("In progress");
        case session::ExamState::Submitted:
            return overview.lastSubmitted && overview.lastSubmitted->verdict
                       ? wxString::Format(_("Submitted: %s"),
                                          verdictLabel(*overview.lastSubmitted->verdict))
                       : _("Submitted");
        case session::ExamState::NotStarted:
            break;
    }
    return overview.closed ? _("Closed") : _("Not started");
}

wxString verdictLabel(exam::Verdict verdict) {
    switch (verdict) {
        case exam::Verdict::Pass:
            return _("Passed");
        case exam::Verdict::Fail:
            return _("Not passed");
        case exam::Verdict::Pending:
            break;
    }
    return _("Awaiting marking");
}

wxColour verdictColour(exam::Verdict verdict) {
    switch (verdict) {
        case exam::Verdict::Pass:
            return colour(Colour::Correct);
        case exam::Verdict::Fail:
            return colour(Colour::Error);
        case exam::Verdict::Pending:
            break;
    }
    return colour(Colour::Warning);
}

wxString refusalText(const session::Refusal& refusal) {
    const std::string& code = refusal.code;
    if (code == "time-up")
        return _("The time for this exam is up; your answers were submitted automatically.");
    if (code == "already-submitted")
        return _("This attempt was already submitted and can no longer be changed.");
    if (code == "exam-closed") return _("This exam has closed; no new attempt can be started.");
    if (code == "no-attempts-left")
        return _("You have used every attempt this exam allows. Ask the organizer for another.");
    if (code == "attempt-in-progress")
        return _("You have an attempt of this exam in progress; continue it instead.");
    if (code == "invalid-answer")
        return _(
            "The answer could not be saved because it does not fit the question. Check it "
            "and answer again.");
    if (code == "no-blueprint" || code == "blueprint-unusable" || code == "bank-unusable" ||
        code == "paper-unsatisfiable" || code == "bad-bank-hash" || code == "empty-paper")
        return _(
            "No paper can be made for this exam from its question bank. Tell the "
            "organizer; the problem is in the exam's blueprint or bank.");
    if (code == "no-such-exam" || code == "no-such-person" || code == "no-such-attempt" ||
        code == "no-such-question")
        return _(
            "The exam or attempt is no longer in the database. Go back to the exam list and "
            "try again.");
    return wxString::Format(_("The action was refused (%s)."), wxString::FromUTF8(code));
}

wxString numberList(const std::vector<std::size_t>& numbers) {
    wxString text;
    for (const std::size_t number : numbers) {
        if (!text.empty()) text += _(", ");
        text += wxString::Format("%zu", number);
    }
    return text;
}

}  // namespace tqm::gui
