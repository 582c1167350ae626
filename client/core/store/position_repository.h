// Positions (岗位) with their key flag, and the dated spans in which people hold them
// (position_assignment). person_position stays the table of current positions: an assignment
// added open-ended puts the position there, and ending one takes it out, so the people list and
// the assignments agree. Every write is its own transaction, or part of the caller's WriteScope.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "cert/certificate_model.h"
#include "store/database.h"
#include "store/store_refusal.h"

namespace tqm::store {

class PositionRepository {
  public:
    explicit PositionRepository(Database& database) : db_(database) {}

    // Adds the position, or sets the key flag and description of the one with the same name.
    // The id in `position` is ignored; the stored position (with its id) comes back.
    Written<cert::Position> upsert(const cert::Position& position);

    std::optional<cert::Position> findByName(std::string_view name);

    // Ordered by name.
    std::vector<cert::Position> list();

    // A span from `from` to `to` (inclusive; open-ended without one). Refused for an unknown
    // person or position, `to` before `from`, or days on which the person already holds the
    // position.
    Written<cert::Assignment> addAssignment(std::int64_t personId, std::int64_t positionId,
                                            Date from, std::optional<Date> to = std::nullopt);

    // Sets the last day of an open assignment; the position leaves the person's current ones.
    MaybeRefusal endAssignment(std::int64_t assignmentId, Date to);

    // A person's assignments ordered by first day, then id.
    std::vector<cert::Assignment> assignmentsOf(std::int64_t personId);

    // Every assignment, ordered by id.
    std::vector<cert::Assignment> allAssignments();

  private:
    Database& db_;
};

}  // namespace tqm::store
