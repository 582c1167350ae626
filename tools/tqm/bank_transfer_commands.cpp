// tqm bank import and tqm bank export: moving banks between the native format and Moodle XML,
// GIFT and CSV.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bank/bank_subset.h"
#include "bank/interchange/bank_import.h"
#include "bank/interchange/csv/csv_import.h"
#include "bank/interchange/gift/gift.h"
#include "bank/interchange/import_result.h"
#include "bank/interchange/moodle/moodle_xml.h"
#include "bank/native_writer.h"
#include "bank_commands.h"
#include "base/file_io.h"
#include "output.h"

namespace tqm::cli {
namespace {

struct ImportOptions {
    std::string from;
    std::string input;
    std::string output;
    std::string id;
    std::string title;
};

bank::ImportResult importBytes(const std::string& from, std::string_view bytes,
                               const std::string& fileName) {
    if (from == "moodle") return bank::importMoodleXml(bytes, fileName);
    if (from == "gift") return bank::importGift(bytes, fileName);
    return bank::importCsv(bytes, fileName);
}

// Images and other files extracted from the input are written relative to the output bank,
// which is where the bank's image paths point.
std::filesystem::path folderOf(const std::filesystem::path& file) {
    const std::filesystem::path folder = file.parent_path();
    return folder.empty() ? std::filesystem::path(".") : folder;
}

int runImport(const ImportOptions& options) {
    std::vector<Diagnostic> problems;
    bank::ImportResult result;
    if (options.from == "native") {
        // A native bank brings its images from its own folder, so the core reads the file.
        result = bank::importBankFile(options.input, bank::ImportFormat::Native);
    } else {
        const std::optional<std::string> bytes = readInputFile(options.input, problems);
        if (!bytes) {
            printDiagnostics(problems);
            printSummary(options.input + ": nothing imported");
            return kExitFailed;
        }
        result = importBytes(options.from, *bytes, options.input);
    }
    if (!options.id.empty()) result.bank.id = result.bank.keep(options.id);
    if (!options.title.empty()) result.bank.title = result.bank.keep(options.title);
    printDiagnostics(result.diagnostics);

    const std::string counts = "imported " + std::to_string(result.imported) + ", rejected " +
                               std::to_string(result.rejected);
    if (result.imported == 0) {
        printSummary(options.input + ": " + counts + "; nothing written");
        return kExitFailed;
    }
    std::string error = makeParentFolder(options.output);
    if (error.empty()) error = bank::writeBankFile(result.bank, options.output);
    if (error.empty()) error = bank::writeExtractedFiles(result.files, folderOf(options.output));
    if (!error.empty()) {
        printSummary("tqm: " + error);
        return kExitFailed;
    }
    std::string written = "; wrote " + options.output;
    if (!result.files.empty())
        written += " and " + countOf(result.files.size(), "extracted file", "extracted files");
    printSummary(options.input + ": " + counts + written);
    return kExitOk;
}

struct ExportOptions {
    std::string to;
    std::string input;
    std::string output;
    std::string category;
};

int runExport(const ExportOptions& options) {
    bank::ReadResult read = readBank(options.input);
    printDiagnostics(read.diagnostics);
    if (!read.ok()) {
        printSummary(options.input + ": " + problemSummary(read.diagnostics) +
                     "; nothing exported (fix the errors first)");
        return kExitFailed;
    }
    if (!options.category.empty()) {
        if (!read.bank.findCategory(options.category)) {
            printSummary(options.input + ": the bank has no category \"" + options.category +
                         "\"; nothing exported");
            return kExitFailed;
        }
        read.bank = bank::bankSubset(read.bank, options.category);
    }
    std::vector<Diagnostic> problems;
    const std::string xml = bank::exportMoodleXml(read.bank, folderOf(options.input), problems);
    // exportMoodleXml() is not told the file's name; its positions are in the input bank.
    for (Diagnostic& d : problems)
        if (d.file.empty()) d.file = options.input;
    printDiagnostics(problems);
    if (hasErrors(problems)) {
        printSummary(options.input + ": " + problemSummary(problems) + "; nothing exported");
        return kExitFailed;
    }
    std::string error = makeParentFolder(options.output);
    if (error.empty()) error = writeFileAtomically(options.output, xml);
    if (!error.empty()) {
        printSummary("tqm: " + error);
        return kExitFailed;
    }
    // The exporter leaves out, with this warning, what Moodle cannot hold.
    const auto skipped = static_cast<std::size_t>(
        std::count_if(problems.begin(), problems.end(),
                      [](const Diagnostic& d) { return d.code == "moodle-export-skipped"; }));
    const std::size_t total = read.bank.questions.size();
    const std::string exported = skipped == 0 ? countOf(total, "question", "questions")
                                              : std::to_string(total - skipped) + " of " +
                                                    countOf(total, "question", "questions");
    printSummary(options.input + ": exported " + exported + " to " + options.output + " (" +
                 problemSummary(problems) + ")");
    return kExitOk;
}

void addImport(CLI::App& bankApp, int& exitCode) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* import = bankApp.add_subcommand(
        "import", "Convert a Moodle XML, GIFT, CSV or native file into a native bank file");
    import->footer(
        "Questions that cannot be converted are reported one by one and left out; the others\n"
        "are written. Images embedded in a Moodle file are written beside the output file.\n"
        "The CSV columns are those of question-bank/templates/题库导入模板.csv.\n"
        "Exit code: 0 when at least one question was imported, 1 when none could be (nothing\n"
        "is written), 2 when the command line is wrong.\n"
        "Example: tqm bank import --from moodle quiz.xml -o banks/quiz.xml --title 质量知识");
    import
        ->add_option("--from", options->from,
                     "Format of the input: moodle, gift, csv or native (a native bank is "
                     "checked and copied with its images)")
        ->required()
        ->check(CLI::IsMember({"moodle", "gift", "csv", "native"}));
    import->add_option("input", options->input, "The file to import")->required();
    import->add_option("-o,--output", options->output, "The native bank file to write (.xml)")
        ->required();
    import->add_option("--id", options->id,
                       "Id of the new bank (default: derived from the input file name)");
    import->add_option("--title", options->title,
                       "Title of the new bank (default: the input file name)");
    import->callback([options, &exitCode] { exitCode = runImport(*options);
});
}  // namespace

void addExport(CLI::App& bankApp, int& exitCode) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* exportApp = bankApp.add_subcommand(
        "export", "Convert a native bank file into Moodle XML for Moodle's question import");
    exportApp->footer(
        "What Moodle cannot hold exactly is reported as a warning; images are embedded.\n"
        "Exit code: 0 when the file was written (warnings are allowed), 1 when the bank has\n"
        "errors (nothing is written), 2 when the command line is wrong.\n"
        "Example: tqm bank export --to moodle banks/tqm-demo.xml -o moodle/tqm-demo.xml");
    exportApp->add_option("--to", options->to, "Format of the output: moodle")
        ->required()
        ->check(CLI::IsMember({"moodle"}));
    exportApp->add_option("input", options->input, "The native bank file (.xml)")->required();
    exportApp->add_option("-o,--output", options->output, "The file to write")->required();
    exportApp->add_option("--category", options->category,
                          "Export only this category (its id) and the categories below it");
    exportApp->callback([options, &exitCode] { exitCode = runExport(*options); });
}

}  // namespace tqm::cli

void addBankTransferCommands(CLI::App& bankApp, int& exitCode) {
    addImport(bankApp, exitCode);
    addExport(bankApp, exitCode);
}

}  // namespace tqm::cli
