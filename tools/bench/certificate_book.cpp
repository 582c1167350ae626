// tqm-bench-certificate-book FILE [--people N] [--types K] [--repeat R] [--replace]: the time to
// load the whole certificate book (store::CertificateRepository::loadBook) of N people, K
// certificate types and about N × K / 2 certificates with a review each, beside a bare scan of
// the same rows (the same seven SELECTs, each row stepped, no column read) in the same run:
// what building the model costs on top of SQLite reading the pages.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <CLI/CLI.hpp>

#include "store/certificate_repository.h"
#include "store/database.h"

namespace {

using Steady = std::chrono::steady_clock;

double millisecondsOf(const auto& action) {
    const auto start = Steady::now();
    action();
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

// A plant: 20 positions, a quarter of them key, each requiring 3 types; every person holds one
// or two positions and every other type's certificate, each certificate with one review (half
// of them done). Written with plain SQL in one transaction: the generator is not what is timed.
void fill(SQLite::Database& sql, int people, int types) {
    SQLite::Transaction transaction(sql);
    SQLite::Statement person(sql,
                             "INSERT INTO person (id, employee_no, name, unit, department, "
                             "created_at, updated_at) VALUES (?1, printf('E%06d', ?1), "
                             "printf('员工%d', ?1), printf('%d车间', ?1 % 12), '质检科', 0, 0)");
    SQLite::Statement position(sql,
                               "INSERT INTO position (id, name, is_key) VALUES (?1, "
                               "printf('岗位%02d', ?1), ?1 % 4 = 0)");
    SQLite::Statement assignment(sql,
                                 "INSERT INTO position_assignment (person_id, position_id, "
                                 "from_date, to_date, created_at) VALUES (?1, ?2, ?3, ?4, 0)");
    SQLite::Statement type(sql,
                           "INSERT INTO certificate_type (id, code, name, issuer_kind, "
                           "validity_months, review_months, renewal_window_days, grace_days, "
                           "number_pattern, created_at, updated_at) VALUES (?1, printf('T%02d', "
                           "?1), printf('证书%d', ?1), 'caq', 36, 12, 90, 30, 'T-{seq:6}', 0, 0)");
    SQLite::Statement requirement(sql,
                                  "INSERT OR IGNORE INTO certificate_requirement VALUES (?1, ?2, "
                                  "'mandatory', 30)");
    SQLite::Statement certificate(
        sql,
        "INSERT INTO certificate (id, number, person_id, certificate_type_id, issued_on, "
        "valid_from, valid_until, issuer, source, created_at) VALUES (?1, printf('TQM-%08d', ?1), "
        "?2, ?3, ?4, ?4, date(?4, '+36 months', '-1 day'), '中国质量协会', 'external', 0)");
    SQLite::Statement review(sql,
                             "INSERT INTO certificate_review (certificate_id, due_on, done_on, "
                             "result, note, recorded_at) VALUES (?1, date(?2, '+12 months'), "
                             "?3, ?4, '', 0)");
    const auto run = [](SQLite::Statement& statement) {
        statement.exec();
        statement.reset();
    };
    for (int p = 1; p <= 20; ++p) {
        position.bind(1, p);
        run(position);
    }
    for (int t = 1; t <= types; ++t) {
        type.bind(1, t);
        run(type);
        requirement.bind(1, (t - 1) % 20 + 1);
        requirement.bind(2, t);
        run(requirement);
    }
    std::int64_t certificateId = 0;
    for (int p = 1; p <= people; ++p) {
        person.bind(1, p);
        run(person);
        const std::string from = "202" + std::to_string(p % 6) + "-0" + std::to_string(p % 9 + 1) +
                                 "-1" + std::to_string(p % 10);
        assignment.bind(1, p);
        assignment.bind(2, p % 20 + 1);
        assignment.bind(3, from);
        assignment.bind(4);
        run(assignment);
        if (p % 2 == 0) {
            assignment.bind(1, p);
            assignment.bind(2, (p + 7) % 20 + 1);
            assignment.bind(3, "2019-01-01");
            assignment.bind(4, "2019-12-31");
            run(assignment);
        }
        for (int t = 1 + p % 2; t <= types; t += 2) {
            certificate.bind(1, ++certificateId);
            certificate.bind(2, p);
            certificate.bind(3, t);
            certificate.bind(4, from);
            run(certificate);
            review.bind(1, certificateId);
            review.bind(2, from);
            if (certificateId % 2 == 0) {
                review.bind(3, from);
                review.bind(4, "passed");
            } else {
                review.bind(3);
                review.bind(4);
            }
            run(review);
        }
    }
    transaction.commit();
}

// Steps through every row loadBook() reads without reading a column.
std::int64_t bareScan(SQLite::Database& sql) {
    std::int64_t rows = 0;
    for (const char* table : {"person", "position", "position_assignment", "certificate_type",
                              "certificate_requirement", "certificate", "certificate_review"}) {
        SQLite::Statement scan(sql, std::string("SELECT * FROM ") + table);
        while (scan.executeStep()) ++rows;
    }
    return rows;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Time loading the whole certificate book against a bare scan of its rows."};
    std::filesystem::path file;
    int people = 10'000;
    int types = 20;
    int repeat = 7;
    bool replace = false;
    app.add_option("FILE", file, "Database file the benchmark creates")->required();
    app.add_option("--people", people, "People in the plant")->check(CLI::PositiveNumber);
    app.add_option("--types", types, "Certificate types")->check(CLI::PositiveNumber);
    app.add_option("--repeat", repeat, "Timed loads (and as many bare scans), alternating")
        ->check(CLI::PositiveNumber);
    app.add_flag("--replace", replace, "Delete FILE (and its -wal and -shm) first if it exists");
    CLI11_PARSE(app, argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    if (std::filesystem::exists(file)) {
        if (!replace) {
            std::fprintf(stderr, "%s exists; pass --replace to overwrite it\n", file.c_str());
            return 1;
        }
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(file.string() + suffix);
    }
    tqm::SystemClock clock;
    auto opened = tqm::store::Database::open(file, clock);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", opened.error->message.c_str());
        return 1;
    }
    tqm::store::Database& db = *opened.database;
    const double fillMs = millisecondsOf([&] { fill(db.sql(), people, types); });
    tqm::store::CertificateRepository repository(db);
    std::int64_t rows = 0;
    std::size_t certificates = 0;
    std::vector<double> loads;
    std::vector<double> scans;
    for (int i = 0; i < repeat; ++i) {
        loads.push_back(
            millisecondsOf([&] { certificates = repository.loadBook().certificates.size(); }));
        scans.push_back(millisecondsOf([&] { rows = bareScan(db.sql()); }));
    }
    const double load = median(loads);
    const double scan = median(scans);
    std::printf(
        "%d people, %d types, %zu certificates with a review each, %lld rows in all "
        "(filled in %.0f ms)\n",
        people, types, certificates, static_cast<long long>(rows), fillMs);
    std::printf("median of %d: loadBook %.1f ms, bare scan %.1f ms, ratio %.2f, %.0f rows/s\n",
                repeat, load, scan, load / scan, static_cast<double>(rows) / (load / 1000.0));
    return 0;
}
