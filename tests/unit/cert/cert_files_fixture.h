// What the tests of the certificate files' services share: an in-memory database on a fake clock
// at 2026-11-24 (China Standard Time) holding the demo plant's roster, in-memory keys, the demo
// plant's certificate files imported on request, and queries written out as text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include <catch2/catch.hpp>

#include "admin/key_store.h"
#include "base/clock.h"
#include "cert/cert_file_import.h"
#include "cert/certificate_file_import.h"
#include "cert/roster_import.h"
#include "cert_file_support.h"
#include "query_rows.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace tqm::certtest {

// 2026-11-24T10:30:00Z, 18:30 in China.
inline constexpr std::int64_t kTodayMillis = 1795516200000;

struct DemoPlant {
    FakeClock clock{fromUnixMillis(kTodayMillis)};
    store::Database db = std::move(*store::Database::open(store::kInMemory, clock).database);
    std::unique_ptr<admin::KeyStore> keys = std::make_unique<admin::KeyStore>();

    DemoPlant() {
        store::PeopleRepository people(db);
        REQUIRE(cert::importRoster(demoFile("demo-roster.csv"), "demo-roster.csv", people)
                    .anyImported());
    }

    // Types, positions and requirements of the demo plant; with `certificates`, those too.
    void importDemoFiles(bool certificates = true) {
        REQUIRE(cert::importCertificateTypes(db, demoFile("demo-cert-types.csv"), "types.csv")
                    .counts.rejected == 0);
        REQUIRE(cert::importPositions(db, demoFile("demo-positions.csv"), "positions.csv")
                    .counts.rejected == 0);
        REQUIRE(cert::importRequirements(db, demoFile("demo-requirements.csv"), "req.csv")
                    .counts.rejected == 0);
        if (certificates)
            REQUIRE(cert::importCertificates(db, *keys, demoFile("demo-certificates.csv"),
                                             "certificates.csv")
                        .counts.rejected == 0);
    }

    std::int64_t count(const std::string& table) {
        return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt64();
    }

    // A query's rows: columns joined with '|', rows with ';'.
    std::string rows(const std::string& query) { return testsupport::queryRows(db.sql(), query); }
};

}  // namespace tqm::certtest
