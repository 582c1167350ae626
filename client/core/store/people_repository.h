// People in the database: who they are (工号, name, unit, department) and which positions (岗位)
// they hold. Every write is its own transaction, committed before the call returns. A change of
// positions is also dated in position_assignment (see store/README.md), so that the certificate
// rules know since when someone holds a position.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace tqm::store {

struct Person {
    std::int64_t id = 0;
    std::string employeeNo;  // 工号, unique
    std::string name;
    std::string unit;
    std::string department;
    std::vector<std::string> positions;  // sorted by name
    std::int64_t createdAt = 0;          // Unix milliseconds, UTC
    std::int64_t updatedAt = 0;

    bool operator==(const Person&) const = default;
};

// What an import or an edit knows about a person. A field left empty (nullopt) keeps what the
// database holds, so a roster without a 岗位 column does not erase anyone's positions.
struct PersonUpdate {
    std::string employeeNo;
    std::string name;
    std::optional<std::string> unit;
    std::optional<std::string> department;
    std::optional<std::vector<std::string>> positions;
};

enum class UpsertOutcome : std::uint8_t { Added, Updated, Unchanged };

struct UpsertCounts {
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;

    bool operator==(const UpsertCounts&) const = default;
};

// Empty fields match everything; both set means both must match.
struct PeopleFilter {
    std::optional<std::string> unit;
    std::optional<std::string> position;
};

class PeopleRepository {
  public:
    explicit PeopleRepository(Database& database) : db_(database) {}

    // Adds the person, or updates the one with the same 工号 (updated_at moves only when a field
    // really changed).
    UpsertOutcome upsert(const PersonUpdate& person);

    // All of them in one transaction: either every person is written or none is.
    UpsertCounts upsertAll(std::span<const PersonUpdate> people);

    std::optional<Person> findByEmployeeNo(std::string_view employeeNo);

    // Ordered by 工号.
    std::vector<Person> list(const PeopleFilter& filter = {});

  private:
    UpsertOutcome write(const PersonUpdate& person, std::int64_t now);
    std::vector<std::string> positionsOf(std::int64_t personId);
    bool replacePositions(std::int64_t personId, const std::vector<std::string>& positions,
                          std::int64_t now);
    void leavePosition(std::int64_t personId, const std::string& name, const std::string& today);
    void takePosition(std::int64_t personId, const std::string& name, const std::string& today,
                      std::int64_t now);

    Database& db_;
};

}  // namespace tqm::store
