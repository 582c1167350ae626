#include "compete/package_repository.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <nlohmann/json.hpp>

#include "base/clock.h"

namespace tqm::compete {

namespace {

TrustedKey readKey(SQLite::Statement& row) {
    TrustedKey key;
    key.keyId = row.getColumn(0).getString();
    const SQLite::Column blob = row.getColumn(1);
    const auto* bytes = static_cast<const unsigned char*>(blob.getBlob());
    std::copy(bytes, bytes + key.publicKey.size(), key.publicKey.begin());
    key.label = row.getColumn(2).getString();
    key.trustedAt = row.getColumn(3).getInt64();
    return key;
}

constexpr const char* kKeyColumns =
    "SELECT key_id, public_key, label, trusted_at FROM workstation_key ";
constexpr const char* kPackageColumns =
    "SELECT sha256, competition_id, key_id, file_name, attempt_count, imported_at FROM "
    "merged_package ";

std::vector<MergedPackage> readPackages(SQLite::Statement& query) {
    std::vector<MergedPackage> out;
    while (query.executeStep())
        out.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                       query.getColumn(2).getString(), query.getColumn(3).getString(),
                       query.getColumn(4).getInt64(), query.getColumn(5).getInt64()});
    return out;
}

std::string answersJson(const std::vector<ContestAnswer>& answers) {
    nlohmann::json out = nlohmann::json::array();
    for (const ContestAnswer& a : answers)
        out.push_back({{"seq", a.seq},
                       {"answer", a.answer},
                       {"answeredAt", a.answeredAt},
                       {"revision", a.revision}});
    return out.dump();
}

std::vector<ContestAnswer> answersFromJson(const std::string& text) {
    std::vector<ContestAnswer> answers;
    for (const nlohmann::json& a : nlohmann::json::parse(text))
        answers.push_back({a.at("seq").get<std::size_t>(), a.at("answer").get<std::string>(),
                           a.at("answeredAt").get<std::int64_t>(), a.at("revision").get<int>()});
    return answers;
}

}  // namespace

PackageRepository::Trusted PackageRepository::trust(const admin::PublicKey& key,
                                                    std::string_view label) {
    const std::string keyId = admin::keyIdHex(admin::keyIdOf(key));
    if (std::optional<TrustedKey> known = findKey(keyId)) return {*known, false};
    // The table requires a label; a key trusted without one is named by its id.
    TrustedKey added{keyId, key, label.empty() ? "workstation " + keyId : std::string(label),
                     unixMillis(db_.clock().now())};
    SQLite::Statement insert(db_.sql(),
                             "INSERT INTO workstation_key (key_id, public_key, label, trusted_at) "
                             "VALUES (?, ?, ?, ?)");
    insert.bind(1, added.keyId);
    insert.bind(2, added.publicKey.data(), static_cast<int>(added.publicKey.size()));
    insert.bind(3, added.label);
    insert.bind(4, added.trustedAt);
    insert.exec();
    return {added, true};
}

std::vector<TrustedKey> PackageRepository::trustedKeys() {
    SQLite::Statement query(db_.sql(), std::string(kKeyColumns) + "ORDER BY label, key_id");
    std::vector<TrustedKey> keys;
    while (query.executeStep()) keys.push_back(readKey(query));
    return keys;
}

std::optional<TrustedKey> PackageRepository::findKey(std::string_view keyId) {
    SQLite::Statement query(db_.sql(), std::string(kKeyColumns) + "WHERE key_id = ?");
    query.bind(1, std::string(keyId));
    if (!query.executeStep()) return std::nullopt;
    return readKey(query);
}

std::optional<MergedPackage> PackageRepository::findPackage(std::string_view sha256) {
    SQLite::Statement query(db_.sql(), std::string(kPackageColumns) + "WHERE sha256 = ?");
    query.bind(1, std::string(sha256));
    std::vector<MergedPackage> found = readPackages(query);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<MergedPackage> PackageRepository::packagesOf(std::string_view competitionId) {
    SQLite::Statement query(db_.sql(), std::string(kPackageColumns) +
                                           "WHERE competition_id = ? ORDER BY imported_at, sha256");
    query.bind(1, std::string(competitionId));
    return readPackages(query);
}

std::optional<MergedPackage> PackageRepository::packageOfPerson(std::string_view competitionId,
                                                                std::string_view employeeNo) {
    SQLite::Statement query(db_.sql(),
                            "SELECT package_sha256 FROM merged_result WHERE "
                            "competition_id = ? AND employee_no = ?");
    query.bind(1, std::string(competitionId));
    query.bind(2, std::string(employeeNo));
    if (!query.executeStep()) return std::nullopt;
    return findPackage(query.getColumn(0).getString());
}

void PackageRepository::insert(const MergedPackage& package,
                               const std::vector<ContestResult>& results) {
    SQLite::Transaction transaction(db_.sql());
    SQLite::Statement addPackage(
        db_.sql(),
        "INSERT INTO merged_package (sha256, competition_id, key_id, "
        "file_name, attempt_count, imported_at) VALUES (?, ?, ?, ?, ?, ?)");
    addPackage.bind(1, package.sha256);
    addPackage.bind(2, package.competitionId);
    addPackage.bind(3, package.keyId);
    addPackage.bind(4, package.fileName);
    addPackage.bind(5, package.attemptCount);
    addPackage.bind(6, package.importedAt);
    addPackage.exec();
    SQLite::Statement addResult(
        db_.sql(),
        "INSERT INTO merged_result (competition_id, employee_no, package_sha256, name, unit, "
        "paper_sha256, score, max_points, started_at, submitted_at, time_used_ms, answers) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const ContestResult& r : results) {
        addResult.bind(1, package.competitionId);
        addResult.bind(2, r.employeeNo);
        addResult.bind(3, package.sha256);
        addResult.bind(4, r.name);
        addResult.bind(5, r.unit);
        addResult.bind(6, r.paperSha256);
        addResult.bind(7, static_cast<std::int64_t>(r.score));
        addResult.bind(8, static_cast<std::int64_t>(r.maxPoints));
        addResult.bind(9, r.startedAt);
        addResult.bind(10, r.submittedAt);
        addResult.bind(11, r.timeUsedMs);
        addResult.bind(12, answersJson(r.answers));
        addResult.exec();
        addResult.reset();
        addResult.clearBindings();
    }
    transaction.commit();
}

std::vector<ContestResult> PackageRepository::results(std::string_view competitionId) {
    SQLite::Statement query(db_.sql(),
                            "SELECT employee_no, name, unit, paper_sha256, score, max_points, "
                            "started_at, submitted_at, time_used_ms, answers FROM merged_result "
                            "WHERE competition_id = ? ORDER BY employee_no");
    query.bind(1, std::string(competitionId));
    std::vector<ContestResult> out;
    while (query.executeStep()) {
        ContestResult r;
        r.employeeNo = query.getColumn(0).getString();
        r.name = query.getColumn(1).getString();
        r.unit = query.getColumn(2).getString();
        r.paperSha256 = query.getColumn(3).getString();
        r.score = query.getColumn(4).getInt64();
        r.maxPoints = query.getColumn(5).getInt64();
        r.startedAt = query.getColumn(6).getInt64();
        r.submittedAt = query.getColumn(7).getInt64();
        r.timeUsedMs = query.getColumn(8).getInt64();
        r.answers = answersFromJson(query.getColumn(9).getString());
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace tqm::compete
