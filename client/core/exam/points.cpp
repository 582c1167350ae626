#include "exam/points.h"

#include <cmath>
#include <cstdlib>

namespace tqm::exam {

Centipoints toCentipoints(double points) {
    return std::llround(points * 100.0);
}

std::string formatPoints(Centipoints points) {
    std::string text = points < 0 ? "-" : "";
    const Centipoints magnitude = std::llabs(points);
    text += std::to_string(magnitude / 100);
    const Centipoints hundredths = magnitude % 100;
    if (hundredths != 0) {
        text += '.';
        text += static_cast<char>('0' + hundredths / 10);
        if (hundredths % 10 != 0) text += static_cast<char>('0' + hundredths % 10);
    }
    return text;
}

Centipoints shareOf(Centipoints whole, std::size_t right, std::size_t parts) {
    if (parts == 0 || right == 0) return 0;
    if (right >= parts) return whole;
    return whole / static_cast<Centipoints>(parts) * static_cast<Centipoints>(right);
}

}  // namespace tqm::exam
