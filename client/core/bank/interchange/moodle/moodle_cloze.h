// Moodle's embedded-answer (cloze) syntax: "{1:SHORTANSWER:=Do~=Act}" markers inside the question
// text (https://docs.moodle.org/en/Embedded_Answers_(Cloze)_question_type).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "bank/question.h"

namespace tqm::bank {

enum class ClozeKind { ShortAnswer, ShortAnswerCaseSensitive, Numerical, Menu, Unknown };

struct ClozeAnswer {
    std::string text;       // unescaped, entities decoded; feedback removed
    double fraction = 0.0;  // percent: "=" is 100, "%50%" is 50, nothing is 0
};

struct ClozeMarker {
    std::size_t offset = 0;  // of the "{" in the question text
    std::size_t length = 0;  // up to and including the "}"
    std::string type;        // as written, e.g. "SA", "NUMERICAL", "MULTICHOICE_V"
    ClozeKind kind = ClozeKind::Unknown;
    std::vector<ClozeAnswer> answers;  // empty for a marker such as "{1:MULTICHOICE}"
};

// Every marker in `text`, in order. A "{" that does not start "{weight:TYPE:" or "{weight:TYPE}"
// is ordinary text.
std::vector<ClozeMarker> findClozeMarkers(std::string_view text);

// The marker for one blank: "{1:SHORTANSWER:=a~=b}" ("SHORTANSWER_C" when case matters), or
// "{1:NUMERICAL:=1.33:0.01}" for a numeric blank. Answers are escaped for the marker syntax
// (backslash before } ~ # \ / ") and for HTML, since the marker sits in the HTML question text.
std::string clozeMarkerFor(const Blank& blank, bool caseSensitive);

// Shortest text that reads back as the same double ("0.1", "1.33", "1e-07").
std::string formatNumber(double value);

}  // namespace tqm::bank
