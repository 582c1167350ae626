// Certificate numbers from a pattern, and the checks of a pattern.
#include <catch2/catch.hpp>

#include "cert/certificate_number.h"
#include "cert_book_builder.h"

using cert_test::day;
using tqm::cert::checkNumberPattern;
using tqm::cert::formatCertificateNumber;
using tqm::cert::nextCertificateNumber;
using tqm::cert::NumberContext;
using tqm::cert::NumberPatternProblem;
using Problems = std::vector<NumberPatternProblem>;

TEST_CASE("a number fills year, month, type and the zero-padded sequence, keeping the rest") {
    const NumberContext context{day("2026-03-05"), "QC"};
    CHECK(formatCertificateNumber("TQM-{yyyy}-{seq:6}", context, 123) == "TQM-2026-000123");
    CHECK(formatCertificateNumber("{type}/{yy}{mm}-{seq:3}", context, 7) == "QC/2603-007");
    CHECK(formatCertificateNumber("质协{yyyy}第{seq:4}号", context, 12) == "质协2026第0012号");
    CHECK(formatCertificateNumber("N{seq}", context, 5) == "N5");
}

TEST_CASE("a sequence that outgrows its width keeps all its digits") {
    CHECK(formatCertificateNumber("A{seq:2}", {day("2026-01-01"), "QC"}, 123) == "A123");
}

TEST_CASE("the sequence counts within the prefix, so a new year starts again at 1") {
    const std::vector<std::string> existing{"TQM-2026-000001", "TQM-2026-000041", "TQM-2025-000099",
                                            "TQM-2026-00004X", "TQM-2026--00050", "OTHER"};
    CHECK(nextCertificateNumber("TQM-{yyyy}-{seq:6}", {day("2026-11-24"), "QC"}, existing) ==
          "TQM-2026-000042");
    CHECK(nextCertificateNumber("TQM-{yyyy}-{seq:6}", {day("2027-01-01"), "QC"}, existing) ==
          "TQM-2027-000001");
    CHECK(nextCertificateNumber("TQM-{yyyy}-{seq:6}", {day("2027-01-01"), "QC"}, {}) ==
          "TQM-2027-000001");
}

TEST_CASE("text after the sequence must match too") {
    const std::vector<std::string> existing{"A005-2026", "A009-2025"};
    CHECK(nextCertificateNumber("A{seq:3}-{yyyy}", {day("2026-06-01"), "QC"}, existing) ==
          "A006-2026");
}

TEST_CASE("a pattern without {seq} is refused") {
    CHECK(checkNumberPattern("TQM-{yyyy}") ==
          Problems{{"pattern-no-seq", 0,
                    "The number pattern \"TQM-{yyyy}\" has no {seq:N} placeholder; add one, as "
                    "in TQM-{yyyy}-{seq:6}."}});
    CHECK(checkNumberPattern("").front().code == "pattern-no-seq");
}

TEST_CASE("an unknown placeholder is named with its character") {
    CHECK(checkNumberPattern("TQM-{year}-{seq:6}") ==
          Problems{{"pattern-unknown-placeholder", 5,
                    "The number pattern \"TQM-{year}-{seq:6}\" has an unknown placeholder {year} "
                    "at character 5; use {yyyy}, {yy}, {mm}, {type} or {seq:N}."}});
}

TEST_CASE("unbalanced braces are reported at the character, Chinese counted as one") {
    CHECK(checkNumberPattern("证书{yyyy-{seq:4}") ==
          Problems{{"pattern-unclosed-brace", 3,
                    "The number pattern \"证书{yyyy-{seq:4}\" has a \"{\" at character 3 without a "
                    "\"}\" after it."}});
    CHECK(checkNumberPattern("TQM}-{seq:4}") ==
          Problems{{"pattern-unopened-brace", 4,
                    "The number pattern \"TQM}-{seq:4}\" has a \"}\" at character 4 without a "
                    "\"{\" before it."}});
    CHECK(checkNumberPattern("TQM-{seq:4") ==
          Problems{{"pattern-unclosed-brace", 5,
                    "The number pattern \"TQM-{seq:4\" has a \"{\" at character 5 without a \"}\" "
                    "after it."},
                   {"pattern-no-seq", 0,
                    "The number pattern \"TQM-{seq:4\" has no {seq:N} placeholder; add one, as in "
                    "TQM-{yyyy}-{seq:6}."}});
}

TEST_CASE("the sequence's width is 1 to 12 and a number has one sequence") {
    CHECK(checkNumberPattern("A{seq:0}") ==
          Problems{{"pattern-bad-seq-width", 2,
                    "The number pattern \"A{seq:0}\" has {seq:0} at character 2; the width must "
                    "be a number from 1 to 12, as in {seq:6}."}});
    CHECK(checkNumberPattern("A{seq:x}").front().code == "pattern-bad-seq-width");
    CHECK(checkNumberPattern("A{seq:13}").front().code == "pattern-bad-seq-width");
    CHECK(checkNumberPattern("{seq:6}{seq:6}") ==
          Problems{{"pattern-repeated-seq", 8,
                    "The number pattern \"{seq:6}{seq:6}\" has a second {seq} at character 8; a "
                    "number has one sequence."}});
}

TEST_CASE("usable patterns have no problems") {
    CHECK(checkNumberPattern("TQM-{yyyy}-{seq:6}").empty());
    CHECK(checkNumberPattern("{type}{yy}{mm}{seq:12}").empty());
    CHECK(checkNumberPattern("N{seq}").empty());
}
