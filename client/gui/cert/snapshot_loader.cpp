#include "cert/snapshot_loader.h"

#include <exception>

#include "base/clock.h"
#include "store/certificate_repository.h"
#include "store/database.h"

namespace tqm::gui {

CertificateLoader::~CertificateLoader() {
    if (worker_.joinable()) worker_.join();
}

void CertificateLoader::request(LearnerWorkspace& workspace, Date asOf, Done done) {
    Request wish{&workspace, asOf, std::move(done)};
    if (running_) {
        waiting_ = std::move(wish);
        return;
    }
    start(std::move(wish));
}

void CertificateLoader::start(Request request) {
    if (worker_.joinable()) worker_.join();
    store::Database* database = request.workspace->database();
    if (!database) {
        finished({nullptr, "no database"}, request.done);
        return;
    }
    running_ = true;
    const bool inMemory = request.workspace->databaseFile() == store::kInMemory;
    std::optional<cert::CertificateBook> book;
    if (inMemory) book = store::CertificateRepository(*database).loadBook();
    worker_ = std::thread([this, book = std::move(book), file = request.workspace->databaseFile(),
                           asOf = request.asOf, done = std::move(request.done)]() mutable {
        auto load = std::make_shared<CertificateLoad>();
        try {
            if (!book) {
                const SystemClock clock;
                store::OpenResult opened = store::Database::open(file, clock);
                if (opened.ok())
                    book = store::CertificateRepository(*opened.database).loadBook();
                else
                    load->failure = opened.error->message;
            }
            if (book) load->snapshot = makeCertificateSnapshot(std::move(*book), asOf);
        } catch (const std::exception& error) {
            load->failure = error.what();
        }
        owner_.CallAfter([this, load, done] { finished(std::move(*load), done); });
    });
}

void CertificateLoader::finished(CertificateLoad load, const Done& done) {
    running_ = false;
    if (done) done(std::move(load));
    if (waiting_) {
        Request next = std::move(*waiting_);
        waiting_.reset();
        start(std::move(next));
    }
}

}  // namespace tqm::gui
