#include "compete/contest_texts.h"

#include <wx/intl.h>

#include "admin/papers/paper_texts.h"
#include "exam/exam_texts.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

}  // namespace

wxString contestWindowText(const compete::Competition& competition,
                           const session::Refusal& refusal) {
    if (refusal.code == "contest-not-open")
        return wxString::Format(_("The competition \"%s\" opens at %s; it cannot be started "
                                  "before. Come back then."),
                                utf8(competition.name), localTimeText(competition.opensAt));
    if (refusal.code == "contest-closed")
        return wxString::Format(_("The competition \"%s\" closed at %s; no one can start it any "
                                  "more."),
                                utf8(competition.name), localTimeText(competition.closesAt));
    return refusalText(refusal);
}

wxString contestSetupText(const session::Refusal& refusal) {
    const std::string& code = refusal.code;
    if (code == "contest-name-empty") return _("Give the competition a name.");
    if (code == "contest-window-empty")
        return _("The competition must close after it opens; change the closing time.");
    if (code == "contest-id-malformed")
        return _(
            "The competition id is not one the program made. Copy it exactly as the "
            "first workstation shows it (36 characters such as "
            "1b4e28ba-2fa1-4d2b-883f-0016d3cca427).");
    if (code == "contest-exists")
        return _(
            "This database already holds the competition with that id; it was joined "
            "before.");
    return organizerRefusalText(refusal);
}

wxString packageRefusalText(const session::Refusal& refusal, const wxString& file) {
    const std::string& code = refusal.code;
    if (code == "package-unreadable")
        return wxString::Format(_("%s cannot be read. Check that the file exists and that you "
                                  "may read it."),
                                file);
    if (code == "package-malformed")
        return wxString::Format(_("%s is not a result package or is damaged. Export the package "
                                  "again on its workstation."),
                                file);
    if (code == "package-unknown-key")
        return wxString::Format(_("%s is signed by a workstation that is not trusted here. If "
                                  "the workstation is yours, trust its key (Trust workstation) "
                                  "and merge again."),
                                file);
    if (code == "package-bad-signature")
        return wxString::Format(_("%s was altered after it was signed; it was refused. Export "
                                  "the package again on its workstation."),
                                file);
    if (code == "package-other-competition")
        return wxString::Format(_("%s holds the results of another competition. Choose the "
                                  "competition it belongs to and merge it there."),
                                file);
    if (code == "package-other-paper")
        return wxString::Format(_("%s was sat on another paper than this competition's. Check "
                                  "that the workstation joined with the same id and seed."),
                                file);
    if (code == "package-duplicate-attempt")
        return wxString::Format(_("%s holds an attempt of a person whose result was already "
                                  "merged from another package; nothing of it was merged."),
                                file);
    return wxString::Format(_("%s was refused: %s"), file, utf8(refusal.message));
}

wxString mergeOutcomeText(const compete::MergeOutcome& outcome) {
    const wxString file = fileNameText(std::filesystem::path(outcome.file));
    switch (outcome.status) {
        case compete::MergeStatus::Merged:
            return wxString::Format(
                wxPLURAL("%s: merged %zu attempt.", "%s: merged %zu attempts.", outcome.attempts),
                file, outcome.attempts);
        case compete::MergeStatus::AlreadyMerged:
            return wxString::Format(_("%s: already merged; nothing changed."), file);
        case compete::MergeStatus::Refused:
            break;
    }
    return outcome.refusal ? packageRefusalText(*outcome.refusal, file)
                           : wxString::Format(_("%s was refused."), file);
}

wxString keyProblemText(const admin::KeyProblem& problem) {
    if (problem.code.starts_with("public-key-"))
        return wxString::Format(_("This is not a workstation's public key file, or it is "
                                  "damaged (%s). Export the key again on the workstation."),
                                utf8(problem.message));
    return wxString::Format(_("The workstation's signing key cannot be used: %s. Tell the "
                              "person who looks after this computer; do not delete the keys "
                              "folder."),
                            utf8(problem.message));
}

wxString packageExportText(const session::Refusal& refusal) {
    if (refusal.code == "no-such-competition")
        return _("The competition is no longer in this database.");
    if (refusal.code == "package-write-failed")
        return wxString::Format(_("The package could not be saved: %s. Choose another folder."),
                                utf8(refusal.message));
    return keyProblemText({refusal.code, refusal.message});
}

wxString standingsExportText(const report::ExportError& error) {
    return wxString::Format(_("The file could not be written: %s. Close it if it is open in "
                              "another program, or choose another folder."),
                            utf8(error.message));
}

wxString seatPaperText(compete::SeatPaper mode) {
    return mode == compete::SeatPaper::Same ? _("Same paper") : _("A paper per seat");
}

wxString durationMsText(std::int64_t millis) {
    const std::int64_t seconds = (millis + 500) / 1000;
    const long long hours = seconds / 3600;
    const long long minutes = (seconds % 3600) / 60;
    const long long rest = seconds % 60;
    if (hours > 0) return wxString::Format("%lld:%02lld:%02lld", hours, minutes, rest);
    return wxString::Format("%lld:%02lld", minutes, rest);
}

wxString fileNameText(const std::filesystem::path& file) {
    return wxString::FromUTF8(file.filename().string());
}

}  // namespace tqm::gui
