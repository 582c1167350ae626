#include "cert/register_export.h"

#include <exception>
#include <map>
#include <system_error>

#include "cert/certificate_book_index.h"
#include "cert/id_number.h"
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

// Opens each full number once; remembers the first one that does not open.
class FullIdNumbers {
  public:
    FullIdNumbers(store::Database& database, const admin::SealKey& key,
                  const CertificateBookIndex& index)
        : repository_(database), key_(key), index_(index) {}

    std::string operator()(std::int64_t personId) {
        const auto known = opened_.find(personId);
        if (known != opened_.end()) return known->second;
        std::string number;
        if (const auto sealed = repository_.sealedIdNumber(personId)) {
            const OpenedIdNumber opened = openIdNumber(
                std::string_view(reinterpret_cast<const char*>(sealed->data()), sealed->size()),
                key_);
            if (opened.refusal && !problem_)
                problem_ = RegisterProblem{
                    "id-number-unreadable",
                    "the 身份证号 of the 工号 " + index_.person(personId)->employeeNo +
                        " does not open with this workstation's seal key (" +
                        opened.refusal->message +
                        "); restore the keys folder that sealed it, or export masked numbers"};
            number = opened.idNumber;
        }
        opened_.emplace(personId, number);
        return number;
    }
    const std::optional<RegisterProblem>& problem() const { return problem_; }

  private:
    store::IdNumberRepository repository_;
    const admin::SealKey& key_;
    const CertificateBookIndex& index_;
    std::map<std::int64_t, std::string> opened_;
    std::optional<RegisterProblem> problem_;
};

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
        FullIdNumbers numbers(database, *seal.key, index);
        rows = registerRows(index, request.asOf, request.filter,
                            [&numbers](std::int64_t personId) { return numbers(personId); });
        if (numbers.problem()) return {0, numbers.problem(), std::nullopt};
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
    try {
        result.audit = store::AuditLog(database).append(
            kFullIdExportAction, request.file.string(),
            std::to_string(rows.size()) + " rows as of " + formatDate(request.asOf));
    } catch (const std::exception& e) {
        std::error_code ignored;
        std::filesystem::remove(request.file, ignored);
        return failed("audit-failed", "the audit log could not record the export (" +
                                          std::string(e.what()) + "), so " + request.file.string() +
                                          " was removed; no full ID numbers were exported");
    }
    return result;
}

}  // namespace tqm::cert
