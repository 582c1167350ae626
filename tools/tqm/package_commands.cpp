// tqm package export, trust, keys and merge: result packages of individual contests.
#include <iostream>
#include <memory>
#include <vector>

#include "admin/key_store.h"
#include "admin/public_key_file.h"
#include "compete/contest_repository.h"
#include "compete/package_export.h"
#include "compete/package_merge.h"
#include "compete/package_repository.h"
#include "compete_cli_support.h"
#include "compete_contest_commands.h"
#include "database_option.h"
#include "output.h"
#include "report/result_format.h"

namespace tqm::cli {

namespace {

struct ExportOptions {
    std::string competition;
    std::string output;
};

struct TrustOptions {
    std::string keyFile;
    std::string label;
};

struct MergeOptions {
    std::vector<std::string> files;
    std::string competition;
};

int runExport(const ExportOptions& options, const std::string& databasePath) {
    SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const std::optional<compete::Competition> competition =
        findCompetition(*db, options.competition);
    if (!competition) return kExitFailed;
    const std::unique_ptr<admin::KeyStore> keys = admin::KeyStore::forDatabase(db->file());
    const compete::PackageExport exported = compete::exportPackage(*db, *keys, competition->id);
    if (!exported.refusal) {
        if (const std::string failure = makeParentFolder(options.output); !failure.empty()) {
            printSummary("tqm: " + failure);
            return kExitFailed;
        }
    }
    const std::optional<session::Refusal> refused =
        exported.refusal ? exported.refusal : compete::writePackageFile(options.output, exported);
    if (refused) {
        printSummary("tqm: " + refused->code + ": " + refused->message);
        return kExitFailed;
    }
    printSummary(options.output + ": " + countOf(exported.attempts, "attempt", "attempts") +
                 " of competition \"" + competition->name + "\", signed with workstation key " +
                 admin::keyIdHex(admin::keyIdOf(keys->signingKeys().key->publicKey())));
    if (exported.stillOpen > 0)
        printSummary("tqm: warning: " + countOf(exported.stillOpen, "attempt is", "attempts are") +
                     " still running and not in the package; export again once submitted");
    return kExitOk;
}

int runTrust(const TrustOptions& options, const std::string& databasePath) {
    const admin::PublicKeyRead read = admin::readPublicKeyFile(options.keyFile);
    if (!read.key) {
        printSummary("tqm: " + read.problem->code + ": " + read.problem->message);
        return kExitFailed;
    }
    SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const compete::PackageRepository::Trusted trusted =
        compete::PackageRepository(*db).trust(*read.key, options.label);
    std::cout << trusted.key.keyId << std::endl;
    printSummary(trusted.added ? "workstation key " + trusted.key.keyId + " \"" +
                                     trusted.key.label + "\" is trusted now"
                               : "workstation key " + trusted.key.keyId +
                                     " was already trusted as \"" + trusted.key.label + "\"");
    return kExitOk;
}

int runKeys(const std::string& databasePath) {
    SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const std::vector<compete::TrustedKey> keys = compete::PackageRepository(*db).trustedKeys();
    for (const compete::TrustedKey& key : keys)
        std::cout << key.keyId << '\t' << key.label << '\t'
                  << report::formatLocalTime(fromUnixMillis(key.trustedAt), std::chrono::hours(8))
                  << '\n';
    std::cout.flush();
    printSummary(countOf(keys.size(), "trusted key", "trusted keys"));
    return kExitOk;
}

// The message without the file name it starts with, which the line already shows.
std::string withoutFile(const std::string& message, const std::string& file) {
    const std::string prefix = file + ": ";
    return message.starts_with(prefix) ? message.substr(prefix.size()) : message;
}

int runMerge(const MergeOptions& options, const std::string& databasePath) {
    SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    std::optional<compete::Competition> competition;
    if (!options.competition.empty()) {
        competition = findCompetition(*db, options.competition);
    } else {
        const std::vector<compete::Competition> all = compete::ContestRepository(*db).list();
        if (all.size() == 1)
            competition = all.front();
        else
            printSummary("tqm: " + std::string(all.empty()
                                                   ? "this database holds no competition; make it "
                                                     "with tqm compete create --id ID --seed SEED"
                                                   : "this database holds several competitions; "
                                                     "name one with --competition"));
    }
    if (!competition) return kExitFailed;
    int code = kExitOk;
    for (const std::string& file : options.files) {
        const compete::MergeOutcome outcome = compete::mergePackageFile(*db, competition->id, file);
        switch (outcome.status) {
            case compete::MergeStatus::Merged:
                std::cout << file << ": merged " << countOf(outcome.attempts, "attempt", "attempts")
                          << '\n';
                break;
            case compete::MergeStatus::AlreadyMerged:
                std::cout << file << ": already merged ("
                          << countOf(outcome.attempts, "attempt", "attempts")
                          << "), nothing changed\n";
                break;
            case compete::MergeStatus::Refused:
                std::cout << file << ": refused: " << outcome.refusal->code << ": "
                          << withoutFile(outcome.refusal->message, outcome.file) << '\n';
                code = kExitFailed;
                break;
        }
    }
    std::cout.flush();
    return code;
}

}  // namespace

void addPackageCommands(CLI::App& app, const std::string& databasePath, int& exitCode) {
    CLI::App* package = app.add_subcommand(
        "package", "Signed result packages of competitions: export, trust keys, merge");
    package->require_subcommand(1);

    auto exportOptions = std::make_shared<ExportOptions>();
    CLI::App* exportCommand = package->add_subcommand(
        "export", "Write this workstation's signed result package of a competition");
    exportCommand->add_option("competition", exportOptions->competition, "The competition's id")
        ->required();
    exportCommand->add_option("-o,--output", exportOptions->output, "The package file to write")
        ->required();
    exportCommand->callback([exportOptions, &databasePath, &exitCode] {
        exitCode = runExport(*exportOptions, databasePath);
    });

    auto trust = std::make_shared<TrustOptions>();
    CLI::App* trustCommand = package->add_subcommand(
        "trust", "Trust a workstation's public key (written there by tqm cert public-key)");
    trustCommand->add_option("keyfile", trust->keyFile, "The public key file")->required();
    trustCommand->add_option("--label", trust->label, "A name for the workstation")->required();
    trustCommand->callback(
        [trust, &databasePath, &exitCode] { exitCode = runTrust(*trust, databasePath); });

    package->add_subcommand("keys", "List the trusted workstation keys")
        ->callback([&databasePath, &exitCode] { exitCode = runKeys(databasePath); });

    auto merge = std::make_shared<MergeOptions>();
    CLI::App* mergeCommand =
        package->add_subcommand("merge", "Merge result packages into the competition's results");
    mergeCommand->add_option("files", merge->files, "The package files")->required();
    mergeCommand->add_option("--competition", merge->competition,
                             "The competition (default: the database's only one)");
    mergeCommand->callback(
        [merge, &databasePath, &exitCode] { exitCode = runMerge(*merge, databasePath); });
}

}  // namespace tqm::cli
