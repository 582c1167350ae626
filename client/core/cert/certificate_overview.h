// What the certificate screens and `tqm cert` show, as of a day: every person × requirement with
// its status word and dates, what falls due, key positions not covered or covered by one person,
// the matrix, and one person's certificates with their history. Loaded once from the database
// (loadBook()), computed in memory; rows carry names (工号, 姓名, 单位, position name, type code
// and name), so callers need no further lookups.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cert/certificate_book_index.h"
#include "cert/certificate_model.h"
#include "cert/certificate_status.h"
#include "cert/certificate_warnings.h"
#include "cert/status_matrix.h"
#include "store/database.h"

namespace tqm::cert {

// A certificate type as rows name it.
struct TypeLabel {
    std::int64_t id = 0;
    std::string code;
    std::string name;

    bool operator==(const TypeLabel&) const = default;
};

// One person × requirement of a position they hold on the day.
struct StatusLine {
    PersonSummary person;
    std::int64_t positionId = 0;
    std::string positionName;
    bool keyPosition = false;
    TypeLabel type;
    RequirementLevel level = RequirementLevel::Mandatory;
    Status status = Status::Missing;
    std::string certificateNumber;  // the best certificate of the type; empty without one
    std::optional<Date> validFrom;
    std::optional<Date> validUntil;     // as the rules stand on the day (a review may move it)
    std::optional<Date> nextReviewDue;  // the review due next, if any
    std::optional<Date> graceEndsOn;
    std::optional<Date> revokedOn;
    Date assignedFrom{};  // first day of the unbroken time in the position
    Date requiredFrom{};  // assignedFrom + the days allowed

    bool operator==(const StatusLine&) const = default;
};

struct DueLine {
    PersonSummary person;
    TypeLabel type;
    std::string certificateNumber;
    DueKind kind = DueKind::Expiry;
    Date dueOn{};
    Status status = Status::Valid;
    int daysLeft = 0;  // negative when already past (still in grace)

    bool operator==(const DueLine&) const = default;
};

struct CoverageLine {
    std::int64_t positionId = 0;
    std::string positionName;
    CoverageProblem problem = CoverageProblem::NotCovered;
    int assigned = 0;                      // people in the position on the day
    std::vector<PersonSummary> qualified;  // none, or the one person

    bool operator==(const CoverageLine&) const = default;
};

struct MatrixRow {
    std::int64_t id = 0;
    std::string label;              // 工号 姓名 for a person, the name for a position
    PersonSummary person;           // People axis
    Position position;              // Positions axis
    std::vector<MatrixCell> cells;  // one per column
};

struct MatrixView {
    MatrixAxis axis = MatrixAxis::People;
    std::vector<TypeLabel> columns;  // every type, by code
    std::vector<MatrixRow> rows;
};

// One certificate on a person page: its status on the day and how it came and went.
struct CertificateHistory {
    Certificate certificate;  // with its reviews (due, done, result, new end)
    TypeLabel type;
    CertificateStatus status;
    std::string renewsNumber;     // the certificate it renews; empty if none
    std::string renewedByNumber;  // the certificate renewing it; empty if none
};

struct PersonCertificates {
    PersonSummary person;
    std::vector<std::string> positions;  // held on the day, by name
    std::vector<StatusLine> requirements;
    std::vector<CertificateHistory> certificates;  // by type code, then valid-from
};

class CertificateOverview {
  public:
    explicit CertificateOverview(CertificateBook book);
    static CertificateOverview load(store::Database& database);

    const CertificateBook& book() const { return *book_; }
    const CertificateBookIndex& index() const { return *index_; }

    // Sorted by 工号, position name and type code.
    std::vector<StatusLine> statuses(Date asOf) const;
    // Expiries and reviews due from the day through `days` days later (certificate_warnings.h).
    std::vector<DueLine> dueWithin(Date asOf, int days) const;
    // Key positions with one qualified person or none, by position name.
    std::vector<CoverageLine> coverage(Date asOf) const;
    MatrixView matrix(Date asOf, MatrixAxis axis) const;
    // Nothing for an unknown person.
    std::optional<PersonCertificates> person(std::int64_t personId, Date asOf) const;
    std::optional<PersonCertificates> personByEmployeeNo(const std::string& employeeNo,
                                                         Date asOf) const;

  private:
    TypeLabel typeLabel(std::int64_t typeId) const;
    StatusLine lineOf(const RequirementStatusRow& row) const;

    std::unique_ptr<const CertificateBook> book_;  // the index points into it
    std::unique_ptr<const CertificateBookIndex> index_;
};

}  // namespace tqm::cert
