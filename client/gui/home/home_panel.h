// 首页 Home: what is loaded (each bank's identity and counts) and every problem found while
// loading, so an organizer sees at a glance whether the banks are fit for an exam.
#pragma once

#include <wx/html/htmlwin.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "bank_browser/bank_library.h"
#include "widgets/problem_list.h"

namespace tqm::gui {

class HomePanel : public wxPanel {
  public:
    HomePanel(wxWindow* parent, const BankLibrary& library);

    void showBanks();

    wxHtmlWindow* summary() const { return summary_; }
    ProblemList* problemList() const { return problems_; }

  private:
    void onSysColourChanged(wxSysColourChangedEvent& event);

    const BankLibrary& library_;
    wxHtmlWindow* summary_ = nullptr;
    wxStaticText* problemsHeading_ = nullptr;
    ProblemList* problems_ = nullptr;
};

}  // namespace tqm::gui
