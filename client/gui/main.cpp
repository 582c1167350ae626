// tqm-trainer: the desktop client. Everything but the entry point lives in the tqm-gui library.
#include "app/app.h"

wxIMPLEMENT_APP(tqm::gui::TrainerApp);
