// The ranking and the figures per unit as files for people: CSV (UTF-8 with a byte-order mark,
// for Excel and WPS), XLSX (frozen header row, column widths, scores, rates and times as numbers)
// and a printable A4 PDF (report/table_pdf.h) headed by the competition's name and the report
// date. Column headings are Chinese, as the people who read them expect.
//
//   ranking  名次,工号,姓名,单位,得分,满分,用时,提交时间
//   units    单位,在册人数,参赛人数,参与率,平均分
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "compete/ranking_standings.h"
#include "report/result_rows.h"
#include "report/table_pdf.h"

namespace tqm::compete {

enum class StandingsFormat : std::uint8_t { Csv, Xlsx, Pdf };
std::optional<StandingsFormat> standingsFormatFromName(std::string_view name);  // csv, xlsx, pdf

enum class StandingsTable : std::uint8_t { Ranking, Units };

// The table's rows as the exports write them (times local at the options' offset).
report::TableDocument standingsDocument(const Standings& standings, StandingsTable table,
                                        TimePoint reportTime,
                                        const report::ExportOptions& options = {});

std::string standingsCsv(const Standings& standings, StandingsTable table,
                         const report::ExportOptions& options = {});

// Writes the table in the format to `file`, atomically; the error names the file.
std::optional<report::ExportError> writeStandings(const std::filesystem::path& file,
                                                  const Standings& standings, StandingsTable table,
                                                  StandingsFormat format, TimePoint reportTime,
                                                  const report::ExportOptions& options = {});

// "66.7%", from tenths of a percent; "" for none.
std::string formatPermille(std::optional<std::int64_t> permille);

// A unit as shown: its name, or "（未填单位）" for people without one.
std::string unitLabel(const std::string& unit);

}  // namespace tqm::compete
