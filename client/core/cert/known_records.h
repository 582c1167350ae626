// What the database already holds, by the keys the certificate area's files use (工号, position
// names, type codes, certificate numbers, exam numbers): the input of the resolution step
// (cert/import_resolution.h) of every import.
#pragma once

#include "cert/certificate_model.h"
#include "cert/import_resolution.h"
#include "store/database.h"

namespace tqm::cert {

// From a book already loaded; `examIds` stays unset (types are then not checked against exams).
KnownRecords knownRecordsOf(const CertificateBook& book);

// Loads the book and the exams' numbers.
KnownRecords loadKnownRecords(store::Database& database);

}  // namespace tqm::cert
