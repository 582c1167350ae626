#include "cert/action_refusal.h"

namespace tqm::cert {

std::string_view refusalWord(store::RefusalCode code) {
    using store::RefusalCode;
    switch (code) {
        case RefusalCode::UnknownPerson:
            return "unknown-person";
        case RefusalCode::UnknownPosition:
            return "unknown-position";
        case RefusalCode::UnknownType:
            return "unknown-type";
        case RefusalCode::UnknownExam:
            return "unknown-exam";
        case RefusalCode::UnknownCertificate:
            return "unknown-certificate";
        case RefusalCode::UnknownAssignment:
            return "unknown-assignment";
        case RefusalCode::UnknownReview:
            return "unknown-review";
        case RefusalCode::InvalidField:
            return "invalid-field";
        case RefusalCode::DatesOutOfOrder:
            return "dates-out-of-order";
        case RefusalCode::OverlappingAssignment:
            return "overlapping-assignment";
        case RefusalCode::AssignmentEnded:
            return "assignment-ended";
        case RefusalCode::DuplicateNumber:
            return "duplicate-number";
        case RefusalCode::AttemptCertified:
            return "attempt-certified";
        case RefusalCode::AlreadyRevoked:
            return "already-revoked";
        case RefusalCode::ReviewRecorded:
            return "review-recorded";
    }
    return "refused";
}

ActionRefusal refusalFrom(const store::Refusal& refusal) {
    return {std::string(refusalWord(refusal.code)), refusal.message};
}

}  // namespace tqm::cert
