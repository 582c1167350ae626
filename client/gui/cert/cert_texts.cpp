#include "cert/cert_texts.h"

#include <wx/intl.h>

#include "widgets/colours.h"

namespace tqm::gui {

wxString statusLabel(cert::Status status) {
    switch (status) {
        case cert::Status::Valid:
            return _("Valid");
        case cert::Status::RenewalOpen:
            return _("Renew soon");
        case cert::Status::ReviewDue:
            return _("Review due");
        case cert::Status::InGrace:
            return _("In grace");
        case cert::Status::NotYetRequired:
            return _("Pending");
        case cert::Status::NotYetValid:
            return _("Not yet valid");
        case cert::Status::Expired:
            return _("Expired");
        case cert::Status::Revoked:
            return _("Revoked");
        case cert::Status::Missing:
            return _("Missing");
    }
    return {};
}

wxString statusExplanation(cert::Status status) {
    switch (status) {
        case cert::Status::Valid:
            return _("Valid, nothing due.");
        case cert::Status::RenewalOpen:
            return _("Valid; expires soon, renewal is open.");
        case cert::Status::ReviewDue:
            return _("Valid; a review is due.");
        case cert::Status::InGrace:
            return _("Expired; grace days still run.");
        case cert::Status::NotYetRequired:
            return _("Not held; the days allowed still run.");
        case cert::Status::NotYetValid:
            return _("Issued; not valid yet.");
        case cert::Status::Expired:
            return _("Expired, or review failed or missed.");
        case cert::Status::Revoked:
            return _("Revoked.");
        case cert::Status::Missing:
            return _("Required but not held.");
    }
    return {};
}

wxColour statusColour(cert::Status status) {
    switch (status) {
        case cert::Status::Valid:
            return colour(Colour::StatusValid);
        case cert::Status::RenewalOpen:
            return colour(Colour::StatusRenewalOpen);
        case cert::Status::ReviewDue:
            return colour(Colour::StatusReviewDue);
        case cert::Status::InGrace:
            return colour(Colour::StatusInGrace);
        case cert::Status::NotYetRequired:
            return colour(Colour::StatusNotYetRequired);
        case cert::Status::NotYetValid:
            return colour(Colour::StatusNotYetValid);
        case cert::Status::Expired:
            return colour(Colour::StatusExpired);
        case cert::Status::Revoked:
            return colour(Colour::StatusRevoked);
        case cert::Status::Missing:
            return colour(Colour::StatusMissing);
    }
    return colour(Colour::StatusNotRequired);
}

wxString levelLabel(cert::RequirementLevel level) {
    return level == cert::RequirementLevel::Mandatory ? _("Mandatory") : _("Recommended");
}

wxString dueKindLabel(cert::DueKind kind) {
    return kind == cert::DueKind::Expiry ? _("Expires") : _("Periodic review");
}

wxString coverageLabel(cert::CoverageProblem problem) {
    return problem == cert::CoverageProblem::NotCovered ? _("Nobody qualified")
                                                        : _("Only one person qualified");
}

wxString reviewResultLabel(cert::ReviewResult result) {
    return result == cert::ReviewResult::Passed ? _("passed") : _("failed");
}

wxString sourceLabel(cert::CertificateSource source) {
    switch (source) {
        case cert::CertificateSource::Exam:
            return _("Earned by exam");
        case cert::CertificateSource::External:
            return _("Entered by hand");
        case cert::CertificateSource::Imported:
            return _("Imported");
    }
    return {};
}

wxString dateText(std::optional<Date> date, const wxString& none) {
    return date ? wxString::FromUTF8(formatDate(*date)) : none;
}

wxString daysLeftText(int daysLeft) {
    if (daysLeft == 0) return _("today");
    if (daysLeft > 0)
        return wxString::Format(wxPLURAL("in %d day", "in %d days", daysLeft), daysLeft);
    return wxString::Format(wxPLURAL("%d day ago", "%d days ago", -daysLeft), -daysLeft);
}

}  // namespace tqm::gui
