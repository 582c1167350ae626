#include "cert/person_history.h"

#include <algorithm>

#include <wx/intl.h>

#include "cert/cert_texts.h"

namespace tqm::gui {

namespace {

void addReviews(const cert::Certificate& certificate, const wxString& number,
                std::vector<HistoryEntry>& entries) {
    for (const cert::ReviewEvent& review : certificate.reviews) {
        if (!review.doneOn || !review.result) {
            entries.push_back({review.dueOn, number, _("Review due")});
            continue;
        }
        wxString event = wxString::Format(_("Review (due %s) %s"), dateText(review.dueOn),
                                          reviewResultLabel(*review.result));
        if (review.validUntil)
            event << "; " << wxString::Format(_("valid until %s"), dateText(review.validUntil));
        if (!review.note.empty()) event << "; " << wxString::FromUTF8(review.note);
        entries.push_back({*review.doneOn, number, event});
    }
}

}  // namespace

std::vector<HistoryEntry> certificateHistory(const cert::CertificateBookIndex& index,
                                             std::int64_t personId) {
    std::vector<HistoryEntry> entries;
    for (const cert::Certificate& certificate : index.book().certificates) {
        if (certificate.personId != personId) continue;
        const wxString number = wxString::FromUTF8(certificate.number);
        const cert::CertificateType* type = index.type(certificate.certificateTypeId);
        // TRANSLATORS: certificate type, how it came in, last valid day; e.g. "质量检验员上岗证：
        // 发证（批量导入），有效期至 2026-06-19".
        const wxString issued = wxString::Format(_("%s: issued (%s), valid until %s"),
                                                 type ? wxString::FromUTF8(type->name) : wxString(),
                                                 sourceLabel(certificate.source),
                                                 dateText(certificate.validUntil, _("no expiry")));
        entries.push_back({certificate.issuedOn, number, issued});
        if (certificate.renewsId) {
            if (const cert::Certificate* old = index.certificate(*certificate.renewsId))
                entries.push_back(
                    {certificate.issuedOn, number,
                     wxString::Format(_("Renews %s"), wxString::FromUTF8(old->number))});
        }
        addReviews(certificate, number, entries);
        if (certificate.revokedOn)
            entries.push_back({*certificate.revokedOn, number,
                               wxString::Format(_("Revoked: %s"),
                                                wxString::FromUTF8(certificate.revokedReason))});
    }
    // Renewals recorded on the newer certificate show on the older one too.
    for (const cert::Certificate& newer : index.book().certificates) {
        if (newer.personId != personId || !newer.renewsId) continue;
        if (const cert::Certificate* old = index.certificate(*newer.renewsId))
            entries.push_back(
                {newer.issuedOn, wxString::FromUTF8(old->number),
                 wxString::Format(_("Renewed by %s"), wxString::FromUTF8(newer.number))});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry& a, const HistoryEntry& b) {
                         if (a.on != b.on) return a.on < b.on;
                         return a.number < b.number;
                     });
    return entries;
}

}  // namespace tqm::gui
