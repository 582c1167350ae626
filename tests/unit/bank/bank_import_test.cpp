#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "bank/interchange/bank_import.h"
#include "bank/native_reader.h"

namespace fs = std::filesystem;
using namespace tqm::bank;

namespace {

fs::path data(const std::string& relative) {
    return fs::path(TQM_TEST_DATA_DIR) / relative;
}

fs::path freshFolder(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void writeText(const fs::path& file, std::string_view text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

}  // namespace

TEST_CASE("the import format follows the extension, and for .xml the root element") {
    CHECK(detectImportFormat("a.csv", "") == ImportFormat::Csv);
    CHECK(detectImportFormat("a.GIFT", "") == ImportFormat::Gift);
    CHECK(detectImportFormat("a.txt", "") == ImportFormat::Gift);
    CHECK(detectImportFormat("a.xml", "<?xml version=\"1.0\"?>\n<!-- x -->\n<quiz>") ==
          ImportFormat::MoodleXml);
    CHECK(detectImportFormat("a.xml", "<?xml version=\"1.0\"?>\n<bank format=\"1\">") ==
          ImportFormat::Native);
    CHECK(detectImportFormat("a.docx", "") == std::nullopt);
}

TEST_CASE("a Moodle file imports its good questions and lists each rejected one by line") {
    const ImportResult result = importBankFile(data("gui/import/quality-tools-moodle.xml"));
    CHECK(result.imported == 3);
    CHECK(result.rejected == 2);
    REQUIRE(result.diagnostics.size() == 2);
    CHECK(result.diagnostics[0].code == "moodle-unsupported-type");
    CHECK(result.diagnostics[0].line == 26);
    CHECK(result.diagnostics[1].code == "moodle-no-correct-answer");
    CHECK(result.diagnostics[1].line == 30);
}

TEST_CASE("a saved import reads back as a native bank with the same questions") {
    const fs::path dir = freshFolder("tqm-bank-import-save");
    const ImportResult result = importBankFile(data("gui/import/quality-tools-moodle.xml"));
    REQUIRE(saveImportedBank(result, dir / "banks" / "tools.xml").empty());
    const ReadResult read = readBankFile(dir / "banks" / "tools.xml");
    CHECK(read.ok());
    REQUIRE(read.bank.questions.size() == 3);
    CHECK(read.bank.questions[0].id == "tools-pareto");
    CHECK(read.bank.questions[0].points == 2.0);
    fs::remove_all(dir);
}

TEST_CASE("a native bank is imported whole with its images, or not at all") {
    SECTION("a clean bank with an image") {
        const fs::path dir = freshFolder("tqm-bank-import-native");
        const ImportResult result = importBankFile(data("cli/clean.xml"));
        CHECK(result.diagnostics.empty());
        CHECK(result.imported == 8);
        CHECK(result.files.size() == 1);
        REQUIRE(saveImportedBank(result, dir / "copy.xml").empty());
        const ReadResult read = readBankFile(dir / "copy.xml");
        CHECK(read.ok());
        for (const Question& q : read.bank.questions)
            for (std::string_view image : q.images) CHECK(fs::exists(dir / image));
        fs::remove_all(dir);
    }
    SECTION("a bank with errors") {
        const ImportResult result = importBankFile(data("cli/errors.xml"));
        CHECK(result.imported == 0);
        CHECK(result.rejected == 7);
        CHECK(hasErrors(result.diagnostics));
    }
}

TEST_CASE("a file that cannot be read or is of no known format names itself and imports nothing") {
    const ImportResult missing = importBankFile("/no/such/folder/bank.xml");
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].code == "file-unreadable");
    CHECK(missing.diagnostics[0].file == "/no/such/folder/bank.xml");
    CHECK(missing.imported == 0);

    const fs::path dir = freshFolder("tqm-bank-import-unknown");
    writeText(dir / "questions.docx", "PK");
    const ImportResult unknown = importBankFile(dir / "questions.docx");
    REQUIRE(unknown.diagnostics.size() == 1);
    CHECK(unknown.diagnostics[0].code == "unknown-format");
    fs::remove_all(dir);
}
