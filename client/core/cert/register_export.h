// Exports the certificate register (证书台账) from the database as CSV or XLSX, as of a day and
// filtered (cert/register_rows.h). ID numbers stay out by default. A column of masked numbers
// ("110101********1234") may be added freely. A column of full numbers is guarded: it needs the
// organizer password (admin/organizer_password.h), opens each number with the workstation's
// seal key, and leaves exactly one audit-log entry naming the file and the row count. The file is
// written first and the entry after it; when the entry cannot be written the file is removed, so
// no full export exists that the log does not show.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "admin/key_store.h"
#include "admin/organizer_password.h"
#include "base/calendar_date.h"
#include "cert/register_rows.h"
#include "report/certificate_register.h"
#include "store/audit_log.h"
#include "store/database.h"

namespace tqm::cert {

enum class RegisterFormat : std::uint8_t { Csv, Xlsx };

enum class RegisterIdNumbers : std::uint8_t {
    None,    // no ID-number column
    Masked,  // 身份证号 masked
    Full,    // 身份证号 in full: organizer password and audit entry
};

inline constexpr std::string_view kFullIdExportAction = "export-id-numbers";

struct RegisterExport {
    std::filesystem::path file;
    RegisterFormat format = RegisterFormat::Csv;
    Date asOf{};
    RegisterFilter filter;
    RegisterIdNumbers idNumbers = RegisterIdNumbers::None;
    std::string organizerPassword;  // read only for RegisterIdNumbers::Full
    report::RegisterLanguage language = report::RegisterLanguage::Chinese;
};

// Why nothing was exported. `code` is stable for the GUI to translate and for tests: those of
// admin/organizer_password.h (password-not-set, password-wrong, ...), of the key store
// (key-unreadable, ...), id-number-unreadable (a stored number does not open with this
// workstation's key), export-failed (the file could not be written) and audit-failed (the log
// entry could not be written; the file was removed). `message` is an English sentence.
struct RegisterProblem {
    std::string code;
    std::string message;

    bool operator==(const RegisterProblem&) const = default;
};

struct RegisterExportResult {
    std::size_t rows = 0;
    std::optional<RegisterProblem> problem;  // nothing: the file is written
    std::optional<store::AuditEntry> audit;  // the entry of a full export

    bool ok() const { return !problem; }
};

// `cost` is what a password hash at other costs is renewed with (tests pass a cheap one).
RegisterExportResult exportRegister(store::Database& database, admin::KeyStore& keys,
                                    const RegisterExport& request,
                                    admin::PasswordCost cost = admin::interactiveCost());

}  // namespace tqm::cert
