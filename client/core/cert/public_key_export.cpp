#include "cert/public_key_export.h"

#include <exception>
#include <system_error>

namespace tqm::cert {

PublicKeyExport exportPublicKeyLogged(admin::KeyStore& keys, store::Database& database,
                                      const std::filesystem::path& file) {
    PublicKeyExport result;
    const admin::KeyAccess<admin::SigningKeyPair> signing = keys.signingKeys();
    if (!signing) {
        result.problem = signing.problem;
        return result;
    }
    if (auto problem = keys.exportPublicKey(file)) {
        result.problem = std::move(problem);
        return result;
    }
    try {
        result.audit = store::AuditLog(database).append(
            kPublicKeyExportAction, file.string(),
            "key-id " + admin::keyIdHex(admin::keyIdOf(signing.key->publicKey())));
    } catch (const std::exception& e) {
        std::error_code ignored;
        std::filesystem::remove(file, ignored);
        result.problem = admin::KeyProblem{
            "audit-failed", "the audit log could not record the export (" + std::string(e.what()) +
                                "), so " + file.string() + " was removed"};
    }
    return result;
}

}  // namespace tqm::cert
