#include "compete/package_format.h"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "base/sha256.h"

namespace tqm::compete {

namespace {

using json = nlohmann::json;

constexpr std::string_view kSigningDomain{"TQM result package 1\0", 21};

std::string toBase64(const unsigned char* bytes, std::size_t size) {
    ensureSodiumReady();
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1);  // the terminating NUL
    return out;
}

template <std::size_t N>
bool fromBase64(const std::string& text, std::array<unsigned char, N>& out) {
    ensureSodiumReady();
    std::size_t length = 0;
    const char* end = nullptr;
    return sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length,
                             &end, sodium_base64_VARIANT_ORIGINAL) == 0 &&
           length == N && end == text.data() + text.size();
}

json contentJson(const ResultPackage& p) {
    json attempts = json::array();
    for (const ContestResult& r : p.attempts) {
        json answers = json::array();
        for (const ContestAnswer& a : r.answers)
            answers.push_back({{"seq", a.seq},
                               {"answer", a.answer},
                               {"answeredAt", a.answeredAt},
                               {"revision", a.revision}});
        attempts.push_back({{"employeeNo", r.employeeNo},
                            {"name", r.name},
                            {"unit", r.unit},
                            {"paperSha256", r.paperSha256},
                            {"scoreHundredths", r.score},
                            {"maxHundredths", r.maxPoints},
                            {"startedAt", r.startedAt},
                            {"submittedAt", r.submittedAt},
                            {"timeUsedMs", r.timeUsedMs},
                            {"answers", std::move(answers)}});
    }
    return {
        {"format", kPackageFormat},
        {"competition",
         {{"id", p.competitionId}, {"name", p.competitionName}, {"paperSha256", p.paperSha256}}},
        {"workstation",
         {{"keyId", admin::keyIdHex(admin::keyIdOf(p.publicKey))},
          {"publicKey", toBase64(p.publicKey.data(), p.publicKey.size())}}},
        {"exportedAt", p.exportedAt},
        {"attempts", std::move(attempts)}};
}

// A content that is not as written: the message says where ("attempt 2: ...").
struct ShapeError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const json& field(const json& object, const char* key, const std::string& where) {
    if (!object.is_object() || !object.contains(key))
        throw ShapeError(where + " has no \"" + key + "\"");
    return object.at(key);
}

std::string text(const json& object, const char* key, const std::string& where) {
    const json& value = field(object, key, where);
    if (!value.is_string()) throw ShapeError(where + ": \"" + key + "\" is not a text");
    return value.get<std::string>();
}

std::int64_t integer(const json& object, const char* key, const std::string& where) {
    const json& value = field(object, key, where);
    if (!value.is_number_integer())
        throw ShapeError(where + ": \"" + key + "\" is not a whole number");
    return value.get<std::int64_t>();
}

const json& array(const json& object, const char* key, const std::string& where) {
    const json& value = field(object, key, where);
    if (!value.is_array()) throw ShapeError(where + ": \"" + key + "\" is not a list");
    return value;
}

ContestResult readAttempt(const json& in, const std::string& where) {
    ContestResult r;
    r.employeeNo = text(in, "employeeNo", where);
    r.name = text(in, "name", where);
    r.unit = text(in, "unit", where);
    r.paperSha256 = text(in, "paperSha256", where);
    r.score = integer(in, "scoreHundredths", where);
    r.maxPoints = integer(in, "maxHundredths", where);
    r.startedAt = integer(in, "startedAt", where);
    r.submittedAt = integer(in, "submittedAt", where);
    r.timeUsedMs = integer(in, "timeUsedMs", where);
    if (r.employeeNo.empty()) throw ShapeError(where + ": the 工号 is empty");
    if (r.score < 0 || r.score > r.maxPoints)
        throw ShapeError(where + ": the score is not between 0 and the maximum");
    if (r.submittedAt < r.startedAt || r.timeUsedMs < 0)
        throw ShapeError(where + ": submitted before it started");
    if (r.paperSha256.size() != 64) throw ShapeError(where + ": the paper hash is not SHA-256");
    const json& answers = array(in, "answers", where);
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const std::string at = where + ", answer " + std::to_string(i + 1);
        const std::int64_t seq = integer(answers[i], "seq", at);
        if (seq < 1) throw ShapeError(at + ": \"seq\" is below 1");
        r.answers.push_back({static_cast<std::size_t>(seq), text(answers[i], "answer", at),
                             integer(answers[i], "answeredAt", at),
                             static_cast<int>(integer(answers[i], "revision", at))});
    }
    return r;
}

ResultPackage readContent(const json& content) {
    ResultPackage p;
    if (text(content, "format", "the package") != kPackageFormat)
        throw ShapeError("the package is of format \"" + text(content, "format", "the package") +
                         "\"; this program reads \"" + std::string(kPackageFormat) + "\"");
    const json& competition = field(content, "competition", "the package");
    p.competitionId = text(competition, "id", "the competition");
    p.competitionName = text(competition, "name", "the competition");
    p.paperSha256 = text(competition, "paperSha256", "the competition");
    const json& workstation = field(content, "workstation", "the package");
    if (!fromBase64(text(workstation, "publicKey", "the workstation"), p.publicKey))
        throw ShapeError("the workstation's public key is not a base64 Ed25519 key");
    if (text(workstation, "keyId", "the workstation") !=
        admin::keyIdHex(admin::keyIdOf(p.publicKey)))
        throw ShapeError("the workstation's key id does not belong to its public key");
    p.exportedAt = integer(content, "exportedAt", "the package");
    const json& attempts = array(content, "attempts", "the package");
    for (std::size_t i = 0; i < attempts.size(); ++i)
        p.attempts.push_back(readAttempt(attempts[i], "attempt " + std::to_string(i + 1)));
    return p;
}

session::Refusal malformed(std::string_view fileName, const std::string& what) {
    return {"package-malformed", std::string(fileName) + ": this is not a result package: " + what +
                                     ". Export the package again on its workstation."};
}

}  // namespace

std::string canonicalContent(const ResultPackage& package) {
    return contentJson(package).dump();
}

std::string signedBytes(std::string_view canonical) {
    std::string bytes(kSigningDomain);
    bytes += canonical;
    return bytes;
}

std::string packageFileText(const ResultPackage& package, const admin::Signature& signature) {
    nlohmann::ordered_json file;
    file["package"] = contentJson(package);
    file["signature"] = toBase64(signature.data(), signature.size());
    return file.dump(2) + "\n";
}

PackageRead readPackageText(std::string_view bytes, std::string_view fileName) {
    PackageRead read;
    json file;
    try {
        file = json::parse(bytes.begin(), bytes.end());
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        const std::size_t bracket = what.find("] ");
        if (bracket != std::string::npos) what.erase(0, bracket + 2);
        read.refusal = malformed(fileName, "the JSON cannot be read (" + what + ")");
        return read;
    }
    try {
        const json& content = field(file, "package", "the file");
        if (!fromBase64(text(file, "signature", "the file"), read.signature))
            throw ShapeError("the signature is not 64 bytes of base64");
        read.package = readContent(content);
        read.canonical = content.dump();
    } catch (const ShapeError& e) {
        read.package.reset();
        read.refusal = malformed(fileName, e.what());
    }
    return read;
}

}  // namespace tqm::compete
