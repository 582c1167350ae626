#include "report/certificate_register.h"

#include <algorithm>
#include <array>

#include "report/csv_export.h"

namespace tqm::report {

namespace {

struct StatusLook {
    std::string_view word;
    std::string_view chinese;
    std::string_view english;
    std::uint32_t fill;
};

// Traffic-light fills as spreadsheets use them for conditional formats: green when fine, amber
// when something is due, red when the person may not work the position, grey when withdrawn,
// blue while the requirement does not count yet.
constexpr std::array<StatusLook, 9> kStatuses{{
    {"valid", "有效", "Valid", 0xC6EFCE},
    {"renewal-open", "可续证", "Renewal open", 0xFFF2CC},
    {"review-due", "待复审", "Review due", 0xFFE699},
    {"in-grace", "宽限期", "In grace", 0xFCD5B4},
    {"expired", "已过期", "Expired", 0xFFC7CE},
    {"revoked", "已吊销", "Revoked", 0xD9D9D9},
    {"missing", "缺证", "Missing", 0xFF9999},
    {"not-yet-required", "未到期限", "Not yet required", 0xDDEBF7},
    {"not-yet-valid", "未生效", "Not yet valid", 0xDDEBF7},
}};

const StatusLook* findStatus(std::string_view word) {
    const auto found = std::find_if(kStatuses.begin(), kStatuses.end(),
                                    [word](const StatusLook& look) { return look.word == word; });
    return found == kStatuses.end() ? nullptr : &*found;
}

std::string dateCell(const std::optional<Date>& date) {
    return date ? formatDate(*date) : std::string();
}

}  // namespace

std::string_view certificateStatusLabel(std::string_view word, RegisterLanguage language) {
    const StatusLook* look = findStatus(word);
    if (!look) return word;
    return language == RegisterLanguage::Chinese ? look->chinese : look->english;
}

std::optional<std::uint32_t> certificateStatusFill(std::string_view word) {
    const StatusLook* look = findStatus(word);
    if (!look) return std::nullopt;
    return look->fill;
}

std::vector<std::string_view> certificateRegisterHeaders(RegisterLanguage language,
                                                         IdNumberColumn idNumbers) {
    const bool english = language == RegisterLanguage::English;
    std::vector<std::string_view> headers =
        english
            ? std::vector<std::string_view>{"Certificate No.", "Name",
                                            "Employee No.",    "Unit",
                                            "Positions",       "Certificate type",
                                            "Issued on",       "Valid until",
                                            "Next review",     "Status"}
            : std::vector<std::string_view>{"证书编号", "姓名",     "工号",     "单位",     "岗位",
                                            "证书类型", "发证日期", "有效期至", "下次复审", "状态"};
    if (idNumbers == IdNumberColumn::Shown) headers.push_back(english ? "ID number" : "身份证号");
    return headers;
}

std::string joinPositions(std::span<const std::string> positions, RegisterLanguage language) {
    const std::string_view separator = language == RegisterLanguage::Chinese ? "、" : "; ";
    std::string joined;
    for (const std::string& position : positions) {
        if (!joined.empty()) joined += separator;
        joined += position;
    }
    return joined;
}

std::string certificateRegisterCsv(std::span<const CertificateRegisterRow> rows,
                                   RegisterLanguage language, IdNumberColumn idNumbers) {
    // The byte-order mark makes Excel read the file as UTF-8 instead of the local code page.
    std::string out = "\xEF\xBB\xBF";
    auto appendRecord = [&out](const std::vector<std::string>& cells) {
        bool first = true;
        for (const std::string& cell : cells) {
            if (!first) out += ',';
            out += cell;
            first = false;
        }
        out += "\r\n";
    };
    std::vector<std::string> headers;
    for (std::string_view header : certificateRegisterHeaders(language, idNumbers))
        headers.push_back(csvField(header));
    appendRecord(headers);
    for (const CertificateRegisterRow& row : rows) {
        std::vector<std::string> cells{csvField(row.number),
                                       csvField(row.name),
                                       csvField(row.employeeNo),
                                       csvField(row.unit),
                                       csvField(joinPositions(row.positions, language)),
                                       csvField(row.typeName),
                                       dateCell(row.issuedOn),
                                       dateCell(row.validUntil),
                                       dateCell(row.nextReview),
                                       csvField(certificateStatusLabel(row.status, language))};
        if (idNumbers == IdNumberColumn::Shown) cells.push_back(csvField(row.idNumber));
        appendRecord(cells);
    }
    return out;
}

std::optional<ExportError> writeCertificateRegisterCsv(const std::filesystem::path& file,
                                                       std::span<const CertificateRegisterRow> rows,
                                                       RegisterLanguage language,
                                                       IdNumberColumn idNumbers) {
    return writeCsvFile(file, certificateRegisterCsv(rows, language, idNumbers));
}

}  // namespace tqm::report
