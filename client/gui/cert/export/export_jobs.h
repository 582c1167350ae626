// The certificate area's exports as plain jobs on a database connection: the register (masked or
// full ID numbers), the qualification matrix, printed certificates and the public key. Each calls
// the core exactly as `tqm cert register|matrix|print|public-key` does and returns what happened
// as a value, so a job runs on any thread that owns its connection (cert/export/export_runner.h)
// and tests can run one directly with a path.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/calendar_date.h"
#include "cert/register_export.h"
#include "cert/status_matrix.h"
#include "report/certificate_register.h"
#include "store/database.h"

namespace tqm::gui {

enum class CertExportKind : std::uint8_t { Register, FullRegister, Matrix, Print, PublicKey };

struct CertExportOutcome {
    CertExportKind kind = CertExportKind::Register;
    std::filesystem::path file;
    std::size_t count = 0;    // register rows, matrix rows or printed pages
    std::size_t columns = 0;  // the matrix's certificate types
    cert::MatrixAxis axis = cert::MatrixAxis::People;
    std::optional<std::int64_t> auditId;  // the audit-log entry of a full or public-key export
    // Why nothing was written: the core's stable code and English sentence; empty on success.
    std::string problemCode;
    std::string problemMessage;
    std::string problemDetail;  // unknown-number: the numbers no certificate has, joined by 、

    bool ok() const { return problemCode.empty(); }
};

// The register as of `request.asOf`; with full ID numbers the password is checked first.
CertExportOutcome runRegisterExport(store::Database& database, const cert::RegisterExport& request);

struct MatrixExport {
    std::filesystem::path file;
    cert::RegisterFormat format = cert::RegisterFormat::Xlsx;
    Date asOf{};
    cert::MatrixAxis axis = cert::MatrixAxis::People;
    report::RegisterLanguage language = report::RegisterLanguage::Chinese;
};

CertExportOutcome runMatrixExport(store::Database& database, const MatrixExport& request);

struct PrintExport {
    std::filesystem::path file;
    std::vector<std::string> numbers;
    std::string institution;  // printed at the top of each page; may be empty
};

CertExportOutcome runPrintExport(store::Database& database, const PrintExport& request);

CertExportOutcome runPublicKeyExport(store::Database& database, const std::filesystem::path& file);

}  // namespace tqm::gui
