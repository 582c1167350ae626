// The audit log: entries stamped by the clock, listed newest first, never changed.
#include <catch2/catch.hpp>

#include "cert_store_fixture.h"
#include "store/audit_log.h"
#include "store/write_scope.h"

using tqm::store::AuditEntry;
using tqm::store::AuditLog;
using tqm::storetest::CertStore;
using tqm::storetest::kKnownMillis;

TEST_CASE("audit entries are stamped with the clock and listed newest first") {
    CertStore s;
    AuditLog log(s.db);
    CHECK(log.append("export-id-numbers", "register.xlsx", "12 people") ==
          AuditEntry{1, kKnownMillis, "export-id-numbers", "register.xlsx", "12 people"});
    s.clock.advance(std::chrono::seconds(5));
    log.append("revoke-certificate", "TQM-2026-000001");
    CHECK(log.list() == std::vector<AuditEntry>{
                            {2, kKnownMillis + 5000, "revoke-certificate", "TQM-2026-000001", ""},
                            {1, kKnownMillis, "export-id-numbers", "register.xlsx", "12 people"}});
    CHECK(log.list(1).size() == 1);
    CHECK(log.list(1).front().id == 2);
}

TEST_CASE("an entry written in a scope that is not committed is not kept") {
    CertStore s;
    AuditLog log(s.db);
    {
        tqm::store::WriteScope scope(s.db.sql(), "export");
        log.append("export-id-numbers", "register.csv");
    }
    CHECK(log.list().empty());
}
