// 人员 A person's page: choose someone (search by 工号 or name) and see the positions they hold
// with their dates, every requirement of those positions with its status as of the chosen day,
// the certificates they hold with status and dates, and what happened to each certificate.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include "cert/assign/assignment_buttons.h"
#include "cert/assignment_spans.h"
#include "cert/cert_snapshot.h"
#include "cert/person_picker.h"

namespace tqm::gui {

class CertificateActions;

class PersonPage : public wxPanel {
  public:
    explicit PersonPage(wxWindow* parent);

    // Shows the snapshot, keeping the person shown.
    void show(std::shared_ptr<const CertificateSnapshot> snapshot);
    // Shows the person's page; false when the person is not in the book.
    bool showPerson(std::int64_t personId);
    std::optional<std::int64_t> personShown() const { return personId_; }
    std::shared_ptr<const CertificateSnapshot> snapshot() const { return snapshot_; }
    // The buttons under the certificate list (cert/actions/certificate_actions.h).
    CertificateActions* actions() const { return actions_; }

    PersonPicker* picker() const { return picker_; }
    wxSearchCtrl* searchBox() const { return search_; }
    wxListCtrl* positionList() const { return positions_; }
    wxListCtrl* requirementList() const { return requirements_; }
    wxListCtrl* certificateList() const { return certificates_; }
    wxListCtrl* historyList() const { return history_; }
    wxString headingText() const { return heading_->GetLabel(); }
    AssignmentButtons* assignmentButtons() const { return assignButtons_; }

  private:
    wxSizer* buildDetails();
    void fillPositions();
    void fillRequirements();
    void fillCertificates();
    void fillHistory();
    void updateAssignmentButtons();

    std::shared_ptr<const CertificateSnapshot> snapshot_;
    std::optional<std::int64_t> personId_;
    wxSearchCtrl* search_ = nullptr;
    PersonPicker* picker_ = nullptr;
    wxStaticText* heading_ = nullptr;
    wxListCtrl* positions_ = nullptr;
    wxListCtrl* requirements_ = nullptr;
    wxListCtrl* certificates_ = nullptr;
    wxListCtrl* history_ = nullptr;
    // The rows of positions_: unbroken time in a position is one row.
    std::vector<cert::AssignmentSpan> spans_;
    AssignmentButtons* assignButtons_ = nullptr;
    CertificateActions* actions_ = nullptr;
};

}  // namespace tqm::gui
