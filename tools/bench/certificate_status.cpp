// tqm-bench-certificate-status [--people N] [--repeat K] [--seed S] [--as-of DATE] [--db FILE]:
// times the statuses of a whole plant as of one day (index, every person × requirement, the people
// and the position matrices) on a synthetic book of N people, 200 positions, 20 types and about
// ten certificates per person, beside a plain pass copying every certificate's dates, measured in
// the same run. With --db, the book is also written to FILE and the same computation is timed
// with the book loaded from it first (loadBook), as `tqm cert matrix` and the screens do it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/clock.h"
#include "cert/requirement_status.h"
#include "cert/status_matrix.h"
#include "certificate_book_file.h"
#include "certificate_book_generator.h"
#include "store/certificate_repository.h"

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct CopiedDates {
    tqm::Date validFrom{};
    tqm::Date validUntil{};
    tqm::Date revokedOn{};
    tqm::Date lastReviewDone{};
};

// The baseline: one pass over every certificate and its reviews, copying their dates out.
std::size_t copyDates(const tqm::cert::CertificateBook& book) {
    std::vector<CopiedDates> copied;
    copied.reserve(book.certificates.size());
    for (const auto& certificate : book.certificates) {
        CopiedDates dates{certificate.validFrom, certificate.validUntil.value_or(tqm::Date{}),
                          certificate.revokedOn.value_or(tqm::Date{}), tqm::Date{}};
        for (const auto& review : certificate.reviews)
            if (review.doneOn) dates.lastReviewDone = *review.doneOn;
        copied.push_back(dates);
    }
    return copied.size();
}

// Index, statuses and both matrices of the book for the day; returns the number of person ×
// requirement rows (and uses the matrices, so that no step can be left out).
std::size_t statusesAndMatrices(const tqm::cert::CertificateBook& book, tqm::Date asOf) {
    const tqm::cert::CertificateBookIndex bookIndex(book);
    const auto rows = tqm::cert::statusesAsOf(bookIndex, asOf);
    const auto byPerson = tqm::cert::statusMatrix(bookIndex, rows, tqm::cert::MatrixAxis::People);
    const auto byPosition =
        tqm::cert::statusMatrix(bookIndex, rows, tqm::cert::MatrixAxis::Positions);
    return byPerson.cells.empty() && byPosition.cells.empty() ? 0 : rows.size();
}

// Writes the book to `file` (replacing it) and times loading it back, then loading and computing.
void timeFromFile(const std::string& file, const tqm::cert::CertificateBook& book, tqm::Date asOf,
                  int repeat) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file + suffix);
    const tqm::SystemClock clock;
    tqm::store::OpenResult opened = tqm::store::Database::open(file, clock);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", opened.error->message.c_str());
        return;
    }
    const auto writeStart = Clock::now();
    const std::size_t left = bench::writeCertificateBook(*opened.database, book);
    std::printf("written to %s in %.0f ms (%.1f MB; %zu repeated open assignments left out)\n",
                file.c_str(), millisecondsSince(writeStart),
                static_cast<double>(std::filesystem::file_size(file)) / 1e6, left);
    std::vector<double> load, total;
    std::size_t checked = 0;
    for (int run = 0; run < repeat; ++run) {
        auto start = Clock::now();
        const auto loaded = tqm::store::CertificateRepository(*opened.database).loadBook();
        load.push_back(millisecondsSince(start));
        checked += statusesAndMatrices(loaded, asOf);
        total.push_back(millisecondsSince(start));
    }
    std::printf("from the file, medians of %d runs (%zu person × requirement rows):\n", repeat,
                checked / static_cast<std::size_t>(repeat));
    std::printf("  loadBook                                      %8.2f ms\n", median(load));
    std::printf("  loadBook, statuses and matrices               %8.2f ms\n", median(total));
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Time certificate statuses and the matrix against a pass copying the dates."};
    int people = 10000;
    int repeat = 7;
    std::uint64_t seed = 20261124;
    std::string asOfText = "2026-06-30";
    std::string databaseFile;
    app.add_option("--people", people, "People in the plant")->check(CLI::Range(1, 1000000));
    app.add_option("--repeat", repeat, "Timed runs of each")->check(CLI::Range(1, 1000));
    app.add_option("--seed", seed, "Seed of the generator");
    app.add_option("--as-of", asOfText, "The day the statuses are computed for");
    app.add_option("--db", databaseFile,
                   "Also write the book to this database file (replaced) and time loading it");
    CLI11_PARSE(app, argc, argv);
    const auto asOf = tqm::parseDate(asOfText);
    if (!asOf) {
        std::fprintf(stderr, "--as-of: \"%s\" is not a date like 2026-06-30\n", asOfText.c_str());
        return 2;
    }

    const auto generateStart = Clock::now();
    const auto book = bench::CertificateBookGenerator(people, seed).generate();
    std::size_t reviews = 0;
    for (const auto& certificate : book.certificates) reviews += certificate.reviews.size();
    std::printf(
        "book: %zu people, %zu positions, %zu types, %zu requirements, %zu assignments, "
        "%zu certificates, %zu reviews (generated in %.0f ms)\n",
        book.people.size(), book.positions.size(), book.types.size(), book.requirements.size(),
        book.assignments.size(), book.certificates.size(), reviews,
        millisecondsSince(generateStart));

    std::vector<double> baseline, index, statuses, matrices, total;
    std::size_t rows = 0, peopleRows = 0, positionRows = 0, copied = 0;
    std::vector<std::size_t> byStatus(9, 0);
    for (int run = 0; run < repeat; ++run) {
        auto start = Clock::now();
        copied += copyDates(book);
        baseline.push_back(millisecondsSince(start));

        start = Clock::now();
        const tqm::cert::CertificateBookIndex bookIndex(book);
        index.push_back(millisecondsSince(start));
        auto step = Clock::now();
        const auto statusRows = tqm::cert::statusesAsOf(bookIndex, *asOf);
        statuses.push_back(millisecondsSince(step));
        step = Clock::now();
        const auto byPerson =
            tqm::cert::statusMatrix(bookIndex, statusRows, tqm::cert::MatrixAxis::People);
        const auto byPosition =
            tqm::cert::statusMatrix(bookIndex, statusRows, tqm::cert::MatrixAxis::Positions);
        matrices.push_back(millisecondsSince(step));
        total.push_back(millisecondsSince(start));
        rows = statusRows.size();
        std::fill(byStatus.begin(), byStatus.end(), 0);
        for (const auto& row : statusRows) ++byStatus[static_cast<std::size_t>(row.status)];
        peopleRows = byPerson.rowIds.size();
        positionRows = byPosition.rowIds.size();
    }
    std::printf(
        "as of %s: %zu person × requirement rows; matrices %zu people and %zu positions "
        "× %zu types (%zu dates copied)\n",
        asOfText.c_str(), rows, peopleRows, positionRows, book.types.size(),
        copied / static_cast<std::size_t>(repeat));
    for (std::size_t status = 0; status < byStatus.size(); ++status)
        std::printf(
            "%s%s %zu", status == 0 ? "  " : ", ",
            std::string(tqm::cert::statusWord(static_cast<tqm::cert::Status>(status))).c_str(),
            byStatus[status]);
    std::printf("\nmedians of %d runs:\n", repeat);
    std::printf("  baseline, copying every certificate's dates  %8.2f ms\n", median(baseline));
    std::printf("  index of the book                             %8.2f ms\n", median(index));
    std::printf("  statusesAsOf                                  %8.2f ms\n", median(statuses));
    std::printf("  both matrices                                 %8.2f ms\n", median(matrices));
    std::printf("  statuses and matrices, index included         %8.2f ms\n", median(total));
    std::printf("  ratio to the baseline                         %8.1f\n",
                median(total) / median(baseline));
    if (!databaseFile.empty()) timeFromFile(databaseFile, book, *asOf, repeat);
    return 0;
}
