// The words the certificate area's files use for its enumerations, in Chinese as Chinese
// spreadsheets write them and in English as scripts write them. Reading ignores letter case,
// full-width forms and surrounding spaces; writing gives the Chinese word, so that a file written
// by an export reads back unchanged.
#pragma once

#include <optional>
#include <string_view>

#include "cert/certificate_model.h"

namespace tqm::cert {

// 内部 / 中国质量协会 (中质协, CAQ) / 政府部门 / 其他, or internal / caq / government / other.
std::optional<IssuerKind> parseIssuerKind(std::string_view text);
std::string_view issuerKindWord(IssuerKind kind);

// 是 / 否, Y / N, yes / no, 1 / 0, true / false (and √ / × as ticked in spreadsheets).
std::optional<bool> parseYesNo(std::string_view text);

// 必需 (必须) / 建议, or mandatory / recommended.
std::optional<RequirementLevel> parseRequirementLevel(std::string_view text);
std::string_view requirementLevelWord(RequirementLevel level);

}  // namespace tqm::cert
