// 换证 Enter the renewal of a certificate: the old one shown (number, dates), the new one's
// number, issue day, optional dates (by default it runs on from the day after the old one's last
// valid day for the type's validity), issuer (by default the old one's) and evidence. Saved by
// cert::CertificateDesk::renew, as `tqm cert renew` does; the new certificate records which one
// it renews.
#pragma once

#include <cstdint>
#include <memory>

#include "cert/actions/action_dialog.h"
#include "cert/actions/certificate_fields.h"
#include "cert/cert_snapshot.h"

namespace tqm::gui {

class RenewCertificateDialog : public ActionDialog {
  public:
    // `old` must be in the snapshot's book.
    RenewCertificateDialog(wxWindow* parent, store::Database& database,
                           std::shared_ptr<const CertificateSnapshot> snapshot,
                           const cert::Certificate& old);

    bool save() override;

    CertificateFields& fields() { return fields_; }

  private:
    void updateHints();

    std::shared_ptr<const CertificateSnapshot> snapshot_;
    const cert::Certificate& old_;
    const cert::CertificateType* type_ = nullptr;
    CertificateFields fields_;
};

}  // namespace tqm::gui
