// Beside the matrix: what the selected cell stands for, in words. For a person, each position
// that asks for the type with the requirement's status and the certificate behind it (number,
// dates, next review); for a position, everyone in it with their status.
#pragma once

#include <cstdint>

#include <wx/panel.h>
#include <wx/stattext.h>

#include "cert/cert_snapshot.h"

namespace tqm::gui {

class CellDetails : public wxPanel {
  public:
    explicit CellDetails(wxWindow* parent);

    void showCell(const CertificateSnapshot& snapshot, cert::MatrixAxis axis, std::int64_t rowId,
                  std::int64_t typeId);
    void clear();

    wxString heading() const { return heading_->GetLabel(); }
    wxString text() const { return body_->GetLabel(); }

  private:
    void setText(const wxString& heading, const wxString& body);

    wxStaticText* heading_ = nullptr;
    wxStaticText* body_ = nullptr;
};

// The lines describing one certificate's status as of the snapshot's day.
wxString certificateSummary(const CertificateSnapshot& snapshot,
                            const cert::RequirementStatusRow& row);

}  // namespace tqm::gui
