#include "bank/interchange/moodle/moodle_cloze.h"

#include <array>
#include <charconv>

#include "bank/interchange/common/html_text.h"

namespace tqm::bank {

namespace {

struct KindName {
    std::string_view type;
    ClozeKind kind;
};

constexpr std::array<KindName, 31> kKinds{{
    {"SHORTANSWER", ClozeKind::ShortAnswer},
    {"SA", ClozeKind::ShortAnswer},
    {"MW", ClozeKind::ShortAnswer},
    {"SHORTANSWER_C", ClozeKind::ShortAnswerCaseSensitive},
    {"SAC", ClozeKind::ShortAnswerCaseSensitive},
    {"MWC", ClozeKind::ShortAnswerCaseSensitive},
    {"NUMERICAL", ClozeKind::Numerical},
    {"NM", ClozeKind::Numerical},
    {"MULTICHOICE", ClozeKind::Menu},
    {"MC", ClozeKind::Menu},
    {"MULTICHOICE_V", ClozeKind::Menu},
    {"MCV", ClozeKind::Menu},
    {"MULTICHOICE_H", ClozeKind::Menu},
    {"MCH", ClozeKind::Menu},
    {"MULTICHOICE_S", ClozeKind::Menu},
    {"MCS", ClozeKind::Menu},
    {"MULTICHOICE_VS", ClozeKind::Menu},
    {"MCVS", ClozeKind::Menu},
    {"MULTICHOICE_HS", ClozeKind::Menu},
    {"MCHS", ClozeKind::Menu},
    {"MULTIRESPONSE", ClozeKind::Menu},
    {"MR", ClozeKind::Menu},
    {"MULTIRESPONSE_H", ClozeKind::Menu},
    {"MRH", ClozeKind::Menu},
    {"MULTIRESPONSE_S", ClozeKind::Menu},
    {"MRS", ClozeKind::Menu},
    {"MULTIRESPONSE_HS", ClozeKind::Menu},
    {"MRHS", ClozeKind::Menu},
    {"MULTICHOICE_SV", ClozeKind::Menu},
    {"MULTICHOICE_SH", ClozeKind::Menu},
    {"MULTIRESPONSE_SH", ClozeKind::Menu},
}};

ClozeKind kindOf(std::string_view type) {
    std::string upper(type);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    for (const KindName& k : kKinds)
        if (k.type == upper) return k.kind;
    return ClozeKind::Unknown;
}

bool isTypeChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

// Offset of the "}" closing the answers that start at `pos`, skipping backslash escapes.
std::size_t closingBrace(std::string_view text, std::size_t pos) {
    for (std::size_t i = pos; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == '}') {
            return i;
        }
    }
    return std::string_view::npos;
}

// One alternative, e.g. "%50%Apple#Half right": the grade prefix, then the answer up to the
// feedback. A "#" right after "&" belongs to a character reference (&#20013;), not to feedback.
ClozeAnswer parseAlternative(std::string_view alt) {
    ClozeAnswer answer;
    if (alt.starts_with('=')) {
        answer.fraction = 100.0;
        alt.remove_prefix(1);
    } else if (alt.starts_with('%')) {
        const std::size_t close = alt.find('%', 1);
        if (close != std::string_view::npos) {
            double value = 0.0;
            const auto [end, ec] = std::from_chars(alt.data() + 1, alt.data() + close, value);
            if (ec == std::errc() && end == alt.data() + close) {
                answer.fraction = value;
                alt.remove_prefix(close + 1);
            }
        }
    }
    std::string raw;
    for (std::size_t i = 0; i < alt.size(); ++i) {
        if (alt[i] == '\\' && i + 1 < alt.size()) {
            raw += alt[++i];
        } else if (alt[i] == '#' && (i == 0 || alt[i - 1] != '&')) {
            break;
        } else {
            raw += alt[i];
        }
    }
    answer.text = decodeHtmlEntities(raw);
    return answer;
}

std::vector<ClozeAnswer> parseAlternatives(std::string_view body) {
    std::vector<ClozeAnswer> answers;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= body.size(); ++i) {
        if (i < body.size() && body[i] == '\\') {
            ++i;
        } else if (i == body.size() || body[i] == '~') {
            const std::string_view alt = body.substr(start, i - start);
            if (!alt.empty()) answers.push_back(parseAlternative(alt));
            start = i + 1;
        }
    }
    return answers;
}

// Backslash-escapes the characters that end or split an answer, then escapes it for HTML.
std::string escapeAnswer(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        if (c == '}' || c == '~' || c == '#' || c == '\\' || c == '/' || c == '"') escaped += '\\';
        escaped += c;
    }
    std::string html;
    for (const char c : escaped) {
        if (c == '&') {
            html += "&amp;";
        } else if (c == '<') {
            html += "&lt;";
        } else if (c == '>') {
            html += "&gt;";
        } else {
            html += c;
        }
    }
    return html;
}

}  // namespace

std::vector<ClozeMarker> findClozeMarkers(std::string_view text) {
    std::vector<ClozeMarker> markers;
    for (std::size_t i = text.find('{'); i != std::string_view::npos; i = text.find('{', i + 1)) {
        std::size_t j = i + 1;
        while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
        if (j >= text.size() || text[j] != ':') continue;
        const std::size_t typeStart = ++j;
        while (j < text.size() && isTypeChar(text[j])) ++j;
        if (j == typeStart || j >= text.size() || (text[j] != ':' && text[j] != '}')) continue;
        ClozeMarker marker;
        marker.offset = i;
        marker.type = std::string(text.substr(typeStart, j - typeStart));
        marker.kind = kindOf(marker.type);
        std::size_t close = j;
        if (text[j] == ':') {
            close = closingBrace(text, j + 1);
            if (close == std::string_view::npos) continue;
            marker.answers = parseAlternatives(text.substr(j + 1, close - j - 1));
        }
        marker.length = close + 1 - i;
        markers.push_back(std::move(marker));
        i = close;
    }
    return markers;
}

std::string formatNumber(double value) {
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return ec == std::errc() ? std::string(buffer.data(), end) : std::string("0");
}

std::string clozeMarkerFor(const Blank& blank, bool caseSensitive) {
    if (blank.number) {
        return "{1:NUMERICAL:=" + formatNumber(*blank.number) + ":" +
               formatNumber(blank.tolerance) + "}";
    }
    std::string marker = caseSensitive ? "{1:SHORTANSWER_C:" : "{1:SHORTANSWER:";
    for (std::size_t i = 0; i < blank.accepted.size(); ++i) {
        if (i > 0) marker += '~';
        marker += '=' + escapeAnswer(blank.accepted[i]);
    }
    return marker + "}";
}

}  // namespace tqm::bank
