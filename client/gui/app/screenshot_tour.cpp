#include "app/screenshot_tour.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>

#include <wx/app.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/html/htmlcell.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/utils.h>

#include "exam/exam_tour.h"
#include "practice/practice_tour.h"
#include "admin/papers/papers_tour.h"
#include "bank_browser/bank_tour.h"
#include "organizer/organizer_tour.h"
#include "admin/results/results_tour.h"
#include "admin/people/people_tour.h"
#include "app/settings_tour.h"
#include "cert/cert_tour.h"
#include "cert/export/export_tour.h"
#include "compete/compete_tour.h"
#include "compete/live/live_tour.h"
#include "training/training_tour.h"
#include "reports/reports_tour.h"

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

// Lets GTK lay out and paint what the last step changed before the window is captured.
void settle(wxWindow& window) {
    for (int i = 0; i < 12; ++i) {
        window.Update();
        wxTheApp->Yield(true);
        wxMilliSleep(15);
    }
}

// A capture of an unmapped or unpainted window comes out as one flat colour.
bool hasContent(const wxImage& image) {
    std::set<unsigned long> colours;
    const int step = std::max(1, image.GetWidth() / 64);
    for (int y = 0; y < image.GetHeight(); y += step) {
        for (int x = 0; x < image.GetWidth(); x += step) {
            colours.insert((static_cast<unsigned long>(image.GetRed(x, y)) << 16) |
                           (static_cast<unsigned long>(image.GetGreen(x, y)) << 8) |
                           image.GetBlue(x, y));
            if (colours.size() > 8) return true;
        }
    }
    return false;
}

bool capture(wxFrame& frame, const fs::path& file, wxString& error, wxWindow* overlay = nullptr) {
    settle(frame);
    if (overlay) settle(*overlay);
    // Each part is drawn from its own window DC, which GTK renders from the widgets themselves,
    // so the picture does not depend on what the X server shows. On GTK the frame's DC covers
    // only its client area, hence the menu bar and status bar are drawn separately.
    const wxSize size = frame.GetSize();
    wxBitmap bitmap(size, 24);
    {
        wxMemoryDC target(bitmap);
        target.SetBackground(wxBrush(frame.GetBackgroundColour()));
        target.Clear();
        const wxPoint frameOrigin = frame.GetScreenPosition();
        auto copy = [&](wxWindow* part, const wxPoint& screenPos, const wxSize& partSize) {
            if (!part || !part->IsShown()) return;
            wxWindowDC source(part);
            const wxPoint at = screenPos - frameOrigin;
            target.Blit(at.x, at.y, partSize.x, partSize.y, &source, 0, 0);
        };
        copy(&frame, frame.ClientToScreen(wxPoint(0, 0)), frame.GetClientSize());
        if (wxMenuBar* menus = frame.GetMenuBar())
            copy(menus, menus->GetScreenPosition(), menus->GetSize());
        if (wxStatusBar* status = frame.GetStatusBar())
            copy(status, status->GetScreenPosition(), status->GetSize());
        if (overlay) {
            // A dialog has no window manager's frame in the picture: a border stands for it.
            const wxPoint at = overlay->ClientToScreen(wxPoint(0, 0));
            copy(overlay, at, overlay->GetClientSize());
            target.SetPen(wxPen(wxColour(120, 120, 120), frame.FromDIP(1)));
            target.SetBrush(*wxTRANSPARENT_BRUSH);
            target.DrawRectangle(wxRect(at - frameOrigin, overlay->GetClientSize()).Inflate(1));
        }
    }
    const wxImage image = bitmap.ConvertToImage();
    if (!hasContent(image)) {
        error = wxString::Format(_("The picture of \"%s\" came out empty."), file.string());
        return false;
    }
    if (!image.SaveFile(wxString::FromUTF8(file.string()), wxBITMAP_TYPE_PNG)) {
        error = wxString::Format(_("Cannot write \"%s\"."), file.string());
        return false;
    }
    return true;
}

struct TypeShot {
    std::uint32_t bank;
    std::string_view questionId;
    std::string_view category;
    bank::QuestionType type;
};

// One question of each type, in the order of the type list: the first with an image if there is
// one, so that the pictures show images are rendered, otherwise the first.
std::vector<TypeShot> shotsByType(const BankLibrary& library) {
    std::vector<TypeShot> shots;
    for (bank::QuestionType type : bank::kAllQuestionTypes) {
        std::optional<TypeShot> chosen;
        for (std::uint32_t b = 0; b < library.banks().size(); ++b) {
            for (const bank::Question& question : library.banks()[b].bank().questions) {
                if (question.type != type) continue;
                if (!chosen) chosen = TypeShot{b, question.id, question.category, type};
                if (!question.images.empty()) {
                    chosen = TypeShot{b, question.id, question.category, type};
                    break;
                }
            }
            if (chosen) break;
        }
        if (chosen) shots.push_back(*chosen);
    }
    return shots;
}

// The first lesson whose Markdown has both an image and a table.
std::optional<LessonPlace> lessonWithFigureAndTable(const LearnerWorkspace& workspace) {
    for (const course::Course& course : workspace.courses()) {
        for (std::size_t i = 0; i < course.lessons.size(); ++i) {
            std::ifstream in(course.lessonPath(course.lessons[i]), std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            const std::string markdown = text.str();
            if (markdown.find("![") == std::string::npos ||
                markdown.find("\n|") == std::string::npos)
                continue;
            return LessonPlace{course.id, i};
        }
    }
    return std::nullopt;
}

// The first picture of the page: a cell that is neither text nor a container of others.
const wxHtmlCell* firstPicture(const wxHtmlCell* cell) {
    for (; cell; cell = cell->GetNext()) {
        if (const auto* container = dynamic_cast<const wxHtmlContainerCell*>(cell)) {
            if (const wxHtmlCell* found = firstPicture(container->GetFirstChild())) return found;
        } else if (!dynamic_cast<const wxHtmlWordCell*>(cell) && cell->GetHeight() > 100) {
            return cell;
        }
    }
    return nullptr;
}

// Scrolls the page so that its first figure is near the top.
void scrollToFigure(wxHtmlWindow& page) {
    int unitX = 0;
    int unitY = 0;
    page.GetScrollPixelsPerUnit(&unitX, &unitY);
    const wxHtmlCell* picture = firstPicture(page.GetInternalRepresentation());
    if (unitY <= 0 || !picture) return;
    const int target = picture->GetAbsPos().y - page.FromDIP(24);
    page.Scroll(0, std::max(0, target / unitY));
}

}  // namespace

bool TourCamera::shoot(wxFrame& window, const std::string& name) {
    const fs::path file = dir_ / (name + ".png");
    if (!result_.ok() || !capture(window, file, result_.error)) return false;
    result_.written.push_back(file);
    return true;
}

bool TourCamera::shootWithDialog(wxDialog& dialog, const std::string& name) {
    const fs::path file = dir_ / (name + ".png");
    if (!result_.ok() || !capture(frame_, file, result_.error, &dialog)) return false;
    result_.written.push_back(file);
    return true;
}

bool TourCamera::shootScreen(const std::string& name) {
    const fs::path file = dir_ / (name + ".png");
    if (!result_.ok()) return false;
    const wxRect area = frame_.GetScreenRect();
    wxBitmap bitmap(area.GetSize(), 24);
    {
        wxScreenDC screen;
        wxMemoryDC target(bitmap);
        target.Blit(0, 0, area.width, area.height, &screen, area.x, area.y);
    }
    const wxImage image = bitmap.ConvertToImage();
    if (!hasContent(image) ||
        !image.SaveFile(wxString::FromUTF8(file.string()), wxBITMAP_TYPE_PNG)) {
        fail(wxString::Format(_("Cannot write \"%s\"."), file.string()));
        return false;
    }
    result_.written.push_back(file);
    return true;
}

void TourCamera::fail(const wxString& error) {
    if (result_.ok()) result_.error = error;
}

TourResult runScreenshotTour(MainFrame& frame, const fs::path& dir) {
    TourResult result;
    std::error_code fsError;
    fs::create_directories(dir, fsError);
    if (fsError) {
        result.error = wxString::Format(_("Cannot create the folder \"%s\": %s"), dir.string(),
                                        fsError.message());
        return result;
    }
    frame.SetMinSize(wxDefaultSize);
    frame.SetSize(frame.FromDIP(wxSize(kTourWidth, kTourHeight)));
    frame.Show();
    frame.Raise();
    TourCamera camera(frame, dir, result);

    frame.showScreen(Screen::Home);
    camera.shoot("home");

    // The organizer screens open with the password, set here in the tour's own database.
    tourOrganizerPassword(camera);
    frame.showScreen(Screen::QuestionBank);
    BankBrowserPanel& browser = *frame.browser();
    for (const TypeShot& shot : shotsByType(frame.library())) {
        if (!browser.selectScope({shot.bank, shot.category})) browser.selectScope({shot.bank, {}});
        if (const auto row = browser.rowOf(shot.bank, shot.questionId)) browser.selectRow(*row);
        camera.shoot("bank-" + std::string(bank::typeName(shot.type)));
    }

    // The learner's screens, on the demo roster in the tour's own database.
    frame.showScreen(Screen::SignIn);
    SignInPanel& signIn = *frame.signInPanel();
    if (signIn.list()->personCount() == 0) signIn.importDemoRoster();
    camera.shoot("sign-in");
    if (signIn.list()->shownCount() == 0) {
        camera.fail(_("The tour has nobody on the roster to sign in."));
        return result;
    }
    frame.signIn(signIn.list()->personAt(0));
    camera.shoot("learn-catalog");

    const std::optional<LessonPlace> place = lessonWithFigureAndTable(frame.workspace());
    if (!place) {
        camera.fail(_("The tour found no lesson with a figure and a table."));
        return result;
    }
    LearnPanel& learn = *frame.learn();
    learn.openLesson(place->courseId, place->lessonIndex);
    camera.shoot("lesson");
    scrollToFigure(*learn.reader()->page());
    camera.shoot("lesson-figure");

    preparePracticeTour(frame);
    frame.showScreen(Screen::Home);
    camera.shoot("home-learner");

    // Each area's own screens, after the learner's.
    tourExams(camera);
    tourPractice(camera);
    tourPapers(camera);
    tourBankManagement(camera);
    tourResults(camera);
    tourSettings(camera);
    tourPeople(camera);
    tourCertificates(camera);
    tourCertificateExports(camera);
    tourCompetitions(camera);
    tourLiveCompetition(camera);
    tourTrainingClasses(camera);
    tourReports(camera);
    return result;
}

}  // namespace tqm::gui
