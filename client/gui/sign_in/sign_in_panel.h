// 学员登录 Sign in: a learner finds themself on the roster (by 工号 or name) and signs in with
// Enter, a double-click or the button; no password. When the database holds nobody yet, the
// demo roster shipped with the courses can be imported from here.
#pragma once

#include <functional>

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include "learn/learner_workspace.h"
#include "sign_in/person_list.h"

namespace tqm::gui {

class SignInPanel : public wxPanel {
  public:
    SignInPanel(wxWindow* parent, LearnerWorkspace& workspace);

    // Reads the roster from the database again.
    void reload();
    void setSearchText(const wxString& text);
    // Signs in the person of `row` of the list; false when there is no such row.
    bool signInRow(long row);
    // Imports content/demo-roster.csv and shows the roster.
    void importDemoRoster();

    // Called with the person chosen; the handler signs them in.
    void setSignInHandler(std::function<void(const store::Person&)> handler) {
        onSignIn_ = std::move(handler);
    }

    wxSearchCtrl* searchBox() const { return search_; }
    PersonList* list() const { return list_; }
    wxButton* importButton() const { return import_; }
    wxString message() const { return message_->GetLabel(); }

  private:
    void signInSelected();
    void updateMessage();

    LearnerWorkspace& workspace_;
    wxStaticText* message_ = nullptr;
    wxSearchCtrl* search_ = nullptr;
    PersonList* list_ = nullptr;
    wxButton* import_ = nullptr;
    wxButton* signIn_ = nullptr;
    wxString importNote_;
    std::function<void(const store::Person&)> onSignIn_;
};

}  // namespace tqm::gui
