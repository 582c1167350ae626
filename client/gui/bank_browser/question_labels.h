// How the client names question types, difficulties, points and problems, translated.
#pragma once

#include <string_view>

#include <wx/string.h>

#include "bank/question.h"
#include "base/diagnostic.h"

namespace tqm::gui {

wxString fromUtf8(std::string_view text);

wxString typeLabel(bank::QuestionType type);  // 单选题, 多选题, ...
wxString difficultyStars(int difficulty);     // ★★★☆☆ (clamped to 0..5 stars)
wxString pointsText(double points);           // "1", "1.5", "0.25"
wxString scoringLabel(bank::MultipleChoiceScoring scoring);
wxString severityLabel(Severity severity);  // 错误 / 警告
// A short translated name of a problem's code ("duplicate-id" -> 题目编号重复); the code itself
// when it is not one the client knows.
wxString problemLabel(std::string_view code);

// The first line of `text`, cut to `maxChars` characters with an ellipsis.
wxString excerpt(std::string_view text, std::size_t maxChars);

}  // namespace tqm::gui
