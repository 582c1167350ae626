// Exam points held exactly, in hundredths of a point, so totals, subtotals and pass marks never
// drift the way sums of binary fractions do.
#pragma once

#include <cstdint>
#include <string>

namespace tqm::exam {

using Centipoints = std::int64_t;

// Bank points are written with at most two decimals (e.g. 1.5); anything finer is rounded to
// the nearest hundredth.
Centipoints toCentipoints(double points);

// "2", "0.5", "1.33": no trailing zeros, for messages and exports.
std::string formatPoints(Centipoints points);

// One of `parts` equal shares of `whole`, as earned by `right` parts answered correctly.
// Each share is rounded down to 0.01 and the remainder belongs to the last part, so all parts
// right earn exactly `whole`: 2 points over 3 blanks is 0.66 for one, 1.32 for two, 2 for three.
Centipoints shareOf(Centipoints whole, std::size_t right, std::size_t parts);

}  // namespace tqm::exam
