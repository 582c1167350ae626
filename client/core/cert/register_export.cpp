#include "cert/register_export.h"

#include "cert/certificate_book_index.h"
#include "cert/sealed_id_numbers.h"
#include "report/audited_file.h"
#include "store/certificate_repository.h"
#include "store/id_number_repository.h"

namespace tqm::cert {

namespace {

std::optional<report::ExportError> writeRegister(
    const RegisterExport& request, const std::vector<report::CertificateRegisterRow>& rows) {
    const report::IdNumberColumn column = request.idNumbers == RegisterIdNumbers::None
                                              ? report::IdNumberColumn::Omitted
                                              : report::IdNumberColumn::Shown;
    if (request.format == RegisterFormat::Xlsx)
        return report::writeCertificateRegisterXlsx(request.file, rows, request.language, column);
    return report::writeCertificateRegisterCsv(request.file, rows, request.language, column);
}

RegisterExportResult failed(std::string code, std::string message) {
    return {0, RegisterProblem{std::move(code), std::move(message)}, std::nullopt};
}

}  // namespace

RegisterExportResult exportRegister(store::Database& database, admin::KeyStore& keys,
                                    const RegisterExport& request, admin::PasswordCost cost) {
    if (request.idNumbers == RegisterIdNumbers::Full) {
        admin::OrganizerPassword password(database, cost);
        if (const auto refusal = password.verify(request.organizerPassword))
            return failed(refusal->code, refusal->message);
    }
    const CertificateBook book = store::CertificateRepository(database).loadBook();
    const CertificateBookIndex index(book);
    std::vector<report::CertificateRegisterRow> rows;
    if (request.idNumbers == RegisterIdNumbers::Full) {
        const admin::KeyAccess<admin::SealKey> seal = keys.sealKey();
        if (!seal) return failed(seal.problem->code, seal.problem->message);
        SealedIdNumbers numbers(database, *seal.key);
        rows = registerRows(index, request.asOf, request.filter, [&](std::int64_t personId) {
            return numbers.full(personId, index.person(personId)->employeeNo);
        });
        if (numbers.unreadable()) return failed("id-number-unreadable", *numbers.unreadable());
    } else if (request.idNumbers == RegisterIdNumbers::Masked) {
        store::IdNumberRepository repository(database);
        rows = registerRows(index, request.asOf, request.filter, [&](std::int64_t personId) {
            return repository.maskedIdNumber(personId);
        });
    } else {
        rows = registerRows(index, request.asOf, request.filter);
    }
    if (const auto error = writeRegister(request, rows))
        return failed("export-failed", error->message);

    RegisterExportResult result{rows.size(), std::nullopt, std::nullopt};
    if (request.idNumbers != RegisterIdNumbers::Full) return result;
    report::AuditedFile audited = report::recordOrRemove(
        database, request.file, kFullIdExportAction,
        std::to_string(rows.size()) + " rows as of " + formatDate(request.asOf));
    if (!audited.entry) return failed("audit-failed", audited.failure);
    result.audit = std::move(audited.entry);
    return result;
}

}  // namespace tqm::cert
