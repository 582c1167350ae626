#include "bank/interchange/csv/csv_import.h"

#include "bank/interchange/common/import_support.h"
#include "bank/interchange/csv/csv_row_reader.h"
#include "base/csv_reader.h"
#include "base/encoding_check.h"
#include "base/utf8.h"

namespace tqm::bank {

namespace {

bool isBlankRecord(const CsvRecord& record) {
    for (const std::string& field : record.fields)
        if (!trimSpaces(field).empty()) return false;
    return true;
}

}  // namespace

ImportResult importCsv(std::string_view bytes, std::string fileName) {
    ImportResult result;
    DiagnosticSink sink(result.diagnostics, fileName);
    static constexpr std::string_view kSaveAs = "in Excel choose 另存为 (Save As) \"CSV UTF-8\"";
    if (!reportIfNotUtf8(bytes, kSaveAs, sink)) return result;
    const std::string_view text = withoutBom(bytes);
    nameImportedBank(result.bank, fileName, text);

    const CsvTable table = readCsv(text, guessCsvDelimiter(text));
    CsvRowReader importer(result, fileName);
    std::size_t first = 0;
    while (first < table.records.size() && isBlankRecord(table.records[first])) ++first;
    if (first == table.records.size()) {
        sink.error(0, 0, "csv-no-header", "the file is empty; it needs a header row");
        return result;
    }
    const CsvRecord& header = table.records[first];
    if (importer.readHeader(header)) {
        for (std::size_t i = first + 1; i < table.records.size(); ++i) {
            const CsvRecord& record = table.records[i];
            if (table.unclosed && i + 1 == table.records.size()) {
                importer.reportUnclosedQuote(*table.unclosed, i + 1);
            } else if (!isBlankRecord(record)) {
                importer.readRow(record, i + 1);
            }
        }
        importer.assignDerivedIds(header.line);
    }
    finishImport(result, fileName);
    return result;
}

}  // namespace tqm::bank
