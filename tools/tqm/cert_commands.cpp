// Registers the `tqm cert` group; the commands live in cert_status_commands.cpp (what is held and
// due) and cert_desk_commands.cpp (what an organizer does).
#include "cert_commands.h"

#include "cert_file_commands.h"

namespace tqm::cli {

void addCertCommands(CLI::App& app, const std::string& databasePath, int& exitCode) {
    CLI::App* cert = app.add_subcommand(
        "cert",
        "Certificates for key positions (关键岗位持证上岗): status, due, matrix, coverage, "
        "issue, renew, revoke, review, assign, imports, register, print, verify");
    cert->require_subcommand(1);
    // So that --db may also follow the command: `tqm cert status --db plant.db`.
    cert->fallthrough();
    addCertStatusCommands(cert, databasePath, exitCode);
    addCertDeskCommands(cert, databasePath, exitCode);
    addCertFileCommands(*cert, databasePath, exitCode);
}

}  // namespace tqm::cli
