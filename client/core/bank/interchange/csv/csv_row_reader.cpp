#include "bank/interchange/csv/csv_row_reader.h"

#include <charconv>

#include "bank/interchange/csv/csv_answers.h"

namespace tqm::bank {

namespace {

struct TypeWord {
    std::string_view word;
    QuestionType type;
};
constexpr TypeWord kTypeWords[] = {
    {"单选", QuestionType::SingleChoice},   {"单选题", QuestionType::SingleChoice},
    {"多选", QuestionType::MultipleChoice}, {"多选题", QuestionType::MultipleChoice},
    {"判断", QuestionType::TrueFalse},      {"判断题", QuestionType::TrueFalse},
    {"填空", QuestionType::FillBlank},      {"填空题", QuestionType::FillBlank},
    {"排序", QuestionType::Ordering},       {"排序题", QuestionType::Ordering},
    {"连线", QuestionType::Matching},       {"连线题", QuestionType::Matching},
    {"简答", QuestionType::ShortAnswer},    {"简答题", QuestionType::ShortAnswer},
};

std::optional<QuestionType> parseType(std::string_view cell) {
    std::string key = toHalfWidth(trimSpaces(cell));
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == '_' || c == ' ') c = '-';
    }
    for (const TypeWord& t : kTypeWords)
        if (key == t.word) return t.type;
    return typeFromName(key);
}

}  // namespace

bool CsvRowReader::readHeader(const CsvRecord& header) {
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string name(trimSpaces(header.fields[i]));
        columns_.headers.push_back(name);
        const CsvHeaderMeaning meaning = csvHeaderMeaning(name);
        std::optional<std::size_t>* slot = nullptr;
        if (meaning.field) slot = &columns_.fields[static_cast<std::size_t>(*meaning.field)];
        if (meaning.option) slot = &columns_.options[*meaning.option];
        const auto column = static_cast<std::uint32_t>(i + 1);
        if (name.empty()) continue;
        if (!slot) {
            sink_.warning(
                header.line, column, "csv-unknown-column",
                "column " + inQuotes(name) + " is not a column of the template; it is ignored");
        } else if (*slot) {
            sink_.warning(header.line, column, "csv-duplicate-column",
                          "column " + inQuotes(name) + " repeats column " +
                              std::to_string(**slot + 1) + "; it is ignored");
        } else {
            *slot = i;
        }
    }
    bool complete = true;
    for (CsvField required : {CsvField::Type, CsvField::Stem}) {
        if (columns_.of(required)) continue;
        complete = false;
        sink_.error(header.line, 0, "csv-missing-column",
                    "the header row has no " + inQuotes(csvChineseName(required)) +
                        " column, so no row can be read");
    }
    return complete;
}

void CsvRowReader::readRow(const CsvRecord& record, std::size_t number) {
    Row row{record, number};
    if (record.fields.size() > columns_.headers.size()) {
        for (std::size_t i = columns_.headers.size(); i < record.fields.size(); ++i) {
            if (trimSpaces(record.fields[i]).empty()) continue;
            sink_.warning(record.line, static_cast<std::uint32_t>(i + 1), "csv-extra-cells",
                          "row " + std::to_string(number) + " has a value in column " +
                              std::to_string(i + 1) + ", after the last column of the header (" +
                              std::to_string(columns_.headers.size()) + "); it is ignored");
            break;
        }
    }
    Question q;
    q.pos = {record.line, 0};
    const std::string_view typeCell = cell(row, CsvField::Type);
    const auto type = parseType(typeCell);
    if (typeCell.empty()) {
        fieldError(row, "csv-missing-value", CsvField::Type,
                   "the type is empty; write 单选, 多选, 判断, 填空, 排序, 连线 or 简答");
    } else if (!type) {
        fieldError(row, "csv-unknown-type", CsvField::Type,
                   "type " + inQuotes(typeCell) +
                       " is not known; write 单选, 多选, 判断, 填空, 排序, 连线 or 简答");
    }
    const std::string_view stem = cell(row, CsvField::Stem);
    if (stem.empty()) fieldError(row, "csv-missing-value", CsvField::Stem, "the stem is empty");
    q.stem = result_.bank.keep(stem);

    const std::string_view id = cell(row, CsvField::Id);
    if (id.find_first_of(" \t\n") != std::string_view::npos) {
        fieldError(row, "csv-invalid-value", CsvField::Id,
                   "id " + inQuotes(id) + " contains white space; an id is one word such as q-001");
    } else if (!id.empty()) {
        if (auto used = explicitIds_.find(id); used != explicitIds_.end()) {
            fieldError(
                row, "csv-duplicate-id", CsvField::Id,
                "id " + inQuotes(id) + " is already used in row " + std::to_string(used->second));
        }
    }
    readNumbers(row, q);
    const std::vector<std::string> options = readOptions(row);
    if (type) {
        q.type = *type;
        readAnswer(row, q, options);
    }
    readOtherFields(row, q);
    if (row.errors > 0) {
        ++result_.rejected;
        return;
    }
    if (!id.empty()) {
        explicitIds_.emplace(std::string(id), number);
        ids_.reserve(id);
        q.id = result_.bank.keep(id);
    } else {
        pendingIds_.push_back(
            {result_.bank.questions.size(),
             hashId("q-", std::string(typeName(q.type)) + "\n" + std::string(q.stem))});
    }
    const std::vector<std::string> path = splitCategoryPath(cell(row, CsvField::Category));
    const auto categoryColumn = columns_.of(CsvField::Category);
    const SourcePos categoryPos{
        record.line, static_cast<std::uint32_t>(categoryColumn ? *categoryColumn + 1 : 0)};
    q.category = path.empty() ? uncategorized(categories_, categoryPos)
                              : categories_.ensure(path, categoryPos);
    result_.bank.questions.push_back(std::move(q));
}

void CsvRowReader::reportUnclosedQuote(const CsvUnclosedQuote& quote, std::size_t row) {
    const std::size_t column = quote.field - 1;
    const std::string header = column < columns_.headers.size() ? columns_.headers[column] : "";
    sink_.error(quote.line, quote.field, "csv-unclosed-quote",
                "row " + std::to_string(row) + ", column " + inQuotes(header) +
                    ": the quote that opens the cell on line " + std::to_string(quote.quoteLine) +
                    " is never closed, so the rest of the file was read into this cell");
    ++result_.rejected;
}

void CsvRowReader::readNumbers(Row& row, Question& q) {
    const std::string difficulty = toHalfWidth(cell(row, CsvField::Difficulty));
    if (!difficulty.empty()) {
        int value = 0;
        const auto [end, ec] =
            std::from_chars(difficulty.data(), difficulty.data() + difficulty.size(), value);
        if (ec != std::errc{} || end != difficulty.data() + difficulty.size() || value < 1 ||
            value > 5) {
            fieldError(row, "csv-invalid-value", CsvField::Difficulty,
                       "difficulty " + inQuotes(difficulty) + " is not a whole number from 1 to 5");
        }
        q.difficulty = value;
    }
    const std::string points = toHalfWidth(cell(row, CsvField::Points));
    if (!points.empty()) {
        const std::optional<double> value = parseDecimal(points);
        if (!value || *value < 0) {
            fieldError(row, "csv-invalid-value", CsvField::Points,
                       "points " + inQuotes(points) + " is not a number of 0 or more");
        }
        q.points = value.value_or(0.0);
    }
}

std::vector<std::string> CsvRowReader::readOptions(Row& row) {
    std::vector<std::string> options;
    constexpr std::size_t kNoGap = kCsvOptionColumns;
    std::size_t gap = kNoGap;  // the first empty option since the last filled one
    for (std::size_t i = 0; i < kCsvOptionColumns; ++i) {
        const std::string_view text = cell(row, columns_.options[i]);
        if (text.empty()) {
            if (gap == kNoGap) gap = i;
            continue;
        }
        if (gap != kNoGap) {
            report(row, Severity::Error, "csv-option-gap", columns_.options[gap],
                   columns_.nameOfOption(gap),
                   "the option is empty but " + columns_.nameOfOption(i) +
                       " after it is filled; fill the options from A on without gaps");
            gap = kNoGap;
        }
        options.resize(i);  // an empty option keeps the letters after it in place
        options.emplace_back(text);
    }
    return options;
}

void CsvRowReader::readOtherFields(Row& row, Question& q) {
    Bank& bank = result_.bank;
    q.title = bank.keep(cell(row, CsvField::Title));
    q.explanation = bank.keep(cell(row, CsvField::Explanation));
    q.source = bank.keep(cell(row, CsvField::Source));
    q.tags = keepAll(splitList(cell(row, CsvField::Tags)));
    q.positions = keepAll(splitList(cell(row, CsvField::Positions)));
    q.images = keepAll(splitList(cell(row, CsvField::Images)));

    const std::string scoring = toHalfWidth(cell(row, CsvField::Scoring));
    if (scoring.empty()) return;
    std::optional<MultipleChoiceScoring> rule = scoringFromName(scoring);
    if (scoring == "全对得分") rule = MultipleChoiceScoring::AllOrNothing;
    if (scoring == "部分得分") rule = MultipleChoiceScoring::Partial;
    if (!rule) {
        fieldError(row, "csv-invalid-value", CsvField::Scoring,
                   "scoring " + inQuotes(scoring) +
                       " is not 全对得分 (all-or-nothing) or 部分得分 (partial)");
    } else if (q.type != QuestionType::MultipleChoice) {
        report(row, Severity::Warning, "csv-ignored-value", columns_.of(CsvField::Scoring),
               columns_.nameOf(CsvField::Scoring),
               "scoring applies to multiple-choice questions only; it is ignored");
    } else {
        q.scoring = rule;
    }
}

void CsvRowReader::assignDerivedIds(std::uint32_t headerLine) {
    for (const PendingId& pending : pendingIds_)
        result_.bank.questions[pending.question].id = result_.bank.keep(ids_.claim(pending.base));
    if (pendingIds_.empty()) return;
    const auto idColumn = columns_.of(CsvField::Id);
    const std::string example = inQuotes(result_.bank.questions[pendingIds_.front().question].id);
    const std::string column = inQuotes(columns_.nameOf(CsvField::Id));
    sink_.warning(headerLine, idColumn ? static_cast<std::uint32_t>(*idColumn + 1) : 0,
                  "csv-derived-id",
                  pendingIds_.size() == 1
                      ? "1 row has no " + column + "; its id " + example +
                            " is derived from its type and stem and changes when the stem is "
                            "edited"
                      : std::to_string(pendingIds_.size()) + " rows have no " + column +
                            "; their ids (such as " + example +
                            ") are derived from type and stem and change when a stem is edited");
}

}  // namespace tqm::bank
