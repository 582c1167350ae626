// The certificate register (证书台账) a training institution hands on: one row per certificate,
// or per person and required type still without one (缺证), as CSV and as an Excel workbook.
//
//   证书编号,姓名,工号,单位,岗位,证书类型,发证日期,有效期至,下次复审,状态
//
// The rows are plain values filled by whoever computed the statuses, so the register knows
// nothing of the database or the status rules. The status arrives as its word ("valid",
// "renewal-open", ...) and is shown in the chosen language (有效, 可续证, ...); headers follow the
// same choice. Files are written through a temporary file and a rename, so a failed export
// leaves any earlier file as it was and no half file behind.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar_date.h"
#include "report/result_rows.h"

namespace tqm::report {

struct CertificateRegisterRow {
    std::string number;                  // 证书编号; empty for a missing certificate
    std::string name;                    // 姓名
    std::string employeeNo;              // 工号
    std::string unit;                    // 单位
    std::vector<std::string> positions;  // 岗位, in the order to show
    std::string typeName;                // 证书类型
    std::optional<Date> issuedOn;        // 发证日期
    std::optional<Date> validUntil;      // 有效期至; nothing: no expiry (or no certificate)
    std::optional<Date> nextReview;      // 下次复审; nothing: no review due
    std::string status;                  // a status word, see certificateStatusLabel
    std::string idNumber;  // 身份证号 (masked or full), written only with IdNumberColumn::Shown
};

// The register leaves ID numbers out unless asked: a last column 身份证号 holds each row's
// idNumber (masked ones by default; full ones only in the guarded export of
// cert/register_export.h).
enum class IdNumberColumn { Omitted, Shown };

enum class RegisterLanguage { Chinese, English };

// The status words the status rules produce, in the order of the legend.
inline constexpr std::string_view kCertificateStatusWords[] = {
    "valid",   "renewal-open", "review-due",       "in-grace",      "expired",
    "revoked", "missing",      "not-yet-required", "not-yet-valid",
};

// 有效 / Valid for "valid", and so on; a word it does not know is shown as it is, so nothing the
// rules report is ever hidden.
std::string_view certificateStatusLabel(std::string_view word, RegisterLanguage language);

// The fill of a status cell in the workbook as 0xRRGGBB, light enough for black text; nothing for a
// word it does not know (the cell then stays unfilled).
std::optional<std::uint32_t> certificateStatusFill(std::string_view word);

// The ten column headers in the chosen language, and 身份证号 / ID number after them when shown.
std::vector<std::string_view> certificateRegisterHeaders(
    RegisterLanguage language, IdNumberColumn idNumbers = IdNumberColumn::Omitted);

// A person's positions as one cell: joined with 、 in Chinese and with "; " in English.
std::string joinPositions(std::span<const std::string> positions, RegisterLanguage language);

// UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting and the formula guard of
// csv_export.h; dates as 2026-11-24, an absent one as an empty cell.
std::string certificateRegisterCsv(std::span<const CertificateRegisterRow> rows,
                                   RegisterLanguage language = RegisterLanguage::Chinese,
                                   IdNumberColumn idNumbers = IdNumberColumn::Omitted);

std::optional<ExportError> writeCertificateRegisterCsv(
    const std::filesystem::path& file, std::span<const CertificateRegisterRow> rows,
    RegisterLanguage language = RegisterLanguage::Chinese,
    IdNumberColumn idNumbers = IdNumberColumn::Omitted);

// One sheet (证书台账 / Register): bold header row frozen and filtered, widths that fit Chinese
// text, dates as spreadsheet dates formatted yyyy-mm-dd, and the status cell filled with the
// colour of its status (green valid, amber due, red expired or missing, grey revoked, blue not
// yet counting). Printed landscape, one page wide, with the header on every page.
std::optional<ExportError> writeCertificateRegisterXlsx(
    const std::filesystem::path& file, std::span<const CertificateRegisterRow> rows,
    RegisterLanguage language = RegisterLanguage::Chinese,
    IdNumberColumn idNumbers = IdNumberColumn::Omitted);

}  // namespace tqm::report
