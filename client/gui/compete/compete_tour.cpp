#include "compete/compete_tour.h"

#include <wx/intl.h>

#include "compete/demo_contest.h"

namespace tqm::gui {

void tourCompetitions(TourCamera& camera) {
    if (!camera.ok()) return;
    MainFrame& frame = camera.frame();
    const std::filesystem::path folder = std::filesystem::temp_directory_path() /
                                         ("tqm-tour-packages-" + std::to_string(wxGetProcessId()));
    std::string problem;
    const std::optional<DemoContest> demo = makeDemoContest(frame.workspace(), folder, problem);
    if (!demo) {
        camera.fail(wxString::Format(_("The tour could not prepare the demo competition: %s"),
                                     wxString::FromUTF8(problem)));
        return;
    }
    frame.showScreen(Screen::Competitions);
    ContestPage& page = *frame.competitions()->contests();
    page.selectCompetition(demo->competition.id);
    page.mergeFiles(demo->packages);
    camera.shoot("compete-merge-result");
    page.details()->ChangeSelection(0);
    page.messageBar()->Dismiss();
    camera.shoot("compete-contests");
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
}

}  // namespace tqm::gui
