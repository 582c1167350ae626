// Small certificate books for the rule tests, written with dates as text so that each test reads
// like the calendar it checks.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "base/calendar_date.h"
#include "cert/certificate_model.h"

namespace cert_test {

inline tqm::Date day(std::string_view text) {
    const auto parsed = tqm::parseDate(text);
    if (!parsed) throw std::invalid_argument("bad test date: " + std::string(text));
    return *parsed;
}

inline tqm::cert::CertificateType certificateType(std::int64_t id, std::string code,
                                                  std::optional<int> validityMonths,
                                                  std::optional<int> reviewMonths,
                                                  int renewalWindowDays, int graceDays) {
    tqm::cert::CertificateType type;
    type.id = id;
    type.code = std::move(code);
    type.name = type.code;
    type.validityMonths = validityMonths;
    type.reviewMonths = reviewMonths;
    type.renewalWindowDays = renewalWindowDays;
    type.graceDays = graceDays;
    return type;
}

inline tqm::cert::Certificate certificate(std::int64_t id, std::int64_t personId,
                                          std::int64_t typeId, std::string_view from,
                                          std::optional<std::string_view> until) {
    tqm::cert::Certificate made;
    made.id = id;
    made.number = "C-" + std::to_string(id);
    made.personId = personId;
    made.certificateTypeId = typeId;
    made.issuedOn = day(from);
    made.validFrom = day(from);
    if (until) made.validUntil = day(*until);
    return made;
}

inline tqm::cert::ReviewEvent review(std::string_view dueOn, std::optional<std::string_view> doneOn,
                                     std::optional<tqm::cert::ReviewResult> result,
                                     std::optional<std::string_view> validUntil = std::nullopt) {
    tqm::cert::ReviewEvent event;
    event.dueOn = day(dueOn);
    if (doneOn) event.doneOn = day(*doneOn);
    event.result = result;
    if (validUntil) event.validUntil = day(*validUntil);
    return event;
}

inline tqm::cert::Assignment assignment(std::int64_t id, std::int64_t personId,
                                        std::int64_t positionId, std::string_view from,
                                        std::optional<std::string_view> to = std::nullopt) {
    tqm::cert::Assignment made;
    made.id = id;
    made.personId = personId;
    made.positionId = positionId;
    made.from = day(from);
    if (to) made.to = day(*to);
    return made;
}

inline tqm::cert::PersonSummary person(std::int64_t id, std::string employeeNo, std::string name) {
    return {id, std::move(employeeNo), std::move(name), "一车间", "质检科"};
}

inline tqm::cert::Position position(std::int64_t id, std::string name, bool key) {
    return {id, std::move(name), key, {}};
}

inline tqm::cert::Requirement requirement(std::int64_t positionId, std::int64_t typeId,
                                          tqm::cert::RequirementLevel level, int daysAllowed) {
    return {positionId, typeId, level, daysAllowed};
}

}  // namespace cert_test
