// 考试 Exams: the open exams of the person signed in, with time limit and attempts left; starting
// shows the rules first, then the focused exam view (its own window; the main window is hidden
// meanwhile); a submitted attempt shows its result page. An attempt left open (the program was
// closed or crashed) is resumed at the question the person was at, and a course's quiz is
// started here too.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>

#include <wx/panel.h>
#include <wx/simplebook.h>

#include "bank_browser/bank_library.h"
#include "exam/exam_frame.h"
#include "exam/exam_list_page.h"
#include "exam/exam_result_page.h"
#include "exam/exam_start_page.h"
#include "learn/learner_workspace.h"
#include "session/exam_sitting.h"

namespace tqm::gui {

class ExamsPanel : public wxPanel {
  public:
    ExamsPanel(wxWindow* parent, LearnerWorkspace& workspace, const BankLibrary& library);
    ~ExamsPanel() override;

    // Reads the signed-in person's exams again and shows the list.
    void showList(const wxString& note = wxString());
    // The rules of `examId` before it starts; false when it cannot start now.
    bool askToStart(std::int64_t examId);
    // Starts (or resumes) the exam shown on the rules page and opens the exam view.
    bool startConfirmed();
    // Opens the exam view on the signed-in person's running attempt, if there is one (after a
    // restart: at the question they were at). True when a view opened or a result is shown.
    bool resumeOpenAttempt();
    // Makes the course's quiz exam if needed and shows its rules (or resumes it).
    bool startCourseQuiz(const course::Course& course);
    bool showResult(std::int64_t attemptId, const wxString& note = wxString());

    // Asks the main window to show this screen (when an exam is opened from elsewhere).
    void setShowScreenHandler(std::function<void()> handler) { showScreen_ = std::move(handler); }
    // Off for the screenshot tour: the exam view is then sized like the main window.
    void setFullScreen(bool fullScreen) { fullScreen_ = fullScreen; }

    ExamFrame* examView() const { return view_; }
    ExamListPage* listPage() const { return list_; }
    ExamStartPage* startPage() const { return start_; }
    ExamResultPage* resultPage() const { return result_; }
    bool resultShown() const;
    bool startShown() const;

  private:
    session::ExamService* service();
    std::int64_t now() { return unixMillis(workspace_.clock().now()); }
    bool sitDown(std::int64_t examId);
    void openView(const session::AttemptView& view);
    void viewEnded(std::optional<std::int64_t> submittedAttempt);
    // The titles of the categories of bank `bankId` by id: from the banks the program shows, or
    // else read once from the bank file the exam was made from.
    const std::map<std::string, std::string, std::less<>>& categoryTitles(
        const std::string& bankId, const std::string& bankFile);
    // Counts a passed quiz for the courses whose quiz it is; says so in a sentence.
    wxString recordCourseQuiz(std::int64_t attemptId);

    LearnerWorkspace& workspace_;
    const BankLibrary& library_;
    store::Database* serviceDatabase_ = nullptr;
    std::unique_ptr<session::ExamService> service_;
    wxSimplebook* book_ = nullptr;
    ExamListPage* list_ = nullptr;
    ExamStartPage* start_ = nullptr;
    ExamResultPage* result_ = nullptr;
    ExamFrame* view_ = nullptr;
    bool fullScreen_ = true;
    std::function<void()> showScreen_;
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>>
        categoryTitles_;  // by bank id
};

}  // namespace tqm::gui
