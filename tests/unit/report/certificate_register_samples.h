// Register rows for the export tests: two positions for one person, a quote and a comma, a
// formula-looking name, a missing certificate with no number or dates, one without expiry.
#pragma once

#include <vector>

#include "report/certificate_register.h"

namespace tqm::reporttest {

inline Date day(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} /
                                 std::chrono::day{d}};
}

inline std::vector<report::CertificateRegisterRow> sampleRegister() {
    return {
        {"TQM-2026-000123",
         "张三",
         "E001",
         "总装车间",
         {"焊接工", "终检员"},
         "质量管理小组活动推进者",
         day(2026, 11, 24),
         day(2029, 11, 23),
         day(2027, 11, 24),
         "valid",
         ""},
        {"TQM-2025-000007",
         "王\"小\"明",
         "E002",
         "二车间,质检科",
         {"终检员"},
         "内审员",
         day(2025, 1, 10),
         day(2026, 1, 9),
         std::nullopt,
         "expired",
         ""},
        {"",
         "=李四",
         "E003",
         "总装车间",
         {"焊接工"},
         "质量管理小组活动推进者",
         std::nullopt,
         std::nullopt,
         std::nullopt,
         "missing",
         ""},
        {"EXT-88",
         "赵六",
         "E004",
         "仓储部",
         {},
         "计量员",
         day(2024, 3, 1),
         std::nullopt,
         std::nullopt,
         "revoked",
         ""},
    };
}

}  // namespace tqm::reporttest
