#include "exam/points.h"

#include <cmath>

#include "base/hundredths.h"

namespace tqm::exam {

Centipoints toCentipoints(double points) {
    return std::llround(points * 100.0);
}

std::string formatPoints(Centipoints points) {
    return formatHundredths(points);
}

Centipoints shareOf(Centipoints whole, std::size_t right, std::size_t parts) {
    if (parts == 0 || right == 0) return 0;
    if (right >= parts) return whole;
    return whole / static_cast<Centipoints>(parts) * static_cast<Centipoints>(right);
}

}  // namespace tqm::exam
