#include "cert_cli_support.h"

#include <algorithm>

#include "base/utf8.h"
#include "database_option.h"
#include "output.h"
#include "store/certificate_repository.h"
#include "store/certificate_type_repository.h"
#include "store/people_repository.h"
#include "store/position_repository.h"

namespace tqm::cli {

namespace {

std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t at = 0; at < text.size();) {
        const char32_t c = decodeUtf8(text, at);
        // CJK, full-width forms and the like take two terminal columns.
        width += (c >= 0x1100 &&
                  (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                   (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                   (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)))
                     ? 2
                     : 1;
    }
    return width;
}

}  // namespace

CertCommand::CertCommand(const std::string& databasePath)
    : db_(openDatabase(databasePath, clock_)) {}

std::optional<cert::PersonSummary> CertCommand::person(const std::string& employeeNo) {
    const std::optional<store::Person> found =
        store::PeopleRepository(*db_).findByEmployeeNo(employeeNo);
    if (!found) {
        printSummary("tqm: unknown-person: nobody with 工号 " + employeeNo +
                     " is in the database; import the roster with tqm people import");
        return std::nullopt;
    }
    return cert::PersonSummary{found->id, found->employeeNo, found->name, found->unit,
                               found->department};
}

std::optional<cert::CertificateType> CertCommand::type(const std::string& code) {
    std::optional<cert::CertificateType> found =
        store::CertificateTypeRepository(*db_).findByCode(code);
    if (!found) printSummary("tqm: unknown-type: there is no certificate type " + code);
    return found;
}

std::optional<cert::Position> CertCommand::position(const std::string& name) {
    std::optional<cert::Position> found = store::PositionRepository(*db_).findByName(name);
    if (!found) printSummary("tqm: unknown-position: there is no position " + name);
    return found;
}

std::optional<cert::Certificate> CertCommand::certificate(const std::string& number) {
    std::optional<cert::Certificate> found =
        store::CertificateRepository(*db_).findByNumber(number);
    if (!found) printSummary("tqm: unknown-certificate: there is no certificate " + number);
    return found;
}

std::optional<Date> dateOption(const std::string& text, std::string_view option, Date fallback) {
    if (text.empty()) return fallback;
    const std::optional<Date> date = parseDate(text);
    if (!date)
        printSummary("tqm: bad-date: " + std::string(option) + " \"" + text +
                     "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01");
    return date;
}

std::optional<std::optional<Date>> optionalDateOption(const std::string& text,
                                                      std::string_view option) {
    if (text.empty()) return std::optional<Date>();
    const std::optional<Date> date = dateOption(text, option, Date{});
    if (!date) return std::nullopt;
    return date;
}

void printRefusal(const cert::ActionRefusal& refusal) {
    printSummary("tqm: " + refusal.code + ": " + refusal.message);
}

std::string dateText(const std::optional<Date>& date) {
    return date ? formatDate(*date) : "-";
}

std::string certificateLine(const cert::Certificate& certificate, const cert::PersonSummary& person,
                            const cert::CertificateType& type) {
    std::string line = certificate.number + " " + person.employeeNo + " " + person.name + " " +
                       type.code + " " + type.name + ", valid " + formatDate(certificate.validFrom);
    line += certificate.validUntil ? " to " + formatDate(*certificate.validUntil) : " without end";
    return line;
}

std::string alignedTable(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) widths.push_back(0);
            widths[i] = std::max(widths[i], displayWidth(row[i]));
        }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - displayWidth(row[i]) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + '\n';
    }
    return out;
}

}  // namespace tqm::cli
