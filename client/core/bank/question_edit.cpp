#include "bank/question_edit.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <system_error>

#include "bank/native_writer.h"

namespace tqm::bank {

namespace fs = std::filesystem;

namespace {

std::string_view trim(std::string_view text) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

std::optional<double> parseNumber(std::string_view text) {
    text = trim(text);
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

std::string numberText(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

// Splits at any of `separators` (each a UTF-8 string).
std::vector<std::string> splitAt(std::string_view text,
                                 std::initializer_list<std::string_view> separators) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t matched = 0;
        if (pos < text.size()) {
            for (std::string_view separator : separators) {
                if (text.substr(pos, separator.size()) == separator) {
                    matched = separator.size();
                    break;
                }
            }
        }
        if (pos == text.size() || matched > 0) {
            const std::string_view part = trim(text.substr(start, pos - start));
            if (!part.empty()) parts.emplace_back(part);
            if (pos == text.size()) break;
            pos += matched;
            start = pos;
        } else {
            ++pos;
        }
    }
    return parts;
}

}  // namespace

QuestionDraft draftOf(const Question& question) {
    QuestionDraft draft;
    draft.stem = question.stem;
    for (const Choice& choice : question.choices)
        draft.choices.push_back({std::string(choice.text), choice.correct});
    draft.answerTrue = question.answerTrue;
    for (const Blank& blank : question.blanks) {
        DraftBlank copy{{}, blank.number, blank.tolerance};
        for (std::string_view accepted : blank.accepted) copy.accepted.emplace_back(accepted);
        draft.blanks.push_back(std::move(copy));
    }
    for (const MatchPair& pair : question.pairs)
        draft.pairs.push_back({std::string(pair.prompt), std::string(pair.answer)});
    draft.referenceAnswer = question.referenceAnswer;
    draft.explanation = question.explanation;
    draft.difficulty = question.difficulty;
    draft.points = question.points;
    draft.category = question.category;
    for (std::string_view tag : question.tags) draft.tags.emplace_back(tag);
    return draft;
}

std::string blankToLine(const DraftBlank& blank) {
    if (blank.number) {
        std::string line = "#" + numberText(*blank.number);
        if (blank.tolerance != 0.0) line += ":" + numberText(blank.tolerance);
        return line;
    }
    std::string line;
    for (const std::string& accepted : blank.accepted) {
        if (!line.empty()) line += " | ";
        line += accepted;
    }
    return line;
}

DraftBlank blankFromLine(std::string_view line) {
    line = trim(line);
    DraftBlank blank;
    if (!line.empty() && line.front() == '#') {
        const std::string_view body = line.substr(1);
        const std::size_t colon = body.find(':');
        const std::optional<double> value = parseNumber(body.substr(0, colon));
        const std::optional<double> tolerance = colon == std::string_view::npos
                                                    ? std::optional<double>(0.0)
                                                    : parseNumber(body.substr(colon + 1));
        if (value && tolerance) {
            blank.number = value;
            blank.tolerance = *tolerance;
            return blank;
        }
    }
    blank.accepted = splitAt(line, {"|", "｜"});
    return blank;
}

std::vector<std::string> splitTags(std::string_view text) {
    std::vector<std::string> tags;
    for (std::string& tag : splitAt(text, {",", "，", "、", ";", "；"})) {
        if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(std::move(tag));
    }
    return tags;
}

Bank withEditedQuestion(const Bank& bank, std::size_t index, const QuestionDraft& draft) {
    Bank edited = bank;
    Question& q = edited.questions.at(index);
    q.stem = edited.keep(draft.stem);
    q.choices.clear();
    for (const DraftChoice& choice : draft.choices)
        q.choices.push_back({edited.keep(choice.text), choice.correct});
    q.answerTrue = draft.answerTrue;
    q.blanks.clear();
    for (const DraftBlank& blank : draft.blanks) {
        Blank copy;
        for (const std::string& accepted : blank.accepted)
            copy.accepted.push_back(edited.keep(accepted));
        copy.number = blank.number;
        copy.tolerance = blank.tolerance;
        q.blanks.push_back(std::move(copy));
    }
    q.pairs.clear();
    for (const DraftPair& pair : draft.pairs)
        q.pairs.push_back({edited.keep(pair.prompt), edited.keep(pair.answer)});
    q.referenceAnswer = edited.keep(draft.referenceAnswer);
    q.explanation = edited.keep(draft.explanation);
    q.difficulty = draft.difficulty;
    q.points = draft.points;
    q.category = edited.keep(draft.category);
    q.tags.clear();
    for (const std::string& tag : draft.tags) q.tags.push_back(edited.keep(tag));
    edited.reindex();
    return edited;
}

std::vector<Diagnostic> editedQuestionProblems(const Bank& edited, std::size_t index,
                                               const ValidationContext& context) {
    std::vector<Diagnostic> all;
    validateBank(edited, context, all);
    const SourcePos pos = edited.questions.at(index).pos;
    std::vector<Diagnostic> mine;
    for (Diagnostic& problem : all) {
        if (problem.line == pos.line && problem.column == pos.column)
            mine.push_back(std::move(problem));
    }
    return mine;
}

fs::path bankBackupPath(const fs::path& file, TimePoint when) {
    fs::path backup = file;
    backup += "." + formatFileStamp(when) + ".bak";
    return backup;
}

std::string saveBankWithBackup(const Bank& bank, const fs::path& file, TimePoint when) {
    std::error_code ec;
    if (fs::exists(file, ec)) {
        const fs::path backup = bankBackupPath(file, when);
        fs::copy_file(file, backup, fs::copy_options::overwrite_existing, ec);
        if (ec)
            return backup.string() +
                   ": cannot keep a backup copy, so the bank was not saved: " + ec.message();
    }
    return writeBankFile(bank, file);
}

}  // namespace tqm::bank
