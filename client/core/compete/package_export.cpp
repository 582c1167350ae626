#include "compete/package_export.h"

#include <algorithm>

#include <SQLiteCpp/Statement.h>

#include "base/clock.h"
#include "base/file_io.h"
#include "compete/contest_paper.h"
#include "compete/contest_repository.h"
#include "store/attempt_repository.h"

namespace tqm::compete {

namespace {

session::Refusal noSuchCompetition(std::string_view id) {
    return {"no-such-competition", "this database holds no competition " + std::string(id) +
                                       "; list the competitions with tqm compete list."};
}

ContestResult resultOf(store::Database& database, store::AttemptRepository& attempts,
                       const store::AttemptRow& row) {
    ContestResult r;
    SQLite::Statement person(database.sql(),
                             "SELECT employee_no, name, unit FROM person WHERE id = ?");
    person.bind(1, row.personId);
    if (person.executeStep()) {
        r.employeeNo = person.getColumn(0).getString();
        r.name = person.getColumn(1).getString();
        r.unit = person.getColumn(2).getString();
    }
    r.paperSha256 = paperSha256(attempts.paper(row.id));
    r.score = row.earned.value_or(0);
    r.maxPoints = row.maxPoints.value_or(0);
    r.startedAt = row.startedAt;
    r.submittedAt = *row.submittedAt;
    r.timeUsedMs = r.submittedAt - r.startedAt;
    for (const store::StoredAnswer& answer : attempts.answers(row.id))
        r.answers.push_back({answer.seq, answer.text, answer.answeredAt, answer.revision});
    return r;
}

}  // namespace

ResultPackage collectPackage(store::Database& database, std::string_view competitionId) {
    const std::optional<Competition> competition = ContestRepository(database).find(competitionId);
    ResultPackage package;
    if (!competition) return package;
    package.competitionId = competition->id;
    package.competitionName = competition->name;
    package.paperSha256 = competition->paperSha256;
    package.exportedAt = unixMillis(database.clock().now());
    store::AttemptRepository attempts(database);
    for (const store::AttemptRow& row : attempts.submittedOfExam(competition->examId))
        package.attempts.push_back(resultOf(database, attempts, row));
    std::sort(
        package.attempts.begin(), package.attempts.end(),
        [](const ContestResult& a, const ContestResult& b) { return a.employeeNo < b.employeeNo; });
    return package;
}

PackageExport exportPackage(store::Database& database, admin::KeyStore& keys,
                            std::string_view competitionId) {
    PackageExport exported;
    const std::optional<Competition> competition = ContestRepository(database).find(competitionId);
    if (!competition) {
        exported.refusal = noSuchCompetition(competitionId);
        return exported;
    }
    const admin::KeyAccess<admin::SigningKeyPair> signing = keys.signingKeys();
    if (!signing) {
        exported.refusal = session::Refusal{signing.problem->code, signing.problem->message};
        return exported;
    }
    ResultPackage package = collectPackage(database, competitionId);
    package.publicKey = signing.key->publicKey();
    const std::string canonical = canonicalContent(package);
    exported.text = packageFileText(package, signing.key->sign(signedBytes(canonical)));
    exported.attempts = package.attempts.size();
    exported.stillOpen = store::AttemptRepository(database).openOfExam(competition->examId).size();
    return exported;
}

std::optional<session::Refusal> writePackageFile(const std::filesystem::path& file,
                                                 const PackageExport& exported) {
    const std::string failure = writeFileAtomically(file, exported.text);
    if (failure.empty()) return std::nullopt;
    return session::Refusal{"package-write-failed", failure};
}

}  // namespace tqm::compete
