#include "reports/id_unlock.h"

#include "cert/sealed_id_numbers.h"
#include "report/audited_file.h"

namespace tqm::reports {

namespace {

FullIdUnlockResult refused(std::string code, std::string message) {
    return {std::nullopt, FullIdRefusal{std::move(code), std::move(message)}};
}

}  // namespace

admin::PasswordRequest fullIdPasswordRequest(store::Database& database, std::string_view password,
                                             admin::PasswordCost cost) {
    return admin::OrganizerPassword(database, cost)
        .request(admin::PasswordAction::Verify, password);
}

FullIdUnlockResult finishFullIdUnlock(store::Database& database, admin::KeyStore& keys,
                                      const admin::PasswordDecision& decision,
                                      admin::PasswordCost cost) {
    if (const auto refusal = admin::OrganizerPassword(database, cost).apply(decision))
        return refused(refusal->code, refusal->message);
    const admin::KeyAccess<admin::SealKey> seal = keys.sealKey();
    if (!seal) return refused(seal.problem->code, seal.problem->message);
    return {FullIdUnlock(*seal.key), std::nullopt};
}

FullIdUnlockResult unlockFullIdNumbers(store::Database& database, admin::KeyStore& keys,
                                       std::string_view password, admin::PasswordCost cost) {
    const admin::PasswordDecision decision =
        admin::decidePassword(fullIdPasswordRequest(database, password, cost));
    return finishFullIdUnlock(database, keys, decision, cost);
}

std::optional<FullIdRefusal> revealIdNumber(store::Database& database, const FullIdUnlock& unlock,
                                            PersonFile& file) {
    cert::SealedIdNumbers numbers(database, unlock.sealKey());
    std::string number = numbers.full(file.person.id, file.person.employeeNo);
    if (numbers.unreadable()) return FullIdRefusal{"id-number-unreadable", *numbers.unreadable()};
    file.fullIdNumber = std::move(number);
    return std::nullopt;
}

FullIdExportResult exportFullIdReport(store::Database& database, const ReportDocument& document,
                                      const report::ReportExport& request,
                                      const FullIdUnlock& /*proof of the password*/) {
    if (const auto error = report::writeReport(request.file, document, request.format))
        return {FullIdRefusal{"export-failed", error->message}, std::nullopt};
    report::AuditedFile audited = report::recordOrRemove(
        database, request.file, kFullIdReportAction,
        "by " + request.who + ": " + request.report + " as " +
            std::string(report::reportFormatWord(request.format)) + ", full ID numbers");
    if (!audited.entry) return {FullIdRefusal{"audit-failed", audited.failure}, std::nullopt};
    return {std::nullopt, std::move(audited.entry)};
}

}  // namespace tqm::reports
