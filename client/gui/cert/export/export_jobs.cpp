#include "cert/export/export_jobs.h"

#include <exception>
#include <memory>

#include "admin/key_store.h"
#include "cert/certificate_overview.h"
#include "cert/certificate_printing.h"
#include "cert/public_key_export.h"
// The core's matrix table, named past the GUI's cert/matrix_table.h (the grid's model), which
// shadows it on the include path.
#include "../../../core/cert/matrix_table.h"
#include "report/certificate_matrix_export.h"
#include "store/certificate_repository.h"

namespace tqm::gui {

namespace {

CertExportOutcome started(CertExportKind kind, const std::filesystem::path& file) {
    CertExportOutcome outcome;
    outcome.kind = kind;
    outcome.file = file;
    return outcome;
}

void refuse(CertExportOutcome& outcome, std::string code, std::string message) {
    outcome.problemCode = std::move(code);
    outcome.problemMessage = std::move(message);
}

// A damaged row or a full disk deep inside the core surfaces as an exception: reported like a
// failed write, with nothing claimed to be written.
template <typename Job>
CertExportOutcome guarded(CertExportKind kind, const std::filesystem::path& file, Job job) {
    CertExportOutcome outcome = started(kind, file);
    try {
        job(outcome);
    } catch (const std::exception& error) {
        outcome.count = 0;
        outcome.auditId.reset();
        refuse(outcome, "export-failed", error.what());
    }
    return outcome;
}

// The numbers no certificate has, for a message that names them in the user's language.
std::string unknownNumbers(store::Database& database, const std::vector<std::string>& numbers) {
    const cert::CertificateBook book = store::CertificateRepository(database).loadBook();
    const cert::PrintSelection selection =
        cert::certificatePrints(cert::CertificateBookIndex(book), numbers, std::string());
    std::string joined;
    for (const std::string& number : selection.unknownNumbers)
        joined += (joined.empty() ? "" : "、") + number;
    return joined;
}

}  // namespace

CertExportOutcome runRegisterExport(store::Database& database,
                                    const cert::RegisterExport& request) {
    const CertExportKind kind = request.idNumbers == cert::RegisterIdNumbers::Full
                                    ? CertExportKind::FullRegister
                                    : CertExportKind::Register;
    return guarded(kind, request.file, [&](CertExportOutcome& outcome) {
        const auto keys = admin::KeyStore::forDatabase(database.file());
        const cert::RegisterExportResult result = cert::exportRegister(database, *keys, request);
        if (!result.ok()) {
            refuse(outcome, result.problem->code, result.problem->message);
            return;
        }
        outcome.count = result.rows;
        if (result.audit) outcome.auditId = result.audit->id;
    });
}

CertExportOutcome runMatrixExport(store::Database& database, const MatrixExport& request) {
    return guarded(CertExportKind::Matrix, request.file, [&](CertExportOutcome& outcome) {
        outcome.axis = request.axis;
        const cert::CertificateOverview overview = cert::CertificateOverview::load(database);
        const report::CertificateMatrixTable table =
            cert::matrixTable(overview.matrix(request.asOf, request.axis), request.language);
        const std::optional<report::ExportError> error =
            request.format == cert::RegisterFormat::Xlsx
                ? report::writeCertificateMatrixXlsx(request.file, table, request.language)
                : report::writeCertificateMatrixCsv(request.file, table, request.language);
        if (error) {
            refuse(outcome, "export-failed", error->message);
            return;
        }
        outcome.count = table.rows.size();
        outcome.columns = table.typeCodes.size();
    });
}

CertExportOutcome runPrintExport(store::Database& database, const PrintExport& request) {
    return guarded(CertExportKind::Print, request.file, [&](CertExportOutcome& outcome) {
        const cert::PrintResult result =
            cert::printCertificates(database, request.numbers, request.institution, request.file);
        if (result.problem) {
            refuse(outcome, result.problem->code, result.problem->message);
            if (result.problem->code == "unknown-number")
                outcome.problemDetail = unknownNumbers(database, request.numbers);
            return;
        }
        outcome.count = result.pages;
    });
}

CertExportOutcome runPublicKeyExport(store::Database& database, const std::filesystem::path& file) {
    return guarded(CertExportKind::PublicKey, file, [&](CertExportOutcome& outcome) {
        const auto keys = admin::KeyStore::forDatabase(database.file());
        const cert::PublicKeyExport result = cert::exportPublicKeyLogged(*keys, database, file);
        if (result.problem) {
            refuse(outcome, result.problem->code, result.problem->message);
            return;
        }
        if (result.audit) outcome.auditId = result.audit->id;
    });
}

}  // namespace tqm::gui
