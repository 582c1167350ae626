// The competitions of this database (table `competition`, store/schema_contest.h).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "compete/contest.h"
#include "store/database.h"

namespace tqm::compete {

class ContestRepository {
  public:
    explicit ContestRepository(store::Database& database) : db_(database) {}

    // The caller wraps it in its transaction; throws on a broken constraint (a bug).
    void insert(const Competition& competition);
    std::optional<Competition> find(std::string_view id);
    std::optional<Competition> findByExam(std::int64_t examId);
    // By creation, oldest first.
    std::vector<Competition> list();

  private:
    store::Database& db_;
};

}  // namespace tqm::compete
