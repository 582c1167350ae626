// The organizer's side of result packages in the database (store/schema_contest.h): the trusted
// workstation keys, the packages merged and the results they brought.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "admin/key_material.h"
#include "compete/contest_result.h"
#include "store/database.h"

namespace tqm::compete {

struct TrustedKey {
    std::string keyId;  // 16 lower-case hex characters
    admin::PublicKey publicKey{};
    std::string label;
    std::int64_t trustedAt = 0;
    bool operator==(const TrustedKey&) const = default;
};

struct MergedPackage {
    std::string sha256;  // of the package's canonical content
    std::string competitionId;
    std::string keyId;
    std::string fileName;  // as it was named when merged
    std::int64_t attemptCount = 0;
    std::int64_t importedAt = 0;
    bool operator==(const MergedPackage&) const = default;
};

class PackageRepository {
  public:
    explicit PackageRepository(store::Database& database) : db_(database) {}

    // Adds the key with its label, committed; a key already trusted keeps its first label and is
    // returned as it is (`added` false).
    struct Trusted {
        TrustedKey key;
        bool added = false;
    };
    Trusted trust(const admin::PublicKey& key, std::string_view label);
    std::vector<TrustedKey> trustedKeys();  // by label, then key id
    std::optional<TrustedKey> findKey(std::string_view keyId);

    std::optional<MergedPackage> findPackage(std::string_view sha256);
    std::vector<MergedPackage> packagesOf(std::string_view competitionId);  // in merge order
    // The package a person's result of the competition came from, if merged already.
    std::optional<MergedPackage> packageOfPerson(std::string_view competitionId,
                                                 std::string_view employeeNo);
    // The package and its results, one transaction, all or nothing.
    void insert(const MergedPackage& package, const std::vector<ContestResult>& results);
    // The merged results of a competition, by 工号.
    std::vector<ContestResult> results(std::string_view competitionId);

  private:
    store::Database& db_;
};

}  // namespace tqm::compete
