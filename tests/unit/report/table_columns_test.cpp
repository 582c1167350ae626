// Column widths of a printed table: portrait while the short cells fit, landscape when they do
// not, smaller type only when landscape is too narrow, spare width to whoever lacks it.
#include <catch2/catch.hpp>

#include <numeric>
#include <vector>

#include "report/table_columns.h"

using tqm::report::ColumnNeeds;
using tqm::report::fitColumns;
using tqm::report::PageWidths;

namespace {

const PageWidths kPage{500, 750, 4, 0.75, 0.9};

double total(const std::vector<double>& widths) {
    return std::accumulate(widths.begin(), widths.end(), 0.0);
}

}  // namespace

TEST_CASE("columns that all fit on one line share the spare width by their weights") {
    const auto fit = fitColumns({{40, 40, 1}, {100, 60, 3}}, kPage);
    CHECK_FALSE(fit.landscape);
    CHECK(fit.scale == 1);
    // 500 - 16 padding - 140 text = 344 spare: a quarter and three quarters.
    CHECK(fit.widths == std::vector<double>{48 + 86, 108 + 258});
}

TEST_CASE("a long column wraps in portrait while the short cells of every column still fit") {
    const auto fit = fitColumns({{50, 50, 1}, {900, 40, 1}, {30, 30, 1}}, kPage);
    CHECK_FALSE(fit.landscape);
    // Only the long column lacks width: it takes all 500 - 24 - 120 = 356 that is left.
    CHECK(fit.widths == std::vector<double>{58, 48 + 356, 38});
}

TEST_CASE("a table a little too wide for portrait stays portrait in slightly smaller type") {
    // 500 - 8 × 10 = 420 for text that needs 10 × 45 = 450: 93 % of the size.
    const auto fit = fitColumns(std::vector<ColumnNeeds>(10, ColumnNeeds{45, 45, 1}), kPage);
    CHECK_FALSE(fit.landscape);
    CHECK(fit.scale == Approx(420.0 / 450.0).epsilon(1e-9));
    CHECK(total(fit.widths) == Approx(500));
}

TEST_CASE("columns whose short cells do not fit a portrait page turn the page landscape") {
    // Sixteen columns of a study-hour ledger: 工号, 姓名, 单位, twelve months and 合计.
    std::vector<ColumnNeeds> needs(16, ColumnNeeds{36, 36, 1});
    const auto fit = fitColumns(needs, kPage);
    CHECK(fit.landscape);
    CHECK(fit.scale == 1);
    CHECK(total(fit.widths) == Approx(750));
    for (const double width : fit.widths) CHECK(width >= 36 + 8);
}

TEST_CASE("a table too wide even for landscape is set smaller, but not below the floor") {
    SECTION("smaller type is enough") {
        // 750 - 8 × 20 = 590 for text that needs 20 × 38 = 760.
        const auto fit = fitColumns(std::vector<ColumnNeeds>(20, ColumnNeeds{38, 38, 1}), kPage);
        CHECK(fit.landscape);
        CHECK(fit.scale == Approx(590.0 / 760.0).epsilon(1e-9));
        CHECK(total(fit.widths) == Approx(750));
    }
    SECTION("at the floor the columns are narrowed alike and their cells wrap") {
        const auto fit = fitColumns(std::vector<ColumnNeeds>(40, ColumnNeeds{40, 40, 1}), kPage);
        CHECK(fit.scale == 0.75);
        CHECK(total(fit.widths) == Approx(750));
        CHECK(fit.widths.front() == Approx(750.0 / 40));
    }
}
