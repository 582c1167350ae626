// Writing the one-line text form of an answer; see answer.h for the syntax.
#include <string>

#include "exam/answer.h"

namespace tqm::exam {

namespace {

std::string escaped(std::string_view text, bool inBlank) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '|':
                out += inBlank ? "\\|" : "|";
                break;
            default:
                out += c;
        }
    }
    return out;
}

struct Formatter {
    std::string operator()(const NoAnswer&) const { return {}; }
    std::string operator()(const ChoiceAnswer& a) const {
        std::string out;
        for (std::size_t index : a.chosen) out += optionLetter(index);
        return out;
    }
    std::string operator()(const TrueFalseAnswer& a) const { return a.value ? "T" : "F"; }
    std::string operator()(const BlankAnswer& a) const {
        std::string out;
        for (std::size_t i = 0; i < a.texts.size(); ++i) {
            if (i > 0) out += '|';
            out += escaped(a.texts[i], true);
        }
        return out;
    }
    std::string operator()(const OrderAnswer& a) const {
        std::string out;
        for (std::size_t index : a.order) out += optionLetter(index);
        return out;
    }
    std::string operator()(const MatchAnswer& a) const {
        std::string out;
        for (std::size_t prompt = 0; prompt < a.chosen.size(); ++prompt) {
            if (!a.chosen[prompt]) continue;
            if (!out.empty()) out += ',';
            out += optionLetter(prompt) + "=" + std::to_string(*a.chosen[prompt] + 1);
        }
        return out;
    }
    std::string operator()(const EssayAnswer& a) const { return escaped(a.text, false); }
};

}  // namespace

std::string optionLetter(std::size_t index) {
    // Papers label at most 26 options; beyond that the label says the index instead.
    if (index < 26) return std::string(1, static_cast<char>('A' + index));
    return "#" + std::to_string(index + 1);
}

std::string formatAnswer(const Answer& answer) {
    return std::visit(Formatter{}, answer);
}

}  // namespace tqm::exam
