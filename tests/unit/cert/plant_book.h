// One small plant shared by the requirement, matrix and warning tests:
//   people      1 E002 李四, 2 E001 张三, 3 E003 王五
//   positions   10 质检员 (key), 11 班组长 (not key), 12 计量员 (key, nobody in it)
//   types       100 QC: 24 months, renewal 30 days, grace 15 days, no review
//               101 SAFE: 36 months, review every 12 months, renewal 30 days, grace 30 days
//   requires    质检员: QC mandatory (30 days allowed), SAFE recommended (0 days)
//               班组长: SAFE mandatory; 计量员: QC mandatory
//   assigned    张三 质检员 from 2026-01-01; 李四 质检员 2025-01-01..2025-12-31 and again from
//               2026-01-01 (no gap), 班组长 from 2026-01-01; 王五 质检员 from 2026-03-01
//   holds       李四 QC #1 2024-06-01..2026-05-31 and its renewal #2 2026-06-01..2028-05-31,
//               SAFE #3 2026-01-01..2028-12-31; 王五 QC #4 2026-03-10..2028-03-09
#pragma once

#include "cert_book_builder.h"

namespace cert_test {

inline tqm::cert::CertificateBook plantBook() {
    using tqm::cert::RequirementLevel;
    tqm::cert::CertificateBook book;
    book.people = {person(1, "E002", "李四"), person(2, "E001", "张三"), person(3, "E003", "王五")};
    book.positions = {position(10, "质检员", true), position(11, "班组长", false),
                      position(12, "计量员", true)};
    book.types = {certificateType(100, "QC", 24, std::nullopt, 30, 15),
                  certificateType(101, "SAFE", 36, 12, 30, 30)};
    book.requirements = {requirement(10, 100, RequirementLevel::Mandatory, 30),
                         requirement(10, 101, RequirementLevel::Recommended, 0),
                         requirement(11, 101, RequirementLevel::Mandatory, 0),
                         requirement(12, 100, RequirementLevel::Mandatory, 0)};
    book.assignments = {assignment(1, 2, 10, "2026-01-01"),
                        assignment(2, 1, 10, "2025-01-01", "2025-12-31"),
                        assignment(3, 1, 10, "2026-01-01"), assignment(4, 1, 11, "2026-01-01"),
                        assignment(5, 3, 10, "2026-03-01")};
    book.certificates = {certificate(1, 1, 100, "2024-06-01", "2026-05-31"),
                         certificate(2, 1, 100, "2026-06-01", "2028-05-31"),
                         certificate(3, 1, 101, "2026-01-01", "2028-12-31"),
                         certificate(4, 3, 100, "2026-03-10", "2028-03-09")};
    return book;
}

}  // namespace cert_test
