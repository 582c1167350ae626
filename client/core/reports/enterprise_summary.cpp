#include "reports/enterprise_summary.h"

#include <algorithm>
#include <chrono>

#include "reports/exam_statistics.h"
#include "store/certificate_repository.h"
#include "store/participation_queries.h"

namespace tqm::reports {

namespace {

struct Tally {
    GroupFigures figures;
    std::int64_t scoreSum = 0;
};

void countPerson(Tally& tally, const Participation* took) {  // null: did not take part
    ++tally.figures.people;
    if (!took) return;
    ++tally.figures.participants;
    tally.scoreSum += took->scoreBasisPoints;
    if (took->passed) ++tally.figures.passed;
}

void countRequirement(Tally& tally, cert::Status status) {
    switch (status) {
        case cert::Status::RenewalOpen:
        case cert::Status::ReviewDue:
        case cert::Status::InGrace:
            ++tally.figures.certificatesDue;
            break;
        case cert::Status::Expired:
        case cert::Status::Revoked:
            ++tally.figures.certificatesExpired;
            break;
        case cert::Status::Missing:
            ++tally.figures.certificatesMissing;
            break;
        default:
            break;
    }
}

GroupFigures finished(const Tally& tally) {
    GroupFigures figures = tally.figures;
    figures.participationPermille = permille(figures.participants, figures.people);
    figures.passRatePermille = permille(figures.passed, figures.participants);
    if (figures.participants > 0)
        figures.meanScoreBasisPoints =
            (tally.scoreSum * 2 + figures.participants) / (2 * figures.participants);
    return figures;
}

std::map<std::int64_t, Participation> bestOf(const std::vector<store::ScoredAttemptRow>& rows) {
    std::map<std::int64_t, Participation> best;
    for (const store::ScoredAttemptRow& row : rows) {
        const std::int64_t score =
            row.maxPoints > 0 ? (row.earned * 20000 + row.maxPoints) / (2 * row.maxPoints) : 0;
        auto [it, added] = best.emplace(row.personId, Participation{score, row.passed});
        if (!added) {
            it->second.scoreBasisPoints = std::max(it->second.scoreBasisPoints, score);
            it->second.passed = it->second.passed || row.passed;
        }
    }
    return best;
}

}  // namespace

EnterpriseSummary buildSummary(const std::vector<store::Person>& people,
                               const std::map<std::int64_t, Participation>& participation,
                               const std::vector<cert::RequirementStatusRow>& requirements,
                               std::string scope, Date asOf) {
    std::map<std::string, Tally> units;
    std::map<std::pair<std::string, std::string>, Tally> departments;
    std::map<std::int64_t, const store::Person*> byId;
    Tally total;
    total.figures.name = "合计";
    for (const store::Person& person : people) {
        byId[person.id] = &person;
        const auto found = participation.find(person.id);
        const Participation* took = found == participation.end() ? nullptr : &found->second;
        Tally& unit = units[person.unit];
        unit.figures.name = person.unit;
        Tally& department = departments[{person.unit, person.department}];
        department.figures.name = person.unit + " / " + person.department;
        for (Tally* tally : {&unit, &department, &total}) countPerson(*tally, took);
    }
    for (const cert::RequirementStatusRow& row : requirements) {
        const auto person = byId.find(row.personId);
        if (person == byId.end()) continue;
        const store::Person& p = *person->second;
        for (Tally* tally : {&units[p.unit], &departments[{p.unit, p.department}], &total})
            countRequirement(*tally, row.status);
    }
    EnterpriseSummary summary{std::move(scope), asOf, {}, {}, finished(total)};
    for (const auto& [name, tally] : units) summary.units.push_back(finished(tally));
    for (const auto& [key, tally] : departments) summary.departments.push_back(finished(tally));
    return summary;
}

EnterpriseSummary loadPeriodSummary(store::Database& database, Date from, Date to, Date asOf) {
    // The period is whole days in China Standard Time, as dateAt() counts them.
    const auto startOf = [](Date day) {
        return unixMillis(std::chrono::sys_time<std::chrono::milliseconds>(day) -
                          std::chrono::hours{8});
    };
    const auto rows = store::ParticipationQueries(database).attemptsBetween(
        startOf(from), startOf(to + std::chrono::days{1}));
    return buildSummary(store::PeopleRepository(database).list(), bestOf(rows),
                        cert::statusesAsOf(store::CertificateRepository(database).loadBook(), asOf),
                        formatDate(from) + " 至 " + formatDate(to), asOf);
}

std::optional<EnterpriseSummary> loadCompetitionSummary(store::Database& database,
                                                        const std::string& competitionId,
                                                        Date asOf) {
    store::ParticipationQueries queries(database);
    std::optional<std::string> name = queries.competitionName(competitionId);
    if (!name) return std::nullopt;
    return buildSummary(store::PeopleRepository(database).list(),
                        bestOf(queries.competitionResults(competitionId)),
                        cert::statusesAsOf(store::CertificateRepository(database).loadBook(), asOf),
                        std::move(*name), asOf);
}

std::string formatBasisPoints(std::int64_t basisPoints) {
    const std::int64_t tenths = (basisPoints + 5) / 10;  // in 1/1000
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10 != 0) text += "." + std::to_string(tenths % 10);
    return text + "%";
}

}  // namespace tqm::reports
