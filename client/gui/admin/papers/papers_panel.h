// 管理 → 试卷与考试: the organizer's papers and exams, one page each: the blueprint editor,
// making exams, previewing a paper from a seed, extra time, and marking essays. The pages share
// the open blueprint and one exam service (papers_context.h).
#pragma once

#include <wx/notebook.h>
#include <wx/panel.h>

#include "admin/papers/blueprint_editor.h"
#include "admin/papers/essay_marking_page.h"
#include "admin/papers/exam_creator.h"
#include "admin/papers/extra_time_page.h"
#include "admin/papers/paper_preview.h"
#include "admin/papers/papers_context.h"

namespace tqm::gui {

class PapersPanel : public wxPanel {
  public:
    PapersPanel(wxWindow* parent, LearnerWorkspace& workspace, const BankLibrary& library);

    enum Page { Blueprint, Exams, Preview, ExtraTime, Marking };
    void showPage(Page page);

    PapersContext& context() { return context_; }
    wxNotebook* pages() const { return pages_; }
    BlueprintEditor* editor() const { return editor_; }
    ExamCreator* creator() const { return creator_; }
    PaperPreview* preview() const { return preview_; }
    ExtraTimePage* extraTime() const { return extraTime_; }
    EssayMarkingPage* marking() const { return marking_; }

  private:
    PapersContext context_;
    wxNotebook* pages_ = nullptr;
    BlueprintEditor* editor_ = nullptr;
    ExamCreator* creator_ = nullptr;
    PaperPreview* preview_ = nullptr;
    ExtraTimePage* extraTime_ = nullptr;
    EssayMarkingPage* marking_ = nullptr;
};

}  // namespace tqm::gui
