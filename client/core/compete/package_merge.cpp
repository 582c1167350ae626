#include "compete/package_merge.h"

#include <fstream>
#include <iterator>
#include <set>

#include "admin/key_material.h"
#include "base/clock.h"
#include "base/sha256.h"
#include "compete/contest_repository.h"
#include "compete/package_format.h"
#include "compete/package_repository.h"

namespace tqm::compete {

namespace {

MergeOutcome refused(MergeOutcome outcome, std::string code, std::string message) {
    outcome.status = MergeStatus::Refused;
    outcome.refusal = session::Refusal{std::move(code), outcome.file + ": " + std::move(message)};
    return outcome;
}

// The first attempt that is already merged from another package, or twice in this one.
std::optional<std::string> duplicateOf(PackageRepository& packages,
                                       const std::string& competitionId,
                                       const ResultPackage& package) {
    std::set<std::string> seen;
    for (const ContestResult& r : package.attempts) {
        const std::string who = r.employeeNo + " " + r.name;
        if (!seen.insert(r.employeeNo).second)
            return "the attempt of " + who + " is in the package twice";
        if (const std::optional<MergedPackage> earlier =
                packages.packageOfPerson(competitionId, r.employeeNo))
            return "the attempt of " + who + " was already merged from " + earlier->fileName +
                   " (package " + earlier->sha256.substr(0, 12) + ")";
    }
    return std::nullopt;
}

}  // namespace

MergeOutcome mergePackageText(store::Database& database, std::string_view competitionId,
                              std::string_view text, std::string_view fileName) {
    MergeOutcome outcome;
    outcome.file = std::string(fileName);
    PackageRead read = readPackageText(text, fileName);
    if (read.refusal) {
        outcome.refusal = std::move(read.refusal);
        return outcome;
    }
    const ResultPackage& package = *read.package;
    outcome.packageSha256 = sha256Hex(read.canonical);

    PackageRepository packages(database);
    const std::string keyId = admin::keyIdHex(admin::keyIdOf(package.publicKey));
    const std::optional<TrustedKey> key = packages.findKey(keyId);
    if (!key)
        return refused(std::move(outcome), "package-unknown-key",
                       "it is signed by workstation key " + keyId +
                           ", which is not trusted here; if that workstation is yours, trust its "
                           "public key with tqm package trust and merge again.");
    if (!admin::signatureMatches(signedBytes(read.canonical), read.signature, key->publicKey))
        return refused(std::move(outcome), "package-bad-signature",
                       "its content does not match its signature: the file was altered after "
                       "workstation \"" +
                           key->label +
                           "\" signed it. Export the package again on that workstation.");

    const std::optional<Competition> competition = ContestRepository(database).find(competitionId);
    if (!competition || package.competitionId != competitionId)
        return refused(std::move(outcome), "package-other-competition",
                       "it holds results of competition " + package.competitionId + " \"" +
                           package.competitionName + "\", not of competition " +
                           std::string(competitionId) + ".");
    if (package.paperSha256 != competition->paperSha256)
        return refused(std::move(outcome), "package-other-paper",
                       "its paper (hash " + package.paperSha256.substr(0, 12) +
                           ") is not the competition's paper (hash " +
                           competition->paperSha256.substr(0, 12) +
                           "); the workstation made the competition from another blueprint, "
                           "bank or seed.");
    if (competition->seatPaper == SeatPaper::Same)
        for (const ContestResult& r : package.attempts)
            if (r.paperSha256 != competition->paperSha256)
                return refused(std::move(outcome), "package-other-paper",
                               "the attempt of " + r.employeeNo + " " + r.name +
                                   " was made on another paper (hash " +
                                   r.paperSha256.substr(0, 12) + ") than the competition's.");

    if (const std::optional<MergedPackage> before = packages.findPackage(outcome.packageSha256)) {
        outcome.status = MergeStatus::AlreadyMerged;
        outcome.attempts = static_cast<std::size_t>(before->attemptCount);
        return outcome;
    }
    if (const std::optional<std::string> duplicate =
            duplicateOf(packages, competition->id, package))
        return refused(std::move(outcome), "package-duplicate-attempt",
                       *duplicate + "; nothing of this package was merged.");

    MergedPackage merged{outcome.packageSha256,
                         competition->id,
                         keyId,
                         outcome.file,
                         static_cast<std::int64_t>(package.attempts.size()),
                         unixMillis(database.clock().now())};
    packages.insert(merged, package.attempts);
    outcome.status = MergeStatus::Merged;
    outcome.attempts = package.attempts.size();
    return outcome;
}

MergeOutcome mergePackageFile(store::Database& database, std::string_view competitionId,
                              const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && !in.eof()) {
        MergeOutcome outcome;
        outcome.file = file.string();
        outcome.refusal = session::Refusal{
            "package-unreadable",
            outcome.file + ": the file cannot be read" +
                (std::filesystem::exists(file) ? std::string("; check its permissions.")
                                               : std::string(": there is no such file."))};
        return outcome;
    }
    return mergePackageText(database, competitionId, bytes, file.string());
}

}  // namespace tqm::compete
