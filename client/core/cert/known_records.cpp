#include "cert/known_records.h"

#include "store/certificate_repository.h"
#include "store/exam_repository.h"

namespace tqm::cert {

KnownRecords knownRecordsOf(const CertificateBook& book) {
    KnownRecords known;
    for (const PersonSummary& person : book.people) known.personIds[person.employeeNo] = person.id;
    for (const Position& position : book.positions) known.positionIds[position.name] = position.id;
    for (const CertificateType& type : book.types) known.typeIds[type.code] = type.id;
    for (const Certificate& certificate : book.certificates)
        known.certificateNumbers.insert(certificate.number);
    return known;
}

KnownRecords loadKnownRecords(store::Database& database) {
    KnownRecords known = knownRecordsOf(store::CertificateRepository(database).loadBook());
    std::set<std::int64_t> examIds;
    for (const store::ExamRecord& exam : store::ExamRepository(database).listExams())
        examIds.insert(exam.id);
    known.examIds = std::move(examIds);
    return known;
}

}  // namespace tqm::cert
