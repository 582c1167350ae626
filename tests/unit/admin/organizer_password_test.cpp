#include <catch2/catch.hpp>

#include <SQLiteCpp/Statement.h>

#include "../store/store_test_support.h"
#include "admin/organizer_password.h"
#include "store/database.h"

using tqm::FakeClock;
using tqm::admin::OrganizerPassword;
using tqm::admin::PasswordCost;
using tqm::admin::PasswordRefusal;
using tqm::store::Database;

namespace {

// libsodium's smallest costs (1 pass, 8 KiB): the rules are the same, the tests stay fast.
constexpr PasswordCost kCheapCost{1, 8 * 1024};

std::string codeOf(const std::optional<PasswordRefusal>& refusal) {
    return refusal ? refusal->code : std::string("accepted");
}

std::int64_t changedAt(Database& database) {
    SQLite::Statement query(database.sql(), "SELECT changed_at FROM organizer_password");
    REQUIRE(query.executeStep());
    return query.getColumn(0).getInt64();
}

struct OpenDatabase {
    FakeClock clock{tqm::storetest::knownMoment()};
    Database database = std::move(*Database::open(tqm::store::kInMemory, clock).database);
};

}  // namespace

TEST_CASE("a new password needs at least eight characters and the same confirmation") {
    using tqm::admin::checkNewPassword;
    CHECK(codeOf(checkNewPassword("", "")) == "password-empty");
    CHECK(codeOf(checkNewPassword("1234567", "1234567")) == "password-too-short");
    CHECK(checkNewPassword("1234567", "1234567")->message ==
          "The password must have at least 8 characters.");
    CHECK(codeOf(checkNewPassword("12345678", "12345679")) == "password-mismatch");
    CHECK(codeOf(checkNewPassword("12345678", "12345678")) == "accepted");
    SECTION("characters are counted, not bytes") {
        CHECK(codeOf(checkNewPassword("质量管理体系审", "质量管理体系审")) == "password-too-short");
        CHECK(codeOf(checkNewPassword("质量管理体系审核", "质量管理体系审核")) == "accepted");
    }
}

TEST_CASE("the first password is stored as an argon2id hash string, never as typed") {
    OpenDatabase open;
    OrganizerPassword password(open.database, kCheapCost);
    REQUIRE_FALSE(password.isSet());
    REQUIRE(codeOf(password.setFirst("tqm-organizer", "tqm-organizer")) == "accepted");
    REQUIRE(password.isSet());
    const std::string hash = *password.storedHash();
    CHECK(hash.rfind("$argon2id$v=19$m=8,t=1,p=1$", 0) == 0);
    CHECK(hash.find("tqm-organizer") == std::string::npos);
    CHECK(changedAt(open.database) == tqm::unixMillis(tqm::storetest::knownMoment()));
}

TEST_CASE("a refused first password leaves no password set") {
    OpenDatabase open;
    OrganizerPassword password(open.database, kCheapCost);
    CHECK(codeOf(password.setFirst("short", "short")) == "password-too-short");
    CHECK(codeOf(password.setFirst("long-enough", "long-enougH")) == "password-mismatch");
    CHECK_FALSE(password.isSet());
}

TEST_CASE("only the stored password opens, and a second first password is refused") {
    OpenDatabase open;
    OrganizerPassword password(open.database, kCheapCost);
    CHECK(codeOf(password.verify("anything1")) == "password-not-set");
    REQUIRE(codeOf(password.setFirst("tqm-organizer", "tqm-organizer")) == "accepted");
    CHECK(codeOf(password.verify("tqm-organizer")) == "accepted");
    CHECK(codeOf(password.verify("TQM-organizer")) == "password-wrong");
    CHECK(codeOf(password.verify("")) == "password-wrong");
    CHECK(codeOf(password.setFirst("another-one", "another-one")) == "password-already-set");
    CHECK(codeOf(password.verify("tqm-organizer")) == "accepted");
}

TEST_CASE("changing the password needs the old one and follows the rules for a new one") {
    OpenDatabase open;
    OrganizerPassword password(open.database, kCheapCost);
    REQUIRE(codeOf(password.setFirst("tqm-organizer", "tqm-organizer")) == "accepted");
    const std::string before = *password.storedHash();
    open.clock.advance(std::chrono::minutes(5));

    CHECK(codeOf(password.change("wrong-old-one", "new-password", "new-password")) ==
          "password-wrong");
    CHECK(codeOf(password.change("tqm-organizer", "short", "short")) == "password-too-short");
    CHECK(codeOf(password.change("tqm-organizer", "new-password", "new-passw0rd")) ==
          "password-mismatch");
    CHECK(*password.storedHash() == before);

    REQUIRE(codeOf(password.change("tqm-organizer", "new-password", "new-password")) == "accepted");
    CHECK(codeOf(password.verify("tqm-organizer")) == "password-wrong");
    CHECK(codeOf(password.verify("new-password")) == "accepted");
    CHECK(changedAt(open.database) ==
          tqm::unixMillis(tqm::storetest::knownMoment() + std::chrono::minutes(5)));
}

TEST_CASE("a hash made with other costs is checked with its own costs and then renewed") {
    OpenDatabase open;
    OrganizerPassword cheap(open.database, kCheapCost);
    REQUIRE(codeOf(cheap.setFirst("tqm-organizer", "tqm-organizer")) == "accepted");

    OrganizerPassword current(open.database);  // the interactive costs
    CHECK(codeOf(current.verify("wrong-password")) == "password-wrong");
    CHECK(cheap.storedHash()->rfind("$argon2id$v=19$m=8,t=1,p=1$", 0) == 0);

    CHECK(codeOf(current.verify("tqm-organizer")) == "accepted");
    CHECK(current.storedHash()->rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0) == 0);
    CHECK(codeOf(current.verify("tqm-organizer")) == "accepted");
}

TEST_CASE("the database refuses a password row that is not an argon2id hash") {
    OpenDatabase open;
    CHECK_THROWS(
        open.database.sql().exec("INSERT INTO organizer_password (id, hash, set_at, changed_at) "
                                 "VALUES (1, 'plain-text', 0, 0)"));
}

TEST_CASE("a password decision needs no database: the hash to store comes with an acceptance") {
    using tqm::admin::decidePassword;
    using tqm::admin::PasswordAction;
    using tqm::admin::PasswordRequest;
    const PasswordRequest first{PasswordAction::SetFirst, "tqm-organizer", "",
                                "tqm-organizer",          std::nullopt,    kCheapCost};
    const auto set = decidePassword(first);
    CHECK_FALSE(set.refusal);
    REQUIRE(set.hashToStore);
    CHECK(set.hashToStore->rfind("$argon2id$v=19$m=8,t=1,p=1$", 0) == 0);

    const PasswordRequest right{PasswordAction::Verify, "tqm-organizer", "", "",
                                set.hashToStore,        kCheapCost};
    const auto accepted = decidePassword(right);
    CHECK_FALSE(accepted.refusal);
    CHECK_FALSE(accepted.hashToStore);  // same costs: nothing to renew

    PasswordRequest wrong = right;
    wrong.password = "tqm-organizeR";
    const auto refused = decidePassword(wrong);
    CHECK(codeOf(refused.refusal) == "password-wrong");
    CHECK_FALSE(refused.hashToStore);
}
