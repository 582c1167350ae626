// Imports of the certificate area's reference files into the database, one call per file:
// certificate types, positions and requirements (existing certificates are in
// cert/certificate_file_import.h). Each call reads the file (the readers of cert/type_import.h,
// position_import.h, requirement_import.h), resolves its rows against what the database knows
// (cert/import_resolution.h) and writes the good rows in one transaction: a failure part-way
// leaves the database as it was. Rows are matched by their keys (type code, position name,
// position × type), so importing the same file again changes nothing and counts the rows as
// unchanged. A column a file leaves out (说明, 宽限天数, ...) keeps what the database holds for the
// records it updates; a column that is there but empty means what the file format says
// (content/certificate-files.md).
#pragma once

#include <string>
#include <string_view>

#include "cert/file_import_result.h"
#include "store/database.h"

namespace tqm::cert {

FileImportResult importCertificateTypes(store::Database& database, std::string_view bytes,
                                        const std::string& fileName);

FileImportResult importPositions(store::Database& database, std::string_view bytes,
                                 const std::string& fileName);

FileImportResult importRequirements(store::Database& database, std::string_view bytes,
                                    const std::string& fileName);

}  // namespace tqm::cert
