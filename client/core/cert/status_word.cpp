#include "cert/status_word.h"

#include <array>
#include <utility>

namespace tqm::cert {

namespace {

constexpr std::array<std::pair<Status, std::string_view>, 9> kWords{{
    {Status::Valid, "valid"},
    {Status::RenewalOpen, "renewal-open"},
    {Status::ReviewDue, "review-due"},
    {Status::InGrace, "in-grace"},
    {Status::NotYetRequired, "not-yet-required"},
    {Status::NotYetValid, "not-yet-valid"},
    {Status::Expired, "expired"},
    {Status::Revoked, "revoked"},
    {Status::Missing, "missing"},
}};

}  // namespace

std::string_view statusWord(Status status) {
    for (const auto& [value, word] : kWords)
        if (value == status) return word;
    return "missing";
}

std::optional<Status> parseStatusWord(std::string_view word) {
    for (const auto& [value, text] : kWords)
        if (text == word) return value;
    return std::nullopt;
}

bool isQualifying(Status status) {
    return status == Status::Valid || status == Status::RenewalOpen ||
           status == Status::ReviewDue || status == Status::InGrace;
}

int severity(Status status) {
    return static_cast<int>(status);
}

}  // namespace tqm::cert
