// The history of a person's certificates, one line per event, oldest first: issued, each review
// due and its result, renewals (in either direction) and revocation.
#pragma once

#include <cstdint>
#include <vector>

#include <wx/string.h>

#include "cert/certificate_book_index.h"

namespace tqm::gui {

struct HistoryEntry {
    Date on{};
    wxString number;  // the certificate's number
    wxString event;   // what happened, in the user's language

    bool operator==(const HistoryEntry&) const = default;
};

std::vector<HistoryEntry> certificateHistory(const cert::CertificateBookIndex& index,
                                             std::int64_t personId);

}  // namespace tqm::gui
