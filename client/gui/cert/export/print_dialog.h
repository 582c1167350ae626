// 打印证书: choosing which certificates go into the PDF — the certificates of the person shown on
// the 人员 page, every certificate of one type, or numbers typed or pasted (one per line, or a
// column copied from Excel). The first two take the certificates that still count as of the day
// the area shows (cert/print_choice.h). The dialog says how many pages will be printed and names
// any typed number that no certificate has before anything is written.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/radiobut.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "cert/cert_snapshot.h"

namespace tqm::gui {

enum class PrintSource { Person, Type, Numbers };

class PrintCertificatesDialog : public wxDialog {
  public:
    // `personId`: the person shown on the 人员 page, if any. `institution`: the name printed
    // at the top of each page, as last used.
    PrintCertificatesDialog(wxWindow* parent, std::shared_ptr<const CertificateSnapshot> snapshot,
                            std::optional<std::int64_t> personId, const wxString& institution);

    void choose(PrintSource source);
    PrintSource source() const;
    // Chooses the type by its code; false when there is no such type.
    bool chooseType(const std::string& code);
    void setNumbersText(const wxString& text);

    // The numbers to print as chosen now, and those of them no certificate has.
    const std::vector<std::string>& numbers() const { return numbers_; }
    const std::vector<std::string>& unknownNumbers() const { return unknown_; }
    wxString institution() const { return institution_->GetValue(); }
    // The holder's name when the certificates are one person's, for the file's name.
    wxString holderName() const;
    wxString summaryText() const { return summary_->GetLabel(); }
    wxButton* printButton() const { return print_; }
    wxRadioButton* personChoice() const { return byPerson_; }

  private:
    wxString personLabel() const;
    void update();

    std::shared_ptr<const CertificateSnapshot> snapshot_;
    std::optional<std::int64_t> personId_;
    std::vector<std::int64_t> typeIds_;  // of type_'s entries
    std::set<std::string, std::less<>> known_;
    wxRadioButton* byPerson_ = nullptr;
    wxRadioButton* byType_ = nullptr;
    wxRadioButton* byNumber_ = nullptr;
    wxStaticText* personCount_ = nullptr;
    wxChoice* type_ = nullptr;
    wxTextCtrl* typed_ = nullptr;
    wxTextCtrl* institution_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxButton* print_ = nullptr;
    std::vector<std::string> numbers_;
    std::vector<std::string> unknown_;
};

}  // namespace tqm::gui
