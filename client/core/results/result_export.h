// Writing the rows a results table shows to CSV (one row per person) or to an Excel workbook
// (the people and every answer of their counting attempts), through report/. The rows are read
// from the database first (exportRows), then written (writeExport), so the writing, the slow
// part, can run away from the screen.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <vector>

#include "report/result_rows.h"
#include "results/result_table.h"
#include "store/database.h"

namespace tqm::results {

enum class ExportFormat : std::uint8_t { Csv, Xlsx };

struct ExportRows {
    std::vector<report::PersonResultRow> people;
    std::vector<report::AnswerResultRow> answers;  // only read for an XLSX export
};

// `shown` are indexes into `rows`, in the order to write. An attempt in progress has no score
// and no submission time yet, and its answers are left out until it is submitted.
ExportRows exportRows(store::Database& database, std::span<const ResultRow> rows,
                      std::span<const std::size_t> shown, ExportFormat format);

std::optional<report::ExportError> writeExport(const std::filesystem::path& file,
                                               ExportFormat format, const ExportRows& rows,
                                               const report::ExportOptions& options = {});

}  // namespace tqm::results
