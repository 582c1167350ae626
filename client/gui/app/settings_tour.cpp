#include "app/settings_tour.h"

#include "app/settings_dialog.h"

namespace tqm::gui {

void tourSettings(TourCamera& camera) {
    MainFrame& frame = camera.frame();
    frame.showScreen(Screen::Home);
    {
        SettingsDialog dialog(frame);
        dialog.CentreOnParent();
        dialog.Show();
        camera.shootWithDialog(dialog, "settings");
    }
    frame.setFontSize(FontSize::ExtraLarge);
    frame.showScreen(Screen::Learn);
    frame.learn()->showCatalog();
    camera.shoot("learn-catalog-large-font");
    frame.setFontSize(FontSize::Standard);
}

}  // namespace tqm::gui
