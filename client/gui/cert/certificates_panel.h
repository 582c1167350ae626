// 证书 Certificates: the organizer's view of who holds what, as of a day chosen above the
// three pages: 资格矩阵 the matrix, 到期提醒 what falls due, 人员 one person's certificates.
// The book is read and the statuses computed on a worker thread (cert/snapshot_loader.h);
// the pages show the result when it arrives. While the database holds no certificate types, an
// empty state (cert/import/cert_empty_state.h) stands in for the pages; 导入… in the header opens
// the import dialog (cert/import/cert_import_dialog.h).
#pragma once

#include <cstdint>
#include <memory>

#include <wx/button.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "cert/due_page.h"
#include "cert/export/certificate_exports.h"
#include "cert/import/cert_empty_state.h"
#include "cert/matrix_page.h"
#include "cert/person_page.h"
#include "cert/snapshot_loader.h"
#include "learn/learner_workspace.h"
#include "widgets/date_field.h"

namespace tqm::gui {

class CertificatesPanel : public wxPanel {
  public:
    CertificatesPanel(wxWindow* parent, LearnerWorkspace& workspace);

    // Reads the book again, as of the chosen day.
    void refresh();
    // Chooses the day the statuses are computed for, and reads them.
    void setAsOf(Date day);
    Date asOf() const;
    bool loading() const { return loader_.busy() || waiting_; }

    // Opens the due page with what falls due within `days`.
    void showDue(int days);
    // Opens the person's page.
    void showPerson(std::int64_t personId);

    // Opens the import dialog and reads the book again when it changed anything.
    void openImportDialog();
    // Shown in place of the pages while the database has no certificate types.
    CertEmptyState* emptyState() const { return empty_; }
    bool showingEmptyState() const { return empty_->IsShown(); }

    std::shared_ptr<const CertificateSnapshot> snapshot() const { return snapshot_; }
    wxNotebook* tabs() const { return tabs_; }
    MatrixPage* matrix() const { return matrix_; }
    DuePage* due() const { return due_; }
    PersonPage* person() const { return person_; }
    DateField* datePicker() const { return date_; }
    wxString stateText() const { return state_->GetLabel(); }
    CertificateExports& exports() { return *exports_; }

  private:
    void loaded(CertificateLoad load);

    LearnerWorkspace& workspace_;
    CertificateLoader loader_{*this};
    bool waiting_ = false;
    std::shared_ptr<const CertificateSnapshot> snapshot_;
    wxStaticText* asOfLabel_ = nullptr;
    DateField* date_ = nullptr;
    wxButton* today_ = nullptr;
    wxStaticText* state_ = nullptr;
    wxButton* import_ = nullptr;
    CertEmptyState* empty_ = nullptr;
    wxNotebook* tabs_ = nullptr;
    MatrixPage* matrix_ = nullptr;
    DuePage* due_ = nullptr;
    PersonPage* person_ = nullptr;
    std::unique_ptr<CertificateExports> exports_;
};

}  // namespace tqm::gui
