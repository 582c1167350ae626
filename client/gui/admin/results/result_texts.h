// How the results screens word and format what the core gives them, translated: states,
// outcomes, item flags, scores, shares, durations and times.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

#include <wx/string.h>

#include "widgets/value_texts.h"

#include "exam/item_analysis.h"
#include "exam/points.h"
#include "results/result_table.h"

namespace tqm::gui {

wxString stateLabel(results::ResultState state);  // 进行中 / 待评分 / 已交卷
// 通过 / 未通过 / 待评分, or nothing for an attempt in progress.
wxString outcomeLabel(const results::ResultRow& row);
wxString percentText(double share);                      // "62.5%" (share 0..1)
wxString ratioText(const std::optional<double>& value);  // "0.42", "-0.10", "—"
wxString clockDurationText(std::int64_t ms);             // "0:12:05", for a table column
// The reasons a question was flagged, in words, joined by "；"; empty when it was not.
wxString flagReasons(const exam::ItemFlags& flags);

// A path for people to read, and a path from a file dialog; both through UTF-8, since the
// standard library's wide conversion depends on the C locale and fails on Chinese names there.
wxString pathText(const std::filesystem::path& path);
std::filesystem::path pathFromText(const wxString& text);

}  // namespace tqm::gui
