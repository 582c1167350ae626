// tqm people import and tqm people list.
#include "people_commands.h"

#include <iostream>
#include <memory>
#include <optional>
#include <vector>

#include "base/clock.h"
#include "cert/roster_import.h"
#include "database_option.h"
#include "output.h"
#include "store/people_repository.h"

namespace tqm::cli {
namespace {

using Json = nlohmann::ordered_json;

struct ImportOptions {
    std::string roster;
};

int runImport(const ImportOptions& options, const std::string& databasePath) {
    std::vector<Diagnostic> problems;
    const std::optional<std::string> bytes = readInputFile(options.roster, problems);
    if (!bytes) {
        printDiagnostics(problems);
        printSummary(options.roster + ": nothing imported");
        return kExitFailed;
    }
    const SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    store::PeopleRepository people(*db);
    const cert::RosterImportResult result = cert::importRoster(*bytes, options.roster, people);
    printDiagnostics(result.diagnostics);
    printSummary(options.roster + ": " + cert::rosterSummary(result));
    return result.anyImported() ? kExitOk : kExitFailed;
}

struct ListOptions {
    std::string unit;
    std::string position;
    bool json = false;
};

std::optional<std::string> optionalText(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string text;
    for (const std::string& part : parts) {
        if (!text.empty()) text += separator;
        text += part;
    }
    return text;
}

Json personJson(const store::Person& person) {
    return {{"employee_no", person.employeeNo},
            {"name", person.name},
            {"unit", person.unit},
            {"department", person.department},
            {"positions", person.positions},
            {"created_at", formatIsoUtc(fromUnixMillis(person.createdAt))},
            {"updated_at", formatIsoUtc(fromUnixMillis(person.updatedAt))}};
}

int runList(const ListOptions& options, const std::string& databasePath) {
    const SystemClock clock;
    std::optional<store::Database> db = openDatabase(databasePath, clock);
    if (!db) return kExitFailed;
    const std::vector<store::Person> people = store::PeopleRepository(*db).list(
        {optionalText(options.unit), optionalText(options.position)});
    if (options.json) {
        Json list = Json::array();
        for (const store::Person& person : people) list.push_back(personJson(person));
        printJson(Json{{"people", std::move(list)}});
        return kExitOk;
    }
    for (const store::Person& person : people) {
        std::cout << person.employeeNo << '\t' << person.name << '\t' << person.unit << '\t'
                  << person.department << '\t' << joined(person.positions, "、") << '\n';
    }
    std::cout.flush();
    printSummary(countOf(people.size(), "person", "people"));
    return kExitOk;
}

}  // namespace

void addPeopleCommands(CLI::App& app, const std::string& databasePath, int& exitCode) {
    CLI::App* people =
        app.add_subcommand("people", "The roster of workers: import it from CSV and list it");
    people->require_subcommand(1);
    // So that --db may also follow the command: `tqm people list --db tqm.db`.
    people->fallthrough();

    auto importOptions = std::make_shared<ImportOptions>();
    CLI::App* import = people->add_subcommand(
        "import", "Add or update people from a CSV roster, matching them by 工号");
    import->fallthrough();
    import->footer(
        "Columns (header row, any order): 工号 (employee_no) and 姓名 (name) are required;\n"
        "单位 (unit), 部门 (department) and 岗位 (positions, several separated by ; ； , ， or "
        "、)\n"
        "are optional, and a column left out keeps what the database holds. UTF-8, with or\n"
        "without BOM. A person whose 工号 is known is updated, never added twice. Bad rows are\n"
        "printed as FILE:LINE:COL: error: CODE: message and left out; the good rows are written\n"
        "in one transaction, and the summary (added, updated, unchanged, rejected) goes to\n"
        "standard error.\n"
        "Exit code: 0 when at least one row was accepted, 1 when none was, 2 when the command\n"
        "line is wrong.\n"
        "Example: tqm --db plant.db people import roster.csv");
    import->add_option("roster", importOptions->roster, "The CSV roster")->required();
    import->callback([importOptions, &databasePath, &exitCode] {
        exitCode = runImport(*importOptions, databasePath);
});

auto listOptions = std::make_shared<ListOptions>();
CLI::App* list = people->add_subcommand("list", "List people in 工号 order");
list->fallthrough();
list->footer(
    "One person per line: 工号, name, unit, department and positions (joined with 、),\n"
    "separated by tabs; the count goes to standard error.\n"
    "Example: tqm people list --unit 一车间 --position 质检员");
list->add_option("--unit", listOptions->unit, "Only people of this unit (单位)");
list->add_option("--position", listOptions->position, "Only people holding this position (岗位)");
list->add_flag("--json", listOptions->json, "Print a JSON document instead");
list->callback([listOptions, &databasePath, &exitCode] {
    exitCode = runList(*listOptions, databasePath);
});
}  // namespace tqm::cli

}  // namespace tqm::cli
