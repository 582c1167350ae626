// RFC 4180 CSV as spreadsheets write it: quoted fields, doubled quotes, line breaks inside quotes,
// CRLF, LF or CR line ends. Each record remembers the physical line it starts on, so messages can
// point at it even when earlier cells span several lines.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tqm {

struct CsvRecord {
    std::vector<std::string> fields;  // line breaks inside a quoted field are "\n"
    std::uint32_t line = 0;           // 1-based physical line where the record starts
};

// A quoted field that never closes; the rest of the text was read as that field.
struct CsvUnclosedQuote {
    std::uint32_t line = 0;       // where the record starts
    std::uint32_t field = 0;      // 1-based field number
    std::uint32_t quoteLine = 0;  // where the quote opens
};

struct CsvTable {
    std::vector<CsvRecord> records;
    std::optional<CsvUnclosedQuote> unclosed;
};

// The delimiter of a file: ',' unless the first line has none outside quotes and has tabs
// (Excel's "text" export) or semicolons (Excel in locales that use a decimal comma).
char guessCsvDelimiter(std::string_view text);

CsvTable readCsv(std::string_view text, char delimiter);

}  // namespace tqm
