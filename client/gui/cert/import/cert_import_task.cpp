#include "cert/import/cert_import_task.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>

#include "admin/key_store.h"
#include "base/clock.h"
#include "cert/cert_file_import.h"
#include "cert/certificate_file_import.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> readWholeFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return bytes.str();
}

cert::FileImportResult importBytes(CertFileKind kind, store::Database& database,
                                   std::string_view bytes, const std::string& name) {
    switch (kind) {
        case CertFileKind::Types:
            return cert::importCertificateTypes(database, bytes, name);
        case CertFileKind::Positions:
            return cert::importPositions(database, bytes, name);
        case CertFileKind::Requirements:
            return cert::importRequirements(database, bytes, name);
        case CertFileKind::Certificates:
            break;
    }
    const std::unique_ptr<admin::KeyStore> keys = admin::KeyStore::forDatabase(database.file());
    return cert::importCertificates(database, *keys, bytes, name);
}

}  // namespace

std::vector<CertFileChoice> inImportOrder(std::vector<CertFileChoice> choices) {
    std::stable_sort(
        choices.begin(), choices.end(),
        [](const CertFileChoice& a, const CertFileChoice& b) { return a.kind < b.kind; });
    return choices;
}

CertFileOutcome importCertFile(const CertFileChoice& choice, store::Database& database) {
    CertFileOutcome outcome;
    outcome.kind = choice.kind;
    outcome.file = choice.file;
    const std::optional<std::string> bytes = readWholeFile(choice.file);
    if (!bytes) {
        outcome.failure = "the file cannot be read";
        outcome.fileUnreadable = true;
        return outcome;
    }
    outcome.result = importBytes(choice.kind, database, *bytes, choice.file.filename().string());
    return outcome;
}

CertImportTask::~CertImportTask() {
    if (worker_.joinable()) worker_.join();
}

void CertImportTask::start(std::vector<CertFileChoice> choices, fs::path databaseFile, Post post,
                           Step step, Done done) {
    if (running_) return;
    if (worker_.joinable()) worker_.join();
    running_ = true;
    auto finish = [this, done = std::move(done)](std::vector<CertFileOutcome> outcomes) {
        running_ = false;
        done(std::move(outcomes));
    };
    worker_ =
        std::thread([choices = std::move(choices), databaseFile = std::move(databaseFile),
                     post = std::move(post), step = std::move(step), finish = std::move(finish)] {
            auto outcomes = std::make_shared<std::vector<CertFileOutcome>>();
            const SystemClock clock;
            store::OpenResult opened = store::Database::open(databaseFile, clock);
            for (std::size_t i = 0; i < choices.size(); ++i) {
                post([step, i] { step(i); });
                if (!opened.ok()) {
                    CertFileOutcome failed;
                    failed.kind = choices[i].kind;
                    failed.file = choices[i].file;
                    failed.failure = opened.error->message;
                    outcomes->push_back(std::move(failed));
                    continue;
                }
                outcomes->push_back(importCertFile(choices[i], *opened.database));
            }
            post([finish, outcomes] { finish(std::move(*outcomes)); });
        });
}

}  // namespace tqm::gui
