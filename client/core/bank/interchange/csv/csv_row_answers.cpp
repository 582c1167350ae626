#include "bank/interchange/csv/csv_answers.h"
#include "bank/interchange/csv/csv_row_reader.h"

namespace tqm::bank {

namespace {

std::string_view article(QuestionType type) {
    return type == QuestionType::Ordering ? "an " : "a ";
}

std::string typePhrase(QuestionType type) {
    return std::string(article(type)) + std::string(typeName(type)) + " question";
}

}  // namespace

void CsvRowReader::readAnswer(Row& row, Question& q, const std::vector<std::string>& options) {
    if (q.type == QuestionType::SingleChoice || q.type == QuestionType::MultipleChoice ||
        q.type == QuestionType::Ordering) {
        readChoiceAnswer(row, q, options);
        return;
    }
    const std::string_view answer = cell(row, CsvField::Answer);
    if (!options.empty() && q.type != QuestionType::Matching) {
        report(row, Severity::Warning, "csv-ignored-value", columns_.options[0],
               columns_.nameOfOption(0), typePhrase(q.type) + " has no options; they are ignored");
    }
    std::vector<std::string> problems;
    if (q.type == QuestionType::TrueFalse) {
        const auto value = parseTrueFalse(answer);
        if (!value) {
            fieldError(row, "csv-bad-answer", CsvField::Answer,
                       "answer " + inQuotes(answer) +
                           " is not a true/false answer; write 对 or 错 (also 正确/错误, √/×, "
                           "T/F, true/false)");
        }
        q.answerTrue = value.value_or(false);
    } else if (q.type == QuestionType::FillBlank) {
        if (answer.empty()) {
            fieldError(row, "csv-missing-value", CsvField::Answer,
                       "a fill-blank question needs the answer of each blank, separated by |");
            return;
        }
        const std::vector<CsvBlank> blanks = parseBlanks(answer, problems);
        const std::size_t markers = countBlankMarkers(q.stem);
        if (problems.empty() && markers != blanks.size() && !(markers == 0 && blanks.size() == 1)) {
            problems.push_back("the answer gives " + std::to_string(blanks.size()) +
                               " blanks but the stem marks " + std::to_string(markers) +
                               " with ____");
        }
        for (const CsvBlank& b : blanks) {
            Blank blank{keepAll(b.accepted), b.number, b.tolerance};
            q.blanks.push_back(std::move(blank));
        }
    } else if (q.type == QuestionType::Matching) {
        if (options.size() < 2) {
            report(row, Severity::Error, "csv-too-few-options", columns_.options[options.size()],
                   columns_.nameOfOption(options.size()),
                   "a matching question needs at least 2 options to pair; it has " +
                       std::to_string(options.size()));
            return;
        }
        const std::vector<std::string> answers =
            parseMatchingAnswers(answer, options.size(), problems);
        for (std::size_t i = 0; i < options.size(); ++i)
            q.pairs.push_back({result_.bank.keep(options[i]), result_.bank.keep(answers[i])});
    } else {
        std::string_view reference = cell(row, CsvField::Reference);
        if (reference.empty()) reference = answer;
        if (reference.empty()) {
            fieldError(row, "csv-missing-value", CsvField::Reference,
                       "a short-answer question needs a reference answer");
        }
        q.referenceAnswer = result_.bank.keep(reference);
        q.gradingNotes = result_.bank.keep(cell(row, CsvField::Grading));
    }
    for (const std::string& problem : problems)
        fieldError(row, "csv-bad-answer", CsvField::Answer, problem);
}

void CsvRowReader::readChoiceAnswer(Row& row, Question& q,
                                    const std::vector<std::string>& options) {
    if (options.size() < 2) {
        report(row, Severity::Error, "csv-too-few-options", columns_.options[options.size()],
               columns_.nameOfOption(options.size()),
               typePhrase(q.type) + " needs at least 2 options; it has " +
                   std::to_string(options.size()));
        return;
    }
    const std::string_view answer = cell(row, CsvField::Answer);
    if (answer.empty()) {
        fieldError(row, "csv-missing-value", CsvField::Answer,
                   typePhrase(q.type) + " needs its answer as option letters");
        return;
    }
    std::vector<std::string> problems;
    const std::vector<std::size_t> letters = parseOptionLetters(answer, options.size(), problems);
    std::vector<bool> chosen(options.size(), false);
    for (std::size_t index : letters) {
        if (index >= options.size()) continue;
        if (chosen[index]) {
            problems.push_back("answer " + inQuotes(answer) + " names " +
                               std::string(1, static_cast<char>('A' + index)) + " twice");
        }
        chosen[index] = true;
    }
    const std::string count = std::to_string(letters.size());
    if (!problems.empty()) {
        // the letters are wrong already; counting them would only repeat it
    } else if (q.type == QuestionType::SingleChoice && letters.size() != 1) {
        problems.push_back("a single-choice question has one answer letter; " + inQuotes(answer) +
                           " names " + count);
    } else if (q.type == QuestionType::MultipleChoice && letters.size() < 2) {
        problems.push_back("a multiple-choice question needs at least 2 answer letters; " +
                           inQuotes(answer) + " names " + count);
    } else if (q.type == QuestionType::Ordering && letters.size() != options.size()) {
        std::string left;
        for (std::size_t i = 0; i < options.size(); ++i)
            if (!chosen[i]) left += static_cast<char>('A' + i);
        problems.push_back("an ordering answer lists every option once in the right order; " +
                           inQuotes(answer) + " leaves out " + left);
    }
    for (const std::string& problem : problems)
        fieldError(row, "csv-bad-answer", CsvField::Answer, problem);
    if (!problems.empty()) return;
    if (q.type == QuestionType::Ordering) {
        for (std::size_t index : letters) q.choices.push_back({result_.bank.keep(options[index])});
        return;
    }
    for (std::size_t i = 0; i < options.size(); ++i)
        q.choices.push_back({result_.bank.keep(options[i]), chosen[i]});
}

}  // namespace tqm::bank
