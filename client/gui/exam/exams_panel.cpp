#include "exam/exams_panel.h"

#include <random>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "bank/native_reader.h"
#include "compete/contest_repository.h"
#include "compete/contest_setup.h"
#include "compete/contest_texts.h"
#include "exam/exam_texts.h"
#include "learn/course_texts.h"
#include "session/course_quiz.h"

namespace tqm::gui {

namespace {

enum Page { kListPage, kStartPage, kResultPage };

void addTitles(const std::vector<bank::Category>& categories,
               std::map<std::string, std::string, std::less<>>& titles) {
    for (const bank::Category& category : categories) {
        titles.emplace(std::string(category.id), std::string(category.title));
        addTitles(category.children, titles);
    }
}

}  // namespace

ExamsPanel::ExamsPanel(wxWindow* parent, LearnerWorkspace& workspace, const BankLibrary& library)
    : wxPanel(parent), workspace_(workspace), library_(library) {
    book_ = new wxSimplebook(this);
    list_ = new ExamListPage(book_);
    start_ = new ExamStartPage(book_);
    result_ = new ExamResultPage(book_);
    book_->AddPage(list_, _("Exams"));
    book_->AddPage(start_, _("Start exam"));
    book_->AddPage(result_, _("Result"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(book_, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    list_->setHandlers(
        [this](const session::ExamOverview& exam) {
            if (exam.state == session::ExamState::InProgress)
                sitDown(exam.exam.id);
            else if (exam.state == session::ExamState::Submitted && exam.lastSubmitted)
                showResult(exam.lastSubmitted->id);
            else
                askToStart(exam.exam.id);
        },
        [this](const session::ExamOverview& exam) { askToStart(exam.exam.id); });
    start_->setHandlers([this] { startConfirmed(); }, [this] { showList(); });
    result_->setHandlers([this] { showList(); },
                         [this] {
                             if (const auto row = service()->attempts().find(result_->attemptId()))
                                 askToStart(row->examId);
                         });
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        const int code = event.GetKeyCode();
        if (startShown() && (code == WXK_RETURN || code == WXK_NUMPAD_ENTER)) {
            startConfirmed();
            return;
        }
        event.Skip();
    });
}

ExamsPanel::~ExamsPanel() {
    // The exam view refers to the service; it goes first (its answers are all saved).
    if (view_) {
        view_->setEndHandler({});
        view_->Destroy();
    }
}

session::ExamService* ExamsPanel::service() {
    store::Database* database = workspace_.database();
    if (!database) return nullptr;
    if (!service_ || serviceDatabase_ != database) {
        service_ = std::make_unique<session::ExamService>(*database);
        serviceDatabase_ = database;
    }
    return service_.get();
}

void ExamsPanel::showList(const wxString& note) {
    std::vector<session::ExamOverview> exams;
    wxString text = note;
    if (!workspace_.hasDatabase()) {
        if (text.empty()) text = _("No database is open, so no exam can be taken.");
    } else if (!workspace_.signedIn()) {
        if (text.empty()) text = _("Sign in to see your exams.");
    } else {
        exams = session::examsForPerson(*service(), workspace_.signedIn()->id, now());
    }
    list_->showExams(std::move(exams), text);
    book_->ChangeSelection(kListPage);
    list_->list()->SetFocus();
}

bool ExamsPanel::askToStart(std::int64_t examId) {
    if (!service() || !workspace_.signedIn()) return false;
    const auto exam = session::examForPerson(*service(), examId, workspace_.signedIn()->id, now());
    if (!exam) return false;
    if (exam->state == session::ExamState::InProgress) return sitDown(examId);
    // A competition starts only within its window (the core's rule); say when it opens.
    if (const auto contest = compete::ContestRepository(service()->database()).findByExam(examId))
        if (const auto refused = compete::windowRefusal(*contest, now())) {
            showList(contestWindowText(*contest, *refused));
            list_->select(examId);
            return false;
        }
    if (!exam->canStart()) {
        showList(exam->closed ? _("This exam has closed; no new attempt can be started.")
                              : _("You have used every attempt this exam allows. Ask the "
                                  "organizer for another."));
        list_->select(examId);
        return false;
    }
    start_->showExam(*exam);
    book_->ChangeSelection(kStartPage);
    start_->startButton()->SetFocus();
    return true;
}

bool ExamsPanel::startConfirmed() {
    return startShown() && sitDown(start_->examId());
}

bool ExamsPanel::sitDown(std::int64_t examId) {
    if (!service() || !workspace_.signedIn() || view_) return false;
    wxBusyCursor busy;
    const std::optional<compete::Competition> contest =
        compete::ContestRepository(service()->database()).findByExam(examId);
    const session::SittingResult sitting =
        contest ? compete::openContestSitting(*service(), *contest, *workspace_.signedIn())
                : session::openSitting(*service(), examId, *workspace_.signedIn());
    if (sitting.autoSubmitted) {
        showResult(sitting.autoSubmitted->attempt.id,
                   _("The time of this attempt ran out while the program was closed; it was "
                     "submitted automatically at its deadline."));
        return true;
    }
    if (!sitting.attempt) {
        showList(!sitting.refusal ? wxString()
                 : contest        ? contestWindowText(*contest, *sitting.refusal)
                                  : refusalText(*sitting.refusal));
        list_->select(examId);
        return false;
    }
    openView(*sitting.attempt);
    return true;
}

void ExamsPanel::openView(const session::AttemptView& view) {
    wxWindow* main = wxGetTopLevelParent(this);
    view_ = new ExamFrame(main, *service(), view, workspace_.clock());
    view_->setEndHandler([this](std::optional<std::int64_t> submitted) { viewEnded(submitted); });
    if (fullScreen_) {
        view_->ShowFullScreen(true);
    } else {
        view_->SetSize(main->GetRect());
        view_->Show();
    }
    view_->Raise();
    main->Hide();
}

void ExamsPanel::viewEnded(std::optional<std::int64_t> submittedAttempt) {
    view_ = nullptr;
    wxWindow* main = wxGetTopLevelParent(this);
    main->Show();
    main->Raise();
    if (submittedAttempt)
        showResult(*submittedAttempt, recordCourseQuiz(*submittedAttempt));
    else
        showList(_("Your answers are saved. The exam's time keeps running: continue it soon."));
}

bool ExamsPanel::resumeOpenAttempt() {
    if (!service() || !workspace_.signedIn() || view_) return false;
    for (const session::ExamOverview& exam :
         session::examsForPerson(*service(), workspace_.signedIn()->id, now())) {
        if (exam.state != session::ExamState::InProgress) continue;
        if (showScreen_) showScreen_();
        return sitDown(exam.exam.id);
    }
    return false;
}

bool ExamsPanel::startCourseQuiz(const course::Course& course) {
    if (!service() || !workspace_.signedIn()) return false;
    if (showScreen_) showScreen_();
    std::random_device random;
    const session::CourseQuizResult made =
        session::courseQuizExam(*service(), course.quizBlueprint.id, workspace_.blueprintDir(),
                                static_cast<std::int64_t>(random() >> 1));
    if (!made.ok()) {
        wxString where;
        if (!made.diagnostics.empty())
            where = wxString::FromUTF8(" (" + made.diagnostics.front().file + ")");
        showList(wxString::Format(_("The quiz of the course \"%s\" cannot be prepared: its "
                                    "blueprint or question bank has problems%s. Tell the "
                                    "organizer."),
                                  courseTitle(course), where));
        return false;
    }
    return askToStart(*made.examId);
}

bool ExamsPanel::showResult(std::int64_t attemptId, const wxString& note) {
    session::ExamService* exams = service();
    if (!exams) return false;
    const auto attempt = exams->attempts().find(attemptId);
    if (!attempt) return false;
    const auto exam = exams->exam(attempt->examId);
    const auto& titles = categoryTitles(attempt->bankId, exam ? exam->settings.bankFile : "");
    const auto overview = session::examForPerson(*exams, attempt->examId, attempt->personId, now());
    if (!result_->showAttempt(*exams, attemptId, now(), titles, note,
                              overview && overview->canStart()))
        return false;
    book_->ChangeSelection(kResultPage);
    return true;
}

const std::map<std::string, std::string, std::less<>>& ExamsPanel::categoryTitles(
    const std::string& bankId, const std::string& bankFile) {
    auto [entry, inserted] = categoryTitles_.try_emplace(bankId);
    if (!inserted) return entry->second;
    for (const LoadedBank& loaded : library_.banks())
        if (loaded.bank().id == bankId) addTitles(loaded.bank().categories, entry->second);
    if (entry->second.empty() && !bankFile.empty()) {
        // The bank is not among those shown on this machine; the exam's own file names them.
        wxBusyCursor busy;
        bank::ReadOptions options;
        options.validate = false;
        options.checkImageFiles = false;
        const bank::ReadResult read = bank::readBankFile(bankFile, options);
        if (read.bank.id == bankId) addTitles(read.bank.categories, entry->second);
    }
    return entry->second;
}

wxString ExamsPanel::recordCourseQuiz(std::int64_t attemptId) {
    const auto attempt = service()->attempts().find(attemptId);
    if (!attempt || attempt->verdict != exam::Verdict::Pass || !workspace_.signedIn()) return {};
    const auto exam = service()->exam(attempt->examId);
    if (!exam) return {};
    const std::string blueprintId = session::blueprintIdOf(*service(), *exam);
    wxString note;
    for (const course::Course& course : workspace_.courses()) {
        if (blueprintId.empty() || course.quizBlueprint.id != blueprintId) continue;
        const course::ProgressOutcome outcome =
            workspace_.progress().recordQuizPassed(attempt->personId, course, attemptId);
        if (!outcome.ok()) continue;
        if (outcome.hoursEarned)
            note = wxString::Format(
                _("Course quiz passed: the course \"%s\" is complete and "
                  "%s study hours are earned."),
                courseTitle(course),
                wxString::FromUTF8(course::formatHours(outcome.hoursEarned->hoursHundredths)));
        else
            note = wxString::Format(_("Course quiz passed: it counts for the course \"%s\" once "
                                      "every lesson is finished."),
                                    courseTitle(course));
    }
    return note;
}

bool ExamsPanel::resultShown() const {
    return book_->GetSelection() == kResultPage;
}

bool ExamsPanel::startShown() const {
    return book_->GetSelection() == kStartPage;
}

}  // namespace tqm::gui
