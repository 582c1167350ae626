// tqm cert print, tqm cert verify and tqm cert public-key: what carries a certificate's signature
// off the workstation and checks it elsewhere.
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "admin/key_store.h"
#include "base/clock.h"
#include "cert/certificate_printing.h"
#include "cert/code_verification.h"
#include "cert/public_key_export.h"
#include "cert_file_parts.h"
#include "database_option.h"
#include "output.h"
#include "store/certificate_type_repository.h"

namespace tqm::cli {
namespace {

struct PrintOptions {
    std::vector<std::string> numbers;
    std::string output;
    std::string institution;
};

int runPrint(const PrintOptions& options, const std::string& databasePath) {
    const SystemClock clock;
    if (const std::string failure = makeParentFolder(options.output); !failure.empty()) {
        printSummary("tqm: " + failure);
        return kExitFailed;
    }
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const cert::PrintResult result =
        cert::printCertificates(*db, options.numbers, options.institution, options.output);
    if (result.problem) {
        printSummary("tqm: " + result.problem->code + ": " + result.problem->message);
        return kExitFailed;
    }
    printSummary("wrote " + options.output + ": " +
                 countOf(result.pages, "certificate", "certificates") + ", one A4 page each");
    return kExitOk;
}

struct VerifyOptions {
    std::string codeOrFile;
    std::vector<std::string> publicKeyFiles;
};

std::string validLine(const cert::CodeCheck& check,
                      const std::map<std::string, std::string>& typeNames) {
    const cert::CertificateFields& fields = *check.result.fields;
    std::string type = fields.typeCode;
    if (const auto name = typeNames.find(fields.typeCode); name != typeNames.end())
        type += " " + name->second;
    return "valid signature: " + fields.number + ", " + fields.personName + " (工号 " +
           fields.employeeNo + "), " + type + ", issued " + formatDate(fields.issuedOn) +
           ", valid " + formatDate(fields.validFrom) + " to " +
           (fields.validUntil ? formatDate(*fields.validUntil) : std::string("no expiry")) +
           ", key " + admin::keyIdHex(*check.result.keyId);
}

int runVerify(const VerifyOptions& options, const std::string& databasePath) {
    const SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const auto store = admin::KeyStore::forDatabase(db->file());
    std::vector<std::filesystem::path> files(options.publicKeyFiles.begin(),
                                             options.publicKeyFiles.end());
    const cert::VerificationKeys keys = cert::verificationKeys(*store, files);
    if (keys.problem) {
        printSummary("tqm: " + keys.problem->code + ": " + keys.problem->message);
        return kExitFailed;
    }
    const cert::CodeVerification verification = cert::verifyCodes(options.codeOrFile, keys.keys);
    if (verification.problem) {
        printSummary("tqm: " + verification.problem->code + ": " + verification.problem->message);
        return kExitFailed;
    }
    std::map<std::string, std::string> typeNames;
    for (const cert::CertificateType& type : store::CertificateTypeRepository(*db).list())
        typeNames.emplace(type.code, type.name);
    std::size_t valid = 0;
    for (const cert::CodeCheck& check : verification.checks) {
        if (check.line > 0) std::cout << verification.file << ':' << check.line << ": ";
        if (check.valid()) {
            ++valid;
            std::cout << validLine(check, typeNames) << '\n';
        } else {
            std::cout << "refused: " << check.result.refusal->code << ": "
                      << check.result.refusal->message << '\n';
        }
    }
    std::cout.flush();
    const std::size_t refused = verification.checks.size() - valid;
    printSummary(countOf(verification.checks.size(), "code", "codes") + ": " +
                 std::to_string(valid) + " valid, " + std::to_string(refused) + " refused");
    return verification.allValid() ? kExitOk : kExitFailed;
}

int runPublicKey(const std::string& output, const std::string& databasePath) {
    const SystemClock clock;
    if (const std::string failure = makeParentFolder(output); !failure.empty()) {
        printSummary("tqm: " + failure);
        return kExitFailed;
    }
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const auto keys = admin::KeyStore::forDatabase(db->file());
    const cert::PublicKeyExport result = cert::exportPublicKeyLogged(*keys, *db, output);
    if (result.problem) {
        printSummary("tqm: " + result.problem->code + ": " + result.problem->message);
        return kExitFailed;
    }
    printSummary("wrote " + output + " (" + result.audit->detail + "); recorded in the audit log");
    return kExitOk;
}

void addPrint(CLI::App& cert, const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<PrintOptions>();
    CLI::App* print = cert.add_subcommand("print", "Print certificates as a PDF, one A4 page each");
    print->fallthrough();
    print->footer(
        "Each page shows the institution (--institution), the holder, the certificate type,\n"
        "number and dates, the issuer, and a QR code of the verification code; certificates\n"
        "imported from a file have no code and are printed without one. Nothing is written\n"
        "when a number is unknown.\n"
        "Exit code: 0 when the PDF was written, 1 when not, 2 when the command line is wrong.\n"
        "Example: tqm cert print ZJ-QI-2026-0001 ZJ-QI-2026-0002 -o 证书.pdf --institution "
        "某某公司");
    print->add_option("NUMBER", options->numbers, "证书编号 of the certificates")->required();
    print->add_option("-o,--output", options->output, "The PDF file to write")->required();
    print->add_option("--institution", options->institution,
                      "The institution printed at the top of each page");
    print->callback(
        [options, &databasePath, &exitCode] { exitCode = runPrint(*options, databasePath); });
}

void addVerify(CLI::App& cert, const std::string& databasePath, int& exitCode) {
    auto options = std::make_shared<VerifyOptions>();
    CLI::App* verify = cert.add_subcommand(
        "verify", "Check verification codes against this workstation's and other public keys");
    verify->fallthrough();
    verify->footer(
        "CODE-or-FILE is one code (TQMC1....) or a text file with one code per line (blank\n"
        "lines ignored). Prints, per code, the holder, type and dates after \"valid signature\",\n"
        "or \"refused\" with the reason; for a file each line starts with FILE:LINE.\n"
        "Exit code: 0 only when every code verifies, 1 otherwise, 2 when the command line is\n"
        "wrong.\n"
        "Example: tqm cert verify codes.txt --public-key 分厂.pub");
    verify->add_option("CODE-or-FILE", options->codeOrFile, "A code or a file of codes")
        ->required();
    verify->add_option("--public-key", options->publicKeyFiles,
                       "A public key file of another workstation (may be repeated)");
    verify->callback(
        [options, &databasePath, &exitCode] { exitCode = runVerify(*options, databasePath); });
}

void addPublicKey(CLI::App& cert, const std::string& databasePath, int& exitCode) {
    auto output = std::make_shared<std::string>();
    CLI::App* command = cert.add_subcommand(
        "public-key", "Write this workstation's public key, to verify its certificates elsewhere");
    command->fallthrough();
    command->footer(
        "The file is public: hand it to whoever checks certificates. Each export is recorded\n"
        "in the audit log with the file and the key id.\n"
        "Example: tqm cert public-key -o 本厂公钥.pub");
    command->add_option("-o,--output", *output, "The file to write")->required();
    command->callback(
        [output, &databasePath, &exitCode] { exitCode = runPublicKey(*output, databasePath); });
}

}  // namespace

void addCertCodeCommands(CLI::App& cert, const std::string& databasePath, int& exitCode) {
    addPrint(cert, databasePath, exitCode);
    addVerify(cert, databasePath, exitCode);
    addPublicKey(cert, databasePath, exitCode);
}

}  // namespace tqm::cli
