// Starting wx inside the GUI tests, lazily, and waiting for the event loop to catch up.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>

namespace tqm::gui::test {

// Only argv[0] is handed to wx: it would reject Catch2's own arguments.
void rememberProgramName(const char* argv0);

// Starts wx the first time it is called (a plain wxApp, image handlers, Chinese translations).
void startWx();

// Runs pending events until `done` holds or `timeout` passes; returns `done()`.
bool pumpUntil(const std::function<bool()>& done,
               std::chrono::milliseconds timeout = std::chrono::milliseconds(2000));
// Runs pending events for a short while.
void pumpEvents();

std::filesystem::path testData(const std::filesystem::path& relative);

}  // namespace tqm::gui::test
