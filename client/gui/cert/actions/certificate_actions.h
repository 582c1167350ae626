// What the organizer does with the certificates on a person's page: a row of buttons under the
// certificate list — 签发证书… (issue), 换证… (renew), 复审… (review), 吊销… (revoke) — enabled
// for the selected certificate (cert/desk_availability.h), the same on the list's context menu,
// and a double-click opening the certificate's details. After an action is saved the area reads
// the book again and the page, still on the same person, selects the new or changed certificate.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/panel.h>

#include "cert/cert_snapshot.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class ActionDialog;
class PersonPage;

class CertificateActions : public wxPanel {
  public:
    enum class Action { Issue, Renew, Review, Revoke, Details };

    CertificateActions(PersonPage& page, wxListCtrl& certificates);

    // Where the actions write, and how the area reads the book again after one is saved.
    void connect(LearnerWorkspace& workspace, std::function<void()> reread);
    // Called by the page after it filled the certificate list: selects the certificate an
    // action just saved, and enables the buttons for the selection.
    void listFilled();

    // The certificate selected in the list; null when none is.
    const cert::Certificate* selectedCertificate() const;
    bool enabled(Action action) const;
    // Runs the action as its button does; true when something was saved.
    bool run(Action action);
    // The context menu of the certificate list, as it would pop up now.
    std::unique_ptr<wxMenu> contextMenu() const;

    // Shows each dialog through `runner` instead of ShowModal(), for tests.
    using DialogRunner = std::function<int(wxDialog&)>;
    void setDialogRunner(DialogRunner runner) { runDialog_ = std::move(runner); }

    wxButton* button(Action action) const;

  private:
    void updateButtons();
    bool runAction(ActionDialog& dialog);
    void showMenu();

    PersonPage& page_;
    wxListCtrl& list_;
    LearnerWorkspace* workspace_ = nullptr;
    std::function<void()> reread_;
    DialogRunner runDialog_;
    std::optional<std::int64_t> toSelect_;
    wxButton* issue_ = nullptr;
    wxButton* renew_ = nullptr;
    wxButton* review_ = nullptr;
    wxButton* revoke_ = nullptr;
};

}  // namespace tqm::gui
