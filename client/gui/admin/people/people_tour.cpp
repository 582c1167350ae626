#include "admin/people/people_tour.h"

#include <fstream>
#include <sstream>
#include <system_error>

#include <wx/intl.h>

namespace tqm::gui {

namespace fs = std::filesystem;

void tourPeople(TourCamera& camera) {
    MainFrame& frame = camera.frame();
    const std::optional<fs::path> demo = frame.workspace().demoRosterFile();
    if (!demo) {
        camera.fail(_("The tour found no demo roster to import."));
        return;
    }
    std::ifstream in(*demo, std::ios::binary);
    std::ostringstream roster;
    roster << in.rdbuf();
    std::string text = roster.str();
    if (!text.empty() && text.back() != '\n') text += '\n';
    // Two rows as HR spreadsheets get them wrong: a 工号 typed with a space, a name left out.
    text += "Q 9001,周敏,一车间,质检科,质量检验员\nQ9002,,二车间,生产科,操作工\n";
    std::error_code ignored;
    const fs::path folder = fs::temp_directory_path() / "tqm-tour-people";
    fs::create_directories(folder, ignored);
    const fs::path file = folder / "roster.csv";
    std::ofstream(file, std::ios::binary) << text;

    frame.showScreen(Screen::Admin);
    frame.admin()->tabs()->SetSelection(1);
    PeoplePanel& people = *frame.admin()->people();
    people.importRoster(file);  // at once: the tour's database is in memory
    fs::remove_all(folder, ignored);
    camera.shoot("admin-people");
}

}  // namespace tqm::gui
