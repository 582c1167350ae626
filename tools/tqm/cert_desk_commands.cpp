// tqm cert issue, renew, revoke, review, assign, unassign and issue-pending: the organizer's desk,
// each action one call of cert::CertificateDesk or cert::issuePendingCertificates.
#include <iostream>
#include <memory>

#include "admin/key_store.h"
#include "cert/certificate_desk.h"
#include "cert/certificate_issuing.h"
#include "cert/status_word.h"
#include "cert_cli_support.h"
#include "cert_commands.h"
#include "output.h"
#include "store/certificate_type_repository.h"
#include "store/certifying_attempts.h"
#include "store/position_repository.h"

namespace tqm::cli {

namespace {

struct IssueOptions {
    std::string person, type, number, issued, from, until, issuer, evidence;
};

struct RenewOptions {
    std::string old, number, issued, from, until, issuer, evidence;
};

struct RevokeOptions {
    std::string number, on, reason;
};

struct ReviewOptions {
    std::string number, done, result, until, note;
};

struct AssignOptions {
    std::string person, position, from, to;
    bool yes = false;
};

// The certificate as stored, printed with its holder and type.
int printIssued(CertCommand& command, const cert::Certificate& certificate,
                const std::string& prefix) {
    const auto person = store::findPersonSummary(command.db(), certificate.personId);
    cert::CertificateType type;
    for (const cert::CertificateType& candidate :
         store::CertificateTypeRepository(command.db()).list())
        if (candidate.id == certificate.certificateTypeId) type = candidate;
    std::cout << prefix << certificateLine(certificate, *person, type) << std::endl;
    return kExitOk;
}

int runIssue(const IssueOptions& options, const std::string& databasePath) {
    CertCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const auto person = command.person(options.person);
    const auto type = command.type(options.type);
    if (!person || !type) return kExitFailed;
    const auto issued = dateOption(options.issued, "--issued", command.today());
    const auto from = optionalDateOption(options.from, "--from");
    const auto until = optionalDateOption(options.until, "--until");
    if (!issued || !from || !until) return kExitUsage;
    const cert::DeskResult<cert::Certificate> result =
        cert::CertificateDesk(command.db())
            .issueExternal({person->id, type->id, options.number, *issued, *from, *until,
                            options.issuer, options.evidence});
    if (!result.ok()) {
        printRefusal(*result.refusal);
        return kExitFailed;
    }
    return printIssued(command, *result.value, "issued ");
}

int runRenew(const RenewOptions& options, const std::string& databasePath) {
    CertCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const auto old = command.certificate(options.old);
    if (!old) return kExitFailed;
    const auto issued = dateOption(options.issued, "--issued", command.today());
    const auto from = optionalDateOption(options.from, "--from");
    const auto until = optionalDateOption(options.until, "--until");
    if (!issued || !from || !until) return kExitUsage;
    const cert::DeskResult<cert::Certificate> result =
        cert::CertificateDesk(command.db())
            .renew(old->id,
                   {options.number, *issued, *from, *until, options.issuer, options.evidence});
    if (!result.ok()) {
        printRefusal(*result.refusal);
        return kExitFailed;
    }
    return printIssued(command, *result.value, "renewed " + old->number + " by ");
}

int runRevoke(const RevokeOptions& options, const std::string& databasePath) {
    CertCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const auto certificate = command.certificate(options.number);
    if (!certificate) return kExitFailed;
    const auto on = dateOption(options.on, "--on", command.today());
    if (!on) return kExitUsage;
    const auto result =
        cert::CertificateDesk(command.db()).revoke(certificate->id, *on, options.reason);
    if (!result.ok()) {
        printRefusal(*result.refusal);
        return kExitFailed;
    }
    std::cout << "revoked " << certificate->number << " on " << formatDate(*on) << ": "
              << options.reason << std::endl;
    return kExitOk;
}

int runReview(const ReviewOptions& options, const std::string& databasePath) {
    CertCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const auto certificate = command.certificate(options.number);
    if (!certificate) return kExitFailed;
    const auto done = dateOption(options.done, "--done", command.today());
    const auto until = optionalDateOption(options.until, "--until");
    if (!done || !until) return kExitUsage;
    const cert::ReviewResult result =
        options.result == "failed" ? cert::ReviewResult::Failed : cert::ReviewResult::Passed;
    const auto recorded = cert::CertificateDesk(command.db())
                              .recordReview(certificate->id, {*done, result, *until, options.note});
    if (!recorded.ok()) {
        printRefusal(*recorded.refusal);
        return kExitFailed;
    }
    std::cout << "review of " << certificate->number << " due " << formatDate(recorded.value->dueOn)
              << ": " << options.result << " on " << formatDate(*done);
    if (recorded.value->validUntil)
        std::cout << ", valid until " << formatDate(*recorded.value->validUntil);
    std::cout << std::endl;
    return kExitOk;
}

int runAssign(const AssignOptions& options, const std::string& databasePath) {
    CertCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const auto person = command.person(options.person);
    const auto position = command.position(options.position);
    if (!person || !position) return kExitFailed;
    const auto from = dateOption(options.from, "--from", command.today());
    const auto to = optionalDateOption(options.to, "--to");
    if (!from || !to) return kExitUsage;
    const std::string who = person->employeeNo + " " + person->name;
    const cert::AssignOutcome outcome =
        cert::CertificateDesk(command.db())
            .assign({person->id, position->id, *from, *to}, options.yes);
    std::vector<cert::CertificateType> types =
        store::CertificateTypeRepository(command.db()).list();
    for (const cert::AssignmentWarning& warning : outcome.warnings) {
        std::string code = std::to_string(warning.certificateTypeId);
        for (const cert::CertificateType& type : types)
            if (type.id == warning.certificateTypeId) code = type.code + " " + type.name;
        std::cout << "warning: not-qualified: " << who << " in key position " << position->name
                  << " lacks mandatory " << code << ": " << cert::statusWord(warning.status)
                  << ", required from " << formatDate(warning.requiredFrom) << std::endl;
    }
    if (outcome.refusal) {
        printRefusal(*outcome.refusal);
        if (outcome.refusal->code == "unacknowledged-warnings")
            printSummary("run again with --yes to assign " + who + " anyway");
        return kExitFailed;
    }
    std::cout << "assigned " << who << " to " << position->name << " from " << formatDate(*from);
    if (*to) std::cout << " to " << formatDate(**to);
    std::cout << std::endl;
    return kExitOk;
}

int runUnassign(const AssignOptions& options, const std::string& databasePath) {
    CertCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const auto person = command.person(options.person);
    const auto position = command.position(options.position);
    if (!person || !position) return kExitFailed;
    const auto to = dateOption(options.to, "--to", command.today());
    if (!to) return kExitUsage;
    const std::string who = person->employeeNo + " " + person->name;
    std::optional<std::int64_t> open;
    for (const cert::Assignment& assignment :
         store::PositionRepository(command.db()).assignmentsOf(person->id))
        if (assignment.positionId == position->id && !assignment.to) open = assignment.id;
    if (!open) {
        printSummary("tqm: not-assigned: " + who + " holds no open assignment to " +
                     position->name);
        return kExitFailed;
    }
    if (const auto refused = cert::CertificateDesk(command.db()).endAssignment(*open, *to)) {
        printRefusal(*refused);
        return kExitFailed;
    }
    std::cout << who << " leaves " << position->name << ": last day " << formatDate(*to)
              << std::endl;
    return kExitOk;
}

int runIssuePending(const std::string& databasePath) {
    CertCommand command(databasePath);
    if (!command.opened()) return kExitFailed;
    const auto keys = admin::KeyStore::forDatabase(command.db().file());
    std::size_t issued = 0, refused = 0;
    for (const cert::AttemptIssue& outcome : cert::issuePendingCertificates(command.db(), *keys)) {
        if (outcome.issuedNow()) {
            ++issued;
            printIssued(command, *outcome.certificate,
                        "attempt " + std::to_string(outcome.attemptId) + ": issued ");
        } else if (outcome.refusal) {
            ++refused;
            printRefusal(*outcome.refusal);
        }
    }
    printSummary("issued " + std::to_string(issued) + ", not issued " + std::to_string(refused));
    return refused > 0 && issued == 0 ? kExitFailed : kExitOk;
}

void addDates(CLI::App* command, std::string& issued, std::string& from, std::string& until) {
    command->add_option("--issued", issued, "The day it was issued (default: today)");
    command->add_option("--from", from, "First valid day (default: see below)");
    command->add_option("--until", until,
                        "Last valid day (default: the type's validity from the first day)");
}

// One desk command: its options live as long as the command line, and running it sets the exit
// code.
template <typename Options>
struct DeskCommand {
    CLI::App* app;
    std::shared_ptr<Options> options;
};

template <typename Options>
DeskCommand<Options> addDeskCommand(CLI::App* cert, const std::string& name,
                                    const std::string& description, const std::string& footer,
                                    int (*run)(const Options&, const std::string&),
                                    const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<Options>();
    CLI::App* app = cert->add_subcommand(name, description);
    app->fallthrough();
    app->footer(footer);
    app->callback(
        [options, run, &databasePath, &exitCode] { exitCode = run(*options, databasePath); });
    return {app, options};
}

}  // namespace

void addCertDeskCommands(CLI::App* cert, const std::string& databasePath, int& exitCode) {
    const auto [issueCommand, issue] = addDeskCommand<IssueOptions>(
        cert, "issue",
        "Enter a certificate earned elsewhere (中国质量协会, a government body, ...)",
        "The first valid day defaults to the issue day. Certificates earned by an exam here are\n"
        "issued when the exam is passed (see tqm cert issue-pending).\n"
        "Example: tqm cert issue --person D0012 --type CAQ-QM --number CAQ-QM-2026-0088 \\\n"
        "           --issued 2026-03-02",
        runIssue, databasePath, exitCode);
    issueCommand->add_option("--person", issue->person, "The holder's 工号")->required();
    issueCommand->add_option("--type", issue->type, "The certificate type's code")->required();
    issueCommand->add_option("--number", issue->number, "The certificate number (证书编号)")
        ->required();
    addDates(issueCommand, issue->issued, issue->from, issue->until);
    issueCommand->add_option("--issuer", issue->issuer, "Who issued it (default: the type's)");
    issueCommand->add_option("--evidence", issue->evidence, "A scan or PDF kept with the record");

    const auto [renewCommand, renew] = addDeskCommand<RenewOptions>(
        cert, "renew", "Enter the renewal of a certificate earned elsewhere",
        "The new certificate runs from the day after the old one's last valid day unless --from\n"
        "says otherwise, and records which certificate it renews.\n"
        "Example: tqm cert renew CAQ-QM-2023-0001 --number CAQ-QM-2026-0107 --issued 2026-05-20",
        runRenew, databasePath, exitCode);
    renewCommand->add_option("certificate", renew->old, "The number of the certificate renewed")
        ->required();
    renewCommand->add_option("--number", renew->number, "The new certificate's number")->required();
    addDates(renewCommand, renew->issued, renew->from, renew->until);
    renewCommand->add_option("--issuer", renew->issuer, "Who issued it (default: as before)");
    renewCommand->add_option("--evidence", renew->evidence, "A scan or PDF kept with the record");

    const auto [revokeCommand, revoke] = addDeskCommand<RevokeOptions>(
        cert, "revoke", "Revoke a certificate",
        "The revocation and its audit-log entry (revoke-certificate) are written together.\n"
        "Example: tqm cert revoke ZJ-QI-2025-0002 --on 2026-03-01 --reason 违规操作",
        runRevoke, databasePath, exitCode);
    revokeCommand->add_option("certificate", revoke->number, "The certificate's number")
        ->required();
    revokeCommand->add_option("--on", revoke->on,
                              "The first day it no longer counts (default: "
                              "today)");
    revokeCommand->add_option("--reason", revoke->reason, "Why (recorded)")->required();

    const auto [reviewCommand, review] = addDeskCommand<ReviewOptions>(
        cert, "review", "Record a periodic review (复审)",
        "Records the certificate's pending review, or the one due as of that day. A failed\n"
        "review ends the certificate on the day it was done.\n"
        "Example: tqm cert review ZJ-QI-2025-0002 --done 2026-01-08 --result passed",
        runReview, databasePath, exitCode);
    reviewCommand->add_option("certificate", review->number, "The certificate's number")
        ->required();
    reviewCommand->add_option("--done", review->done, "The day it was done (default: today)");
    reviewCommand->add_option("--result", review->result, "passed or failed")
        ->required()
        ->check(CLI::IsMember({"passed", "failed"}));
    reviewCommand->add_option("--until", review->until,
                              "A passed review's new last valid day, if it moves");
    reviewCommand->add_option("--note", review->note, "A note kept with the review");

    const auto [assignCommand, assign] = addDeskCommand<AssignOptions>(
        cert, "assign", "Put a person in a position",
        "For a key position, every mandatory certificate the person does not hold on the first\n"
        "day is printed as a warning first; the assignment is then saved only with --yes.\n"
        "Example: tqm cert assign --person D0002 --position 质量检验员 --from 2026-03-01",
        runAssign, databasePath, exitCode);
    assignCommand->add_option("--person", assign->person, "The person's 工号")->required();
    assignCommand->add_option("--position", assign->position, "The position's name")->required();
    assignCommand->add_option("--from", assign->from, "First day in it (default: today)");
    assignCommand->add_option("--to", assign->to, "Last day in it (default: open-ended)");
    assignCommand->add_flag("--yes", assign->yes,
                            "Save even when the person lacks a mandatory certificate");

    const auto [unassignCommand, unassign] = addDeskCommand<AssignOptions>(
        cert, "unassign", "End a person's time in a position",
        "Example: tqm cert unassign --person D0002 --position 班组长 --to "
        "2026-02-28",
        runUnassign, databasePath, exitCode);
    unassignCommand->add_option("--person", unassign->person, "The person's 工号")->required();
    unassignCommand->add_option("--position", unassign->position, "The position's name")
        ->required();
    unassignCommand->add_option("--to", unassign->to, "The last day in it (default: today)");

    CLI::App* pending = cert->add_subcommand(
        "issue-pending", "Issue the certificates of passed exams that have none yet");
    pending->fallthrough();
    pending->footer(
        "A pass issues its certificate at once; this catches up with what could not be issued\n"
        "then (the program stopped in between, the signing key could not be read, or the type\n"
        "named its exam only later). Refusals (already-valid, ...) go to standard error.\n"
        "Example: tqm cert issue-pending");
    pending->callback([&databasePath, &exitCode] { exitCode = runIssuePending(databasePath); });
}

}  // namespace tqm::cli
