// The second step of every certificate-area import: the rows a file reader accepted are matched
// with what the database already holds, which no file can know (ids, certificate numbers already
// issued). What comes out is ready to write in one transaction: every row with its ids filled in,
// the rows that cannot be written left out and reported like the reader's own problems.
//
//   auto file = resolveCertificates(readCertificates(bytes, path), known);
//   repository.addAll(file.rows);  // then show file.report.diagnostics
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "cert/certificate_import.h"
#include "cert/position_import.h"
#include "cert/requirement_import.h"
#include "cert/type_import.h"

namespace tqm::cert {

// What the database knows, by the keys files use. A step reads only what it needs.
struct KnownRecords {
    std::map<std::string, std::int64_t> personIds;    // by 工号
    std::map<std::string, std::int64_t> positionIds;  // by position name
    std::map<std::string, std::int64_t> typeIds;      // by certificate type code
    std::set<std::string> certificateNumbers;         // 证书编号 already issued or imported
    // When given, a type's 考试编号 must be one of these; when not, it is not checked.
    std::optional<std::set<std::int64_t>> examIds;
};

// Types with a known code get its id (the row updates it); the others keep id 0 (added). A
// 考试编号 that is no exam is an error.
CertificateTypeFile resolveCertificateTypes(CertificateTypeFile file, const KnownRecords& known);

// Positions with a known name get its id (the row updates it); the others keep id 0 (added).
PositionFile resolvePositions(PositionFile file, const KnownRecords& known);

// Every requirement gets its position's and its type's id; a position or a type code the database
// does not know is an error.
RequirementFile resolveRequirements(RequirementFile file, const KnownRecords& known);

// Every certificate gets its holder's and its type's id; a 工号 not in the roster, an unknown type
// code and a 证书编号 the database already holds are errors.
CertificateFile resolveCertificates(CertificateFile file, const KnownRecords& known);

}  // namespace tqm::cert
