// The status words written to JSON and CSV, and which statuses count as qualified.
#include <catch2/catch.hpp>

#include "cert/status_word.h"

using tqm::cert::isQualifying;
using tqm::cert::parseStatusWord;
using tqm::cert::severity;
using tqm::cert::Status;
using tqm::cert::statusWord;

TEST_CASE("every status has one word and reads back from it") {
    const std::pair<Status, std::string_view> expected[] = {
        {Status::Valid, "valid"},
        {Status::RenewalOpen, "renewal-open"},
        {Status::ReviewDue, "review-due"},
        {Status::InGrace, "in-grace"},
        {Status::NotYetRequired, "not-yet-required"},
        {Status::NotYetValid, "not-yet-valid"},
        {Status::Expired, "expired"},
        {Status::Revoked, "revoked"},
        {Status::Missing, "missing"},
    };
    for (const auto& [status, word] : expected) {
        CHECK(statusWord(status) == word);
        CHECK(parseStatusWord(word) == status);
    }
    CHECK_FALSE(parseStatusWord("Valid"));
    CHECK_FALSE(parseStatusWord("renewal_open"));
    CHECK_FALSE(parseStatusWord(""));
}

TEST_CASE("valid, renewal open, review due and in grace count as qualified and nothing else does") {
    CHECK(isQualifying(Status::Valid));
    CHECK(isQualifying(Status::RenewalOpen));
    CHECK(isQualifying(Status::ReviewDue));
    CHECK(isQualifying(Status::InGrace));
    CHECK_FALSE(isQualifying(Status::NotYetRequired));
    CHECK_FALSE(isQualifying(Status::NotYetValid));
    CHECK_FALSE(isQualifying(Status::Expired));
    CHECK_FALSE(isQualifying(Status::Revoked));
    CHECK_FALSE(isQualifying(Status::Missing));
}

TEST_CASE("severity runs from valid (best) to missing (worst)") {
    CHECK(severity(Status::Valid) == 0);
    CHECK(severity(Status::InGrace) == 3);
    CHECK(severity(Status::NotYetRequired) == 4);
    CHECK(severity(Status::Missing) == 8);
    CHECK(severity(Status::RenewalOpen) < severity(Status::ReviewDue));
    CHECK(severity(Status::Expired) < severity(Status::Revoked));
}
