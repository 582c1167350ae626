// 新建竞赛 / 加入竞赛: makes an individual contest from a blueprint (compete/contest_setup.h), or
// joins one made on another workstation with that workstation's id and seed, so that every seat
// gets the same paper. The blueprint is chosen from those beside the banks (or any file), the
// window is given as days and times in China Standard Time, and every refusal of the core is
// listed in plain words while the dialog stays open.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timectrl.h>

#include "compete/contest.h"
#include "learn/learner_workspace.h"
#include "session/exam_service.h"
#include "widgets/date_field.h"

namespace tqm::gui {

class ContestDialog : public wxDialog {
  public:
    enum class Mode { Create, Join };

    ContestDialog(wxWindow* parent, LearnerWorkspace& workspace, session::ExamService& service,
                  Mode mode);

    // Makes (or joins) the competition from the fields; ends a modal dialog with wxID_OK. Nothing,
    // with the reasons shown, when the core refuses.
    std::optional<compete::Competition> submit();
    const std::optional<compete::Competition>& made() const { return made_; }

    // Chooses `file` as the blueprint, adding it to the choice when it is not listed.
    void setBlueprint(const std::filesystem::path& file);
    std::optional<std::filesystem::path> blueprint() const;
    // Sets a field's day and time (China Standard Time).
    void setOpens(Date day, int hour, int minute);
    void setCloses(Date day, int hour, int minute);

    wxChoice* blueprintChoice() const { return blueprint_; }
    wxTextCtrl* nameField() const { return name_; }
    wxSpinCtrl* minutesField() const { return minutes_; }
    wxChoice* paperChoice() const { return paper_; }
    wxTextCtrl* idField() const { return id_; }
    wxTextCtrl* seedField() const { return seed_; }
    wxString problemsText() const { return problems_->GetLabel(); }

  private:
    void listBlueprints(const std::filesystem::path& folder);
    void blueprintChosen();
    void showProblems(const std::vector<wxString>& lines);
    std::int64_t chinaMillis(const DateField& day, const wxTimePickerCtrl& time) const;

    LearnerWorkspace& workspace_;
    session::ExamService& service_;
    Mode mode_;
    std::vector<std::filesystem::path> files_;  // parallel to the choice's entries
    wxChoice* blueprint_ = nullptr;
    wxTextCtrl* name_ = nullptr;
    DateField* opensDay_ = nullptr;
    wxTimePickerCtrl* opensTime_ = nullptr;
    DateField* closesDay_ = nullptr;
    wxTimePickerCtrl* closesTime_ = nullptr;
    wxSpinCtrl* minutes_ = nullptr;
    wxChoice* paper_ = nullptr;
    wxTextCtrl* id_ = nullptr;
    wxTextCtrl* seed_ = nullptr;
    wxStaticText* problems_ = nullptr;
    std::optional<compete::Competition> made_;
};

}  // namespace tqm::gui
