#include "cert/print_choice.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "cert/certificate_status.h"

namespace tqm::cert {

namespace {

bool inForce(const CertificateBookIndex& index, const Certificate& certificate, Date asOf) {
    const CertificateType* type = index.type(certificate.certificateTypeId);
    return type && isQualifying(certificateStatus(certificate, *type, asOf).status);
}

// The separators besides ASCII white space, as UTF-8: ， 、 ； and the full-width space.
constexpr std::array<std::string_view, 4> kWideSeparators = {"\xEF\xBC\x8C", "\xE3\x80\x81",
                                                             "\xEF\xBC\x9B", "\xE3\x80\x80"};

// The length of the separator at `at`, or 0 when the text there is part of a number.
std::size_t separatorAt(std::string_view text, std::size_t at) {
    const char c = text[at];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';') return 1;
    for (std::string_view wide : kWideSeparators)
        if (text.substr(at, wide.size()) == wide) return wide.size();
    return 0;
}

}  // namespace

std::vector<std::string> personNumbersInForce(const CertificateBookIndex& index,
                                              std::int64_t personId, Date asOf) {
    std::vector<std::pair<std::string, std::string>> found;  // (type code, number)
    for (const Certificate& certificate : index.book().certificates) {
        if (certificate.personId != personId || !inForce(index, certificate, asOf)) continue;
        found.emplace_back(index.type(certificate.certificateTypeId)->code, certificate.number);
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> numbers;
    for (auto& [code, number] : found) numbers.push_back(std::move(number));
    return numbers;
}

std::vector<std::string> typeNumbersInForce(const CertificateBookIndex& index, std::int64_t typeId,
                                            Date asOf) {
    std::vector<std::pair<std::string, std::string>> found;  // (工号, number)
    for (const Certificate& certificate : index.book().certificates) {
        if (certificate.certificateTypeId != typeId || !inForce(index, certificate, asOf)) continue;
        const PersonSummary* holder = index.person(certificate.personId);
        found.emplace_back(holder ? holder->employeeNo : std::string(), certificate.number);
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> numbers;
    for (auto& [employeeNo, number] : found) numbers.push_back(std::move(number));
    return numbers;
}

std::unordered_map<std::int64_t, std::size_t> countInForceByType(const CertificateBookIndex& index,
                                                                 Date asOf) {
    std::unordered_map<std::int64_t, std::size_t> counts;
    for (const Certificate& certificate : index.book().certificates)
        if (inForce(index, certificate, asOf)) ++counts[certificate.certificateTypeId];
    return counts;
}

std::vector<std::string> parseCertificateNumbers(std::string_view text) {
    std::vector<std::string> numbers;
    std::set<std::string, std::less<>> seen;
    std::size_t at = 0;
    while (at < text.size()) {
        if (const std::size_t skip = separatorAt(text, at); skip > 0) {
            at += skip;
            continue;
        }
        const std::size_t start = at;
        while (at < text.size() && separatorAt(text, at) == 0) ++at;
        std::string number(text.substr(start, at - start));
        if (seen.insert(number).second) numbers.push_back(std::move(number));
    }
    return numbers;
}

}  // namespace tqm::cert
