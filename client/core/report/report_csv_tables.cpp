#include "report/report_csv_tables.h"

#include "report/csv_export.h"

namespace tqm::report {

namespace {

using reports::Cell;
using reports::ReportTable;

std::string fileNamePart(const std::string& name) {
    std::string part;
    for (const char c : name) {
        const bool refused = std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos ||
                             static_cast<unsigned char>(c) < 0x20;
        part += refused ? '_' : c;
    }
    return part.empty() ? std::string("_") : part;
}

void appendLine(std::string& csv, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) csv += ',';
        csv += csvField(fields[i]);
    }
    csv += "\r\n";
}

}  // namespace

std::string tableCsv(const ReportTable& table) {
    std::string csv = "\xEF\xBB\xBF";
    appendLine(csv, table.headings);
    std::vector<std::string> texts;
    for (const auto& row : table.rows) {
        texts.clear();
        for (const Cell& cell : row) texts.push_back(cell.text);
        appendLine(csv, texts);
    }
    return csv;
}

std::vector<std::filesystem::path> reportCsvFiles(const std::filesystem::path& mainFile,
                                                  const reports::ReportDocument& document) {
    std::vector<std::filesystem::path> files{mainFile};
    const std::string stem = mainFile.stem().string();
    const std::string extension = mainFile.extension().string();
    for (std::size_t i = 1; i < document.tables.size(); ++i)
        files.push_back(mainFile.parent_path() /
                        (stem + "-" + fileNamePart(document.tables[i].name) + extension));
    return files;
}

std::optional<ExportError> writeReportCsvFiles(const std::filesystem::path& mainFile,
                                               const reports::ReportDocument& document) {
    const std::vector<std::filesystem::path> files = reportCsvFiles(mainFile, document);
    if (document.tables.empty()) return writeCsvFile(mainFile, "\xEF\xBB\xBF");
    for (std::size_t i = 0; i < files.size(); ++i)
        if (auto error = writeCsvFile(files[i], tableCsv(document.tables[i]))) return error;
    return std::nullopt;
}

std::string csvFilesNote(const ReportExport& request, const reports::ReportDocument& document) {
    if (request.format != ReportFormat::Csv) return {};
    std::string note = ":";
    for (const std::filesystem::path& file : reportCsvFiles(request.file, document))
        note += (note.size() == 1 ? " " : ", ") + file.filename().string();
    return note;
}

}  // namespace tqm::report
