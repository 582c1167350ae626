// The rows of the certificate register (证书台账, report/certificate_register.h) as of a day: one
// row per certificate in the book, with its status that day, and one row per person and
// mandatory certificate type they are missing (缺证: a mandatory requirement of a position they
// hold that day whose days allowed have run out and no certificate of the type at all). When
// several positions of a person require the same missing type, its one row names them all.
//
// Rows are ordered by 工号, then certificate type code, then issue date and number, a person's
// missing type after their certificates of other types in code order.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/calendar_date.h"
#include "cert/certificate_book_index.h"
#include "cert/status_word.h"
#include "report/certificate_register.h"

namespace tqm::cert {

// Empty fields let every row through; set ones must all match.
struct RegisterFilter {
    std::optional<std::string> unit;      // 单位, exactly
    std::optional<std::string> position;  // a position among the row's 岗位
    std::optional<std::string> typeCode;  // 证书类型代码
    std::optional<Status> status;

    bool operator==(const RegisterFilter&) const = default;
};

// What the ID-number column holds for a person (masked or full; "" when they have none).
using IdNumberLookup = std::function<std::string(std::int64_t personId)>;

// `idNumberOf`, when given, fills each row's idNumber; it is called once per row.
std::vector<report::CertificateRegisterRow> registerRows(const CertificateBookIndex& index,
                                                         Date asOf,
                                                         const RegisterFilter& filter = {},
                                                         const IdNumberLookup& idNumberOf = {});

}  // namespace tqm::cert
