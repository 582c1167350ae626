// Import of the certificates people already hold (`tqm cert import`, the GUI's import dialog):
// the file is read (cert/certificate_import.h), resolved against the database and its good rows
// written in one transaction.
//
// - A row whose 证书编号 the database already holds with the same holder, type, dates, issuer and
//   evidence file (the same file imported again) is counted as unchanged; with anything else it
//   is an error, and the stored certificate stays as it is.
// - A 下次复审 becomes a review event due that day.
// - A 身份证号 is checked (cert/id_number.h; a bad one is an error of the row, naming its line and
//   column), sealed with the workstation's seal key (admin/key_store.h) and stored with its masked
//   form on the holder's record. A holder who already has another 身份证号 is an error: the file
//   never silently replaces a number.
// - A 姓名 that differs from the roster's is a warning; the row is still imported.
// - Imported certificates were issued elsewhere: their verification code stays empty, since this
//   workstation can only vouch for what it signs itself. Certificates issued here (on passing an
//   exam) get a code when they are issued.
#pragma once

#include <string>
#include <string_view>

#include "admin/key_store.h"
#include "cert/file_import_result.h"
#include "store/database.h"

namespace tqm::cert {

FileImportResult importCertificates(store::Database& database, admin::KeyStore& keys,
                                    std::string_view bytes, const std::string& fileName);

}  // namespace tqm::cert
