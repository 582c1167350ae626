// The organizer's "due soon" card on Home: how many certificates expire or have a review due in
// the next 30 days, the first few of them, how many key positions lack a second qualified
// person, and a link to the full list under 证书. Shown only while the organizer screens are
// open; the statuses are computed off the UI thread (cert/snapshot_loader.h).
#pragma once

#include <functional>
#include <vector>

#include <wx/hyperlink.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "cert/snapshot_loader.h"
#include "learn/learner_workspace.h"

namespace tqm::gui {

// The horizon of the card.
inline constexpr int kHomeDueDays = 30;
// How many items the card lists before the link to the rest.
inline constexpr std::size_t kHomeDueItems = 5;

class DueSoonCard : public wxPanel {
  public:
    explicit DueSoonCard(wxWindow* parent);

    // Computes what falls due from today; the card fills in when it is known.
    void refresh(LearnerWorkspace& workspace);
    bool loading() const { return loader_.busy(); }
    void setOpenHandler(std::function<void()> handler) { onOpen_ = std::move(handler); }

    wxString countText() const { return count_->GetLabel(); }
    // The lines listing the first items, in order.
    const std::vector<wxString>& itemTexts() const { return itemTexts_; }
    wxHyperlinkCtrl* link() const { return link_; }

  private:
    void show(const CertificateSnapshot& snapshot);

    CertificateLoader loader_{*this};
    wxStaticText* count_ = nullptr;
    wxStaticText* coverage_ = nullptr;
    wxBoxSizer* items_ = nullptr;
    std::vector<wxString> itemTexts_;
    wxHyperlinkCtrl* link_ = nullptr;
    std::function<void()> onOpen_;
};

}  // namespace tqm::gui
