// The matrix of people or positions × certificate types.
#include <catch2/catch.hpp>

#include "cert/status_matrix.h"
#include "plant_book.h"

using cert_test::day;
using tqm::cert::MatrixAxis;
using tqm::cert::MatrixCell;
using tqm::cert::Status;

namespace {

MatrixCell cell(bool mandatory, Status worst, Status best, int rows, int qualified) {
    return {true, mandatory, worst, best, rows, qualified};
}

}  // namespace

TEST_CASE("the people matrix has a row per person with requirements and a column per type") {
    const auto book = cert_test::plantBook();
    const tqm::cert::CertificateBookIndex index(book);
    const auto rows = tqm::cert::statusesAsOf(index, day("2026-03-15"));
    const auto matrix = tqm::cert::statusMatrix(index, rows, MatrixAxis::People);
    CHECK(matrix.rowIds == std::vector<std::int64_t>{2, 1, 3});
    CHECK(matrix.typeIds == std::vector<std::int64_t>{100, 101});
    CHECK(matrix.at(0, 0) == cell(true, Status::Missing, Status::Missing, 1, 0));
    CHECK(matrix.at(0, 1) == cell(false, Status::Missing, Status::Missing, 1, 0));
    CHECK(matrix.at(1, 0) == cell(true, Status::Valid, Status::Valid, 1, 1));
    CHECK(matrix.at(1, 1) == cell(true, Status::Valid, Status::Valid, 2, 2));
    CHECK(matrix.at(2, 1) == cell(false, Status::Missing, Status::Missing, 1, 0));
}

TEST_CASE("the position matrix shows every position with requirements, staffed or not") {
    const auto book = cert_test::plantBook();
    const tqm::cert::CertificateBookIndex index(book);
    const auto rows = tqm::cert::statusesAsOf(index, day("2026-03-15"));
    const auto matrix = tqm::cert::statusMatrix(index, rows, MatrixAxis::Positions);
    CHECK(matrix.rowIds == std::vector<std::int64_t>{11, 12, 10});  // 班组长, 计量员, 质检员
    CHECK(matrix.at(0, 0) == MatrixCell{});
    CHECK(matrix.at(0, 1) == cell(true, Status::Valid, Status::Valid, 1, 1));
    CHECK(matrix.at(1, 0) == cell(true, Status::Missing, Status::Missing, 0, 0));
    CHECK(matrix.at(1, 1) == MatrixCell{});
    CHECK(matrix.at(2, 0) == cell(true, Status::Missing, Status::Valid, 3, 2));
    CHECK(matrix.at(2, 1) == cell(false, Status::Missing, Status::Valid, 3, 1));
}
