#include "cert/actions/certificate_actions.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/actions/certificate_details_dialog.h"
#include "cert/actions/issue_certificate_dialog.h"
#include "cert/actions/renew_certificate_dialog.h"
#include "cert/actions/review_dialog.h"
#include "cert/actions/revoke_certificate_dialog.h"
#include "cert/desk_availability.h"
#include "cert/person_page.h"

namespace tqm::gui {

namespace {

constexpr CertificateActions::Action kMenuActions[] = {
    CertificateActions::Action::Details, CertificateActions::Action::Renew,
    CertificateActions::Action::Review, CertificateActions::Action::Revoke,
    CertificateActions::Action::Issue};

wxString actionLabel(CertificateActions::Action action) {
    switch (action) {
        case CertificateActions::Action::Issue:
            return _("Issue certificate...");
        case CertificateActions::Action::Renew:
            return _("Renew...");
        case CertificateActions::Action::Review:
            return _("Review...");
        case CertificateActions::Action::Revoke:
            return _("Revoke...");
        case CertificateActions::Action::Details:
            return _("Details...");
    }
    return {};
}

}  // namespace

CertificateActions::CertificateActions(PersonPage& page, wxListCtrl& certificates)
    : wxPanel(&page), page_(page), list_(certificates) {
    runDialog_ = [](wxDialog& dialog) { return dialog.ShowModal(); };
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    auto add = [&](Action action) {
        auto* made = new wxButton(this, wxID_ANY, actionLabel(action));
        made->Bind(wxEVT_BUTTON, [this, action](wxCommandEvent&) { run(action); });
        sizer->Add(made, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
        return made;
    };
    issue_ = add(Action::Issue);
    renew_ = add(Action::Renew);
    review_ = add(Action::Review);
    revoke_ = add(Action::Revoke);
    issue_->SetToolTip(_("Enter a certificate earned elsewhere for this person"));
    revoke_->SetToolTip(_("Revoke the selected certificate; this cannot be undone"));
    SetSizer(sizer);
    updateButtons();

    list_.Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        updateButtons();
        event.Skip();
    });
    list_.Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent& event) {
        updateButtons();
        event.Skip();
    });
    list_.Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { run(Action::Details); });
    list_.Bind(wxEVT_CONTEXT_MENU, [this](wxContextMenuEvent&) { showMenu(); });
}

void CertificateActions::connect(LearnerWorkspace& workspace, std::function<void()> reread) {
    workspace_ = &workspace;
    reread_ = std::move(reread);
    updateButtons();
}

const cert::Certificate* CertificateActions::selectedCertificate() const {
    const long row = list_.GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    const auto snapshot = page_.snapshot();
    if (row < 0 || !snapshot) return nullptr;
    return snapshot->index->certificate(static_cast<std::int64_t>(list_.GetItemData(row)));
}

bool CertificateActions::enabled(Action action) const {
    const auto snapshot = page_.snapshot();
    if (!workspace_ || !workspace_->database() || !snapshot) return false;
    if (action == Action::Issue) return !snapshot->book.types.empty();
    const cert::Certificate* certificate = selectedCertificate();
    if (!certificate) return false;
    const cert::DeskAvailability available = cert::deskAvailability(*snapshot->index, *certificate);
    switch (action) {
        case Action::Renew:
            return available.renew;
        case Action::Review:
            return available.review;
        case Action::Revoke:
            return available.revoke;
        case Action::Details:
        case Action::Issue:
            break;
    }
    return true;
}

wxButton* CertificateActions::button(Action action) const {
    switch (action) {
        case Action::Issue:
            return issue_;
        case Action::Renew:
            return renew_;
        case Action::Review:
            return review_;
        case Action::Revoke:
            return revoke_;
        case Action::Details:
            break;
    }
    return nullptr;
}

void CertificateActions::updateButtons() {
    for (Action action : {Action::Issue, Action::Renew, Action::Review, Action::Revoke})
        button(action)->Enable(enabled(action));
}

void CertificateActions::listFilled() {
    if (toSelect_) {
        for (long row = 0; row < list_.GetItemCount(); ++row) {
            if (static_cast<std::int64_t>(list_.GetItemData(row)) != *toSelect_) continue;
            list_.SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                               wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            list_.EnsureVisible(row);
        }
        toSelect_.reset();
    }
    updateButtons();
}

bool CertificateActions::run(Action action) {
    if (!enabled(action)) return false;
    const auto snapshot = page_.snapshot();
    store::Database& database = *workspace_->database();
    wxWindow* parent = wxGetTopLevelParent(this);
    const cert::Certificate* certificate = selectedCertificate();
    switch (action) {
        case Action::Issue: {
            IssueCertificateDialog dialog(parent, database, snapshot, page_.personShown());
            return runAction(dialog);
        }
        case Action::Renew: {
            RenewCertificateDialog dialog(parent, database, snapshot, *certificate);
            return runAction(dialog);
        }
        case Action::Review: {
            ReviewDialog dialog(parent, database, snapshot, *certificate);
            return runAction(dialog);
        }
        case Action::Revoke: {
            RevokeCertificateDialog dialog(parent, database, snapshot, *certificate);
            return runAction(dialog);
        }
        case Action::Details: {
            CertificateDetailsDialog dialog(parent, snapshot, *certificate,
                                            dateAt(workspace_->clock().now()));
            runDialog_(dialog);
            return false;
        }
    }
    return false;
}

bool CertificateActions::runAction(ActionDialog& dialog) {
    if (runDialog_(dialog) != wxID_OK || !dialog.savedCertificateId()) return false;
    toSelect_ = dialog.savedCertificateId();
    if (reread_) reread_();
    return true;
}

std::unique_ptr<wxMenu> CertificateActions::contextMenu() const {
    auto menu = std::make_unique<wxMenu>();
    for (Action action : kMenuActions) {
        if (action == Action::Issue) menu->AppendSeparator();
        wxMenuItem* item = menu->Append(static_cast<int>(action) + 1, actionLabel(action));
        item->Enable(enabled(action));
    }
    return menu;
}

void CertificateActions::showMenu() {
    const std::unique_ptr<wxMenu> menu = contextMenu();
    const int chosen = list_.GetPopupMenuSelectionFromUser(*menu);
    if (chosen == wxID_NONE) return;
    // CallAfter: the dialog opens once the menu has closed.
    CallAfter([this, chosen] { run(static_cast<Action>(chosen - 1)); });
}

}  // namespace tqm::gui
