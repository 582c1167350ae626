#include "base/csv_reader.h"

namespace tqm {

char guessCsvDelimiter(std::string_view text) {
    std::size_t commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        commas += c == ',';
        tabs += c == '\t';
        semicolons += c == ';';
    }
    if (commas > 0) return ',';
    if (tabs > 0 && tabs >= semicolons) return '\t';
    return semicolons > 0 ? ';' : ',';
}

namespace {

class CsvScanner {
  public:
    CsvScanner(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {}

    CsvTable run() {
        while (pos_ < text_.size()) readRecord();
        return std::move(table_);
    }

  private:
    // Consumes one line break at pos_ if there is one (CRLF, LF or a lone CR).
    bool takeLineBreak() {
        if (text_[pos_] == '\r') {
            pos_ += (pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ? 2 : 1;
        } else if (text_[pos_] == '\n') {
            ++pos_;
        } else {
            return false;
        }
        ++line_;
        return true;
    }

    void readRecord() {
        CsvRecord record;
        record.line = line_;
        for (;;) {
            std::string field;
            const bool closed =
                readField(field, record.line, static_cast<std::uint32_t>(record.fields.size() + 1));
            record.fields.push_back(std::move(field));
            if (!closed || pos_ >= text_.size()) break;
            if (text_[pos_] == delimiter_) {
                ++pos_;
                if (pos_ >= text_.size()) {
                    record.fields.emplace_back();
                    break;
                }
                continue;
            }
            takeLineBreak();
            break;
        }
        table_.records.push_back(std::move(record));
    }

    // Reads one field up to (not including) the delimiter or line break that ends it. Returns
    // false when a quoted field runs to the end of the text.
    bool readField(std::string& field, std::uint32_t recordLine, std::uint32_t fieldNumber) {
        if (pos_ < text_.size() && text_[pos_] == '"') {
            const std::uint32_t quoteLine = line_;
            ++pos_;
            for (;;) {
                if (pos_ >= text_.size()) {
                    table_.unclosed = CsvUnclosedQuote{recordLine, fieldNumber, quoteLine};
                    return false;
                }
                const char c = text_[pos_];
                if (c == '"' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    field += '"';
                    pos_ += 2;
                } else if (c == '"') {
                    ++pos_;
                    break;
                } else if (c == '\r' || c == '\n') {
                    takeLineBreak();
                    field += '\n';
                } else {
                    field += c;
                    ++pos_;
                }
            }
        }
        // Unquoted text, or stray text after a closing quote, which spreadsheets keep as is.
        while (pos_ < text_.size() && text_[pos_] != delimiter_ && text_[pos_] != '\r' &&
               text_[pos_] != '\n') {
            field += text_[pos_++];
        }
        return true;
    }

    std::string_view text_;
    char delimiter_;
    std::size_t pos_ = 0;
    std::uint32_t line_ = 1;
    CsvTable table_;
};

}  // namespace

CsvTable readCsv(std::string_view text, char delimiter) {
    return CsvScanner(text, delimiter).run();
}

}  // namespace tqm
