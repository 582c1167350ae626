// Reads the certificate book and computes a snapshot off the UI thread, so that a plant of
// 10,000 people never freezes the window. A database file is read through a connection of the
// worker's own (SQLite's WAL lets the window go on meanwhile); a database in memory, which no
// second connection can see, is read on the UI thread and only the computing moves away.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include <wx/event.h>

#include "cert/cert_snapshot.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

struct CertificateLoad {
    std::shared_ptr<const CertificateSnapshot> snapshot;  // nothing when the read failed
    std::string failure;  // the core's words for why the database could not be read
};

class CertificateLoader {
  public:
    using Done = std::function<void(CertificateLoad)>;

    // Results are handed back on the UI thread through `owner`, which must outlive the loader.
    explicit CertificateLoader(wxEvtHandler& owner) : owner_(owner) {}
    ~CertificateLoader();
    CertificateLoader(const CertificateLoader&) = delete;
    CertificateLoader& operator=(const CertificateLoader&) = delete;

    // Loads as of `asOf` and calls `done` on the UI thread. A request made while one runs waits
    // for it and replaces any other waiting one: only the latest wish counts.
    void request(LearnerWorkspace& workspace, Date asOf, Done done);
    bool busy() const { return running_; }

  private:
    struct Request {
        LearnerWorkspace* workspace = nullptr;
        Date asOf{};
        Done done;
    };
    void start(Request request);
    void finished(CertificateLoad load, const Done& done);

    wxEvtHandler& owner_;
    std::thread worker_;
    bool running_ = false;  // read and written on the UI thread only
    std::optional<Request> waiting_;
};

}  // namespace tqm::gui
