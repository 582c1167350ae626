#include "bank/interchange/bank_import.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <system_error>

#include "bank/interchange/csv/csv_import.h"
#include "bank/interchange/gift/gift.h"
#include "bank/interchange/moodle/moodle_xml.h"
#include "bank/native_reader.h"
#include "bank/native_writer.h"

namespace tqm::bank {

namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const fs::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

// The name of the first element, skipping the XML declaration, comments and a doctype.
std::string_view rootElement(std::string_view bytes) {
    std::size_t pos = 0;
    while ((pos = bytes.find('<', pos)) != std::string_view::npos) {
        if (pos + 1 < bytes.size() && (bytes[pos + 1] == '?' || bytes[pos + 1] == '!')) {
            ++pos;
            continue;
        }
        const std::size_t start = pos + 1;
        std::size_t end = start;
        while (end < bytes.size() && !std::isspace(static_cast<unsigned char>(bytes[end])) &&
               bytes[end] != '>' && bytes[end] != '/')
            ++end;
        return bytes.substr(start, end - start);
    }
    return {};
}

std::optional<std::string> readAll(const fs::path& file, std::string& error) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        error = "the file cannot be opened; check that it exists and that you may read it";
        return std::nullopt;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
        error = "the file cannot be read to its end";
        return std::nullopt;
    }
    return bytes;
}

ImportResult nothingImported(const fs::path& file, std::string code, std::string message) {
    ImportResult result;
    result.diagnostics.push_back(
        {file.string(), 0, 0, Severity::Error, std::move(code), std::move(message)});
    return result;
}

// A native bank is taken as it is, or not at all: its ids and categories are already the
// organizer's own, so dropping the questions with errors would silently change it.
ImportResult importNative(std::string_view bytes, const fs::path& file) {
    ReadResult read = readBankBytes(bytes, file.string(), file.parent_path());
    ImportResult result;
    result.diagnostics = std::move(read.diagnostics);
    if (hasErrors(result.diagnostics)) {
        result.rejected = read.bank.questions.size();
        return result;
    }
    for (const Question& question : read.bank.questions) {
        for (std::string_view image : question.images) {
            std::string error;
            std::optional<std::string> imageBytes = readAll(file.parent_path() / image, error);
            if (imageBytes) result.files.push_back({std::string(image), std::move(*imageBytes)});
        }
    }
    result.imported = read.bank.questions.size();
    result.bank = std::move(read.bank);
    return result;
}

}  // namespace

std::string_view importFormatName(ImportFormat format) {
    switch (format) {
        case ImportFormat::Native:
            return "native";
        case ImportFormat::MoodleXml:
            return "moodle";
        case ImportFormat::Gift:
            return "gift";
        case ImportFormat::Csv:
            return "csv";
    }
    return "native";
}

std::optional<ImportFormat> detectImportFormat(const fs::path& file, std::string_view bytes) {
    const std::string extension = lowerExtension(file);
    if (extension == ".csv") return ImportFormat::Csv;
    if (extension == ".gift" || extension == ".txt") return ImportFormat::Gift;
    if (extension == ".xml")
        return rootElement(bytes) == "quiz" ? ImportFormat::MoodleXml : ImportFormat::Native;
    return std::nullopt;
}

namespace {

ImportResult importAs(ImportFormat format, std::string_view bytes, const fs::path& file) {
    switch (format) {
        case ImportFormat::Native:
            return importNative(bytes, file);
        case ImportFormat::MoodleXml:
            return importMoodleXml(bytes, file.string());
        case ImportFormat::Gift:
            return importGift(bytes, file.string());
        case ImportFormat::Csv:
            return importCsv(bytes, file.string());
    }
    return {};
}

}  // namespace

ImportResult importBankFile(const fs::path& file) {
    std::string error;
    const std::optional<std::string> bytes = readAll(file, error);
    if (!bytes) return nothingImported(file, "file-unreadable", error);
    const std::optional<ImportFormat> format = detectImportFormat(file, *bytes);
    if (!format)
        return nothingImported(file, "unknown-format",
                               "the file is not a question bank this program reads; use a "
                               "native or Moodle XML file (.xml), GIFT (.gift, .txt) or CSV "
                               "(.csv)");
    return importAs(*format, *bytes, file);
}

ImportResult importBankFile(const fs::path& file, ImportFormat format) {
    std::string error;
    const std::optional<std::string> bytes = readAll(file, error);
    if (!bytes) return nothingImported(file, "file-unreadable", error);
    return importAs(format, *bytes, file);
}

std::string saveImportedBank(const ImportResult& imported, const fs::path& output) {
    std::error_code ec;
    if (output.has_parent_path()) fs::create_directories(output.parent_path(), ec);
    if (ec) return output.parent_path().string() + ": cannot create the folder: " + ec.message();
    std::string error = writeBankFile(imported.bank, output);
    if (error.empty()) {
        const fs::path folder = output.has_parent_path() ? output.parent_path() : fs::path(".");
        error = writeExtractedFiles(imported.files, folder);
    }
    return error;
}

}  // namespace tqm::bank
