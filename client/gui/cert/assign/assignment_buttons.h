// 分配岗位… and 结束任职… under the positions on a person's page: they open the dialogs that put
// the person in a position or end their time in one, and ask the certificate area to read the
// book again after either was saved.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/panel.h>

#include "cert/assignment_spans.h"
#include "cert/cert_snapshot.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

class AssignmentButtons : public wxPanel {
  public:
    explicit AssignmentButtons(wxWindow* parent);

    // Where the dialogs save, what today is, and what to do once something was saved.
    void connect(LearnerWorkspace& workspace, std::function<void()> saved);

    // The person shown (none: both buttons off), their spans as the page lists them and the
    // row chosen there. The span to end is the chosen one when it is still open, or else the
    // only open one.
    void show(std::shared_ptr<const CertificateSnapshot> snapshot,
              std::optional<std::int64_t> personId, std::vector<cert::AssignmentSpan> spans,
              long selectedRow);

    // What the buttons do: open the dialog and, when it saved something, call the handler.
    void assign();
    void end();

    wxButton* assignButton() const { return assign_; }
    wxButton* endButton() const { return end_; }
    // The dialog open now (tests drive it while it runs modally), else nullptr.
    wxDialog* openDialog() const { return openDialog_; }
    std::optional<cert::AssignmentSpan> spanToEnd() const;

  private:
    int run(wxDialog& dialog);
    Date today() const;

    LearnerWorkspace* workspace_ = nullptr;
    std::function<void()> saved_;
    std::shared_ptr<const CertificateSnapshot> snapshot_;
    std::optional<std::int64_t> personId_;
    std::vector<cert::AssignmentSpan> spans_;
    long selectedRow_ = -1;
    wxButton* assign_ = nullptr;
    wxButton* end_ = nullptr;
    wxDialog* openDialog_ = nullptr;
};

}  // namespace tqm::gui
