// Full ID numbers (身份证号) in a training report. Reports show them masked; an organizer may
// unlock a full export with the organizer password. The unlock is a value only this file makes,
// after the password was checked and the workstation's seal key was read, and every function
// that puts a full number into a report or onto disk asks for it. An exported full-ID report
// leaves exactly one audit entry kFullIdReportAction (subject: the file; detail: who, which
// report, the format and "full ID numbers"); when that entry cannot be written the file is
// removed again. A refusal writes nothing: no file, no audit row.
//
// The password check (Argon2id) is slow on purpose. A program with a window runs it off its UI
// thread in three steps: fullIdPasswordRequest() and finishFullIdUnlock() on the thread that owns
// the database, admin::decidePassword() in between on a worker; unlockFullIdNumbers() does all
// three at once.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "admin/key_store.h"
#include "admin/organizer_password.h"
#include "report/report_file.h"
#include "reports/person_file.h"
#include "reports/report_document.h"
#include "store/audit_log.h"
#include "store/database.h"

namespace tqm::reports {

inline constexpr std::string_view kFullIdReportAction = "export-report-full-id";

// Why no full numbers were given or exported. `code` is stable for the GUI to translate and for
// tests: those of admin/organizer_password.h (password-not-set, password-wrong, ...), of the key
// store (key-unreadable, ...), id-number-unreadable (a stored number does not open with this
// workstation's key), export-failed (the file could not be written) and audit-failed (the log
// entry could not be written; the file was removed). `message` is an English sentence.
struct FullIdRefusal {
    std::string code;
    std::string message;

    bool operator==(const FullIdRefusal&) const = default;
};

struct FullIdUnlockResult;

// Proof that the organizer password was given. Holds the seal key, which stays valid as long as
// the KeyStore it came from.
class FullIdUnlock {
  public:
    const admin::SealKey& sealKey() const { return *key_; }

  private:
    explicit FullIdUnlock(const admin::SealKey& key) : key_(&key) {}
    friend FullIdUnlockResult finishFullIdUnlock(store::Database&, admin::KeyStore&,
                                                 const admin::PasswordDecision&,
                                                 admin::PasswordCost);

    const admin::SealKey* key_;
};

struct FullIdUnlockResult {
    std::optional<FullIdUnlock> unlock;
    std::optional<FullIdRefusal> refusal;

    bool ok() const { return unlock.has_value(); }
};

// Step one, fast: the check of `password` against the stored hash, ready for decidePassword().
admin::PasswordRequest fullIdPasswordRequest(store::Database& database, std::string_view password,
                                             admin::PasswordCost cost = admin::interactiveCost());

// Step three, fast: stores a renewed hash if the decision holds one, then reads the seal key.
// `cost` is what a hash at other costs is renewed with (tests pass a cheap one).
FullIdUnlockResult finishFullIdUnlock(store::Database& database, admin::KeyStore& keys,
                                      const admin::PasswordDecision& decision,
                                      admin::PasswordCost cost = admin::interactiveCost());

// The three steps on this thread.
FullIdUnlockResult unlockFullIdNumbers(store::Database& database, admin::KeyStore& keys,
                                       std::string_view password,
                                       admin::PasswordCost cost = admin::interactiveCost());

// Puts the person's full number into `file.fullIdNumber` ("" when none is on record), which
// personFileDocument() then prints instead of the masked one. Refused with
// id-number-unreadable when the stored number does not open with this workstation's key.
std::optional<FullIdRefusal> revealIdNumber(store::Database& database, const FullIdUnlock& unlock,
                                            PersonFile& file);

struct FullIdExportResult {
    std::optional<FullIdRefusal> refusal;    // export-failed or audit-failed
    std::optional<store::AuditEntry> audit;  // the one entry, when the file was written

    bool ok() const { return !refusal; }
};

// Writes a document holding full numbers, then its audit entry ("by 张三: person A001 as pdf,
// full ID numbers"), in place of report::exportReport's "export-report" entry.
FullIdExportResult exportFullIdReport(store::Database& database, const ReportDocument& document,
                                      const report::ReportExport& request,
                                      const FullIdUnlock& unlock);

}  // namespace tqm::reports
