#include "admin/papers/papers_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>

namespace tqm::gui {

PapersPanel::PapersPanel(wxWindow* parent, LearnerWorkspace& workspace, const BankLibrary& library)
    : wxPanel(parent), context_(workspace, library) {
    pages_ = new wxNotebook(this, wxID_ANY);
    editor_ =
        new BlueprintEditor(pages_, context_.document(), library, workspace.blueprintDir(), [this] {
            creator_->blueprintChanged();
            preview_->showPaper();
        });
    creator_ = new ExamCreator(pages_, context_);
    preview_ = new PaperPreview(pages_, context_);
    extraTime_ = new ExtraTimePage(pages_, context_);
    marking_ = new EssayMarkingPage(pages_, context_);
    pages_->AddPage(editor_, _("Blueprint"));
    pages_->AddPage(creator_, _("Exams"));
    pages_->AddPage(preview_, _("Paper preview"));
    pages_->AddPage(extraTime_, _("Extra time"));
    pages_->AddPage(marking_, _("Essay marking"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(pages_, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    // The database changes under these pages (exams made, attempts started and submitted
    // elsewhere), so each page reads it again when it is shown.
    pages_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
        event.Skip();
        switch (event.GetSelection()) {
            case Exams:
                creator_->refreshExams();
                break;
            case ExtraTime:
                extraTime_->refresh();
                break;
            case Marking:
                marking_->refresh();
                break;
            default:
                break;
        }
    });
}

void PapersPanel::showPage(Page page) {
    pages_->ChangeSelection(std::size_t(page));
    switch (page) {
        case Exams:
            creator_->refreshExams();
            break;
        case ExtraTime:
            extraTime_->refresh();
            break;
        case Marking:
            marking_->refresh();
            break;
        default:
            break;
    }
}

}  // namespace tqm::gui
