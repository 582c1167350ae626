// Hashes that name things stably across runs, machines and releases (derived ids), and the
// libsodium start-up every user of libsodium in the core goes through.
#pragma once

#include <string>
#include <string_view>

namespace tqm::bank {

// Initialises libsodium once per process; safe to call from any thread, any number of times.
void ensureSodiumReady();

// Lower-case hex SHA-256 of `bytes` (64 characters).
std::string sha256Hex(std::string_view bytes);

}  // namespace tqm::bank
