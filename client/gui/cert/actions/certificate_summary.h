// The certificate a dialog acts on, shown above its fields: number, type, holder, validity,
// issuer and status as of today, so that the organizer sees what is about to change.
#pragma once

#include <wx/sizer.h>
#include <wx/window.h>

#include "cert/cert_snapshot.h"

namespace tqm::gui {

// "2024-03-15 – 2026-03-14", or "2024-03-15 – no expiry".
wxString validityText(const cert::Certificate& certificate);

// Label/value rows in `parent` for the certificate (which must be in the snapshot's book); more
// rows may be added to the grid.
wxFlexGridSizer* certificateSummary(wxWindow* parent, const CertificateSnapshot& snapshot,
                                    const cert::Certificate& certificate, Date today);

}  // namespace tqm::gui
