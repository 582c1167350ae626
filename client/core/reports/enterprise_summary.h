// The enterprise summary (企业汇总): for a period or one competition, per unit and per
// department, how many people took part, their average score and pass rate — the figures
// enterprise quality awards are judged on — and how many key-position certificates are due,
// expired or missing on the report date.
//
// - People are the roster (the person table); a unit's or department's participation rate is
//   participants ÷ people.
// - For a period: a participant submitted at least one scored exam attempt in it; their score is
//   their best attempt's share of the full marks, and they passed when any attempt passed.
// - For a competition: the merged results of people on the roster (others are left out, as they
//   have no unit or department here); passed when the score reaches the exam's pass mark.
// - Certificates count requirement rows (cert/requirement_status.h) on the day: due is renewal
//   open, review due or in grace; expired is expired or revoked; missing is missing.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/calendar_date.h"
#include "cert/requirement_status.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace tqm::reports {

struct Participation {
    std::int64_t scoreBasisPoints = 0;  // best score as a share of full marks, in 1/10000
    bool passed = false;

    bool operator==(const Participation&) const = default;
};

struct GroupFigures {
    std::string name;  // the unit, or "unit / department"; "合计" for the total
    int people = 0;
    int participants = 0;
    int participationPermille = 0;
    std::int64_t meanScoreBasisPoints = 0;  // mean of the participants' scores, half up
    int passed = 0;
    int passRatePermille = 0;  // passed ÷ participants
    int certificatesDue = 0;
    int certificatesExpired = 0;
    int certificatesMissing = 0;

    bool operator==(const GroupFigures&) const = default;
};

struct EnterpriseSummary {
    std::string scope;  // "2026-01-01 至 2026-12-31" or the competition's name
    Date asOf{};
    std::vector<GroupFigures> units;        // by unit
    std::vector<GroupFigures> departments;  // by unit, then department
    GroupFigures total;
};

// Pure: the figures from the people, who took part and how, and the requirement rows.
EnterpriseSummary buildSummary(const std::vector<store::Person>& people,
                               const std::map<std::int64_t, Participation>& participation,
                               const std::vector<cert::RequirementStatusRow>& requirements,
                               std::string scope, Date asOf);

EnterpriseSummary loadPeriodSummary(store::Database& database, Date from, Date to, Date asOf);
// Nothing when there is no competition with that id.
std::optional<EnterpriseSummary> loadCompetitionSummary(store::Database& database,
                                                        const std::string& competitionId,
                                                        Date asOf);

// "87.5%" from 8750 basis points, rounded half up to a tenth of a percent.
std::string formatBasisPoints(std::int64_t basisPoints);

}  // namespace tqm::reports
