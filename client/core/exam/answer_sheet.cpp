#include "exam/answer_sheet.h"

#include <string>

#include "base/encoding_check.h"
#include "base/line_index.h"
#include "base/utf8.h"

namespace tqm::exam {

namespace {

class SheetReader {
  public:
    SheetReader(std::string_view fileName, std::string_view content,
                std::span<const PaperQuestion> paper)
        : content_(content),
          lines_(content),
          paper_(paper),
          sink_(sheet_.diagnostics, std::string(fileName)) {}

    AnswerSheet run() {
        const std::size_t bom = content_.size() - withoutBom(content_).size();
        if (!reportIfNotUtf8(content_, "save it as UTF-8 in your editor", sink_))
            return std::move(sheet_);
        std::size_t start = bom;
        while (start < content_.size()) {
            std::size_t end = content_.find('\n', start);
            if (end == std::string_view::npos) end = content_.size();
            std::size_t stop = end;
            if (stop > start && content_[stop - 1] == '\r') --stop;
            readLine(start, stop);
            start = end + 1;
        }
        return std::move(sheet_);
    }

  private:
    void error(std::size_t offset, std::string code, std::string message) {
        const TextPosition at = lines_.position(offset);
        sink_.error(at.line, at.column, std::move(code), std::move(message));
    }

    // One line, content_[begin, end) without its line break.
    void readLine(std::size_t begin, std::size_t end) {
        const std::string_view line = content_.substr(begin, end - begin);
        const std::size_t firstSolid = line.find_first_not_of(" \t");
        if (firstSolid == std::string_view::npos || line[firstSolid] == '#') return;
        std::size_t digits = 0;
        while (digits < line.size() && digits < 9 && line[digits] >= '0' && line[digits] <= '9') {
            ++digits;
        }
        const bool separated = digits == line.size() || line[digits] == ' ' || line[digits] == '\t';
        if (digits == 0 || !separated) {
            const std::string_view head = line.substr(0, line.find_first_of(" \t"));
            error(begin, "answer-line",
                  "\"" + std::string(head) +
                      "\" is not a question number: write the question's number, a space, "
                      "then the answer");
            return;
        }
        const std::size_t sequence = std::stoul(std::string(line.substr(0, digits)));
        if (sequence < 1 || sequence > paper_.size()) {
            error(begin, "unknown-question",
                  "question " + std::to_string(sequence) + " is not on the paper: it has " +
                      std::to_string(paper_.size()) + " questions");
            return;
        }
        const PaperQuestion& question = paper_[sequence - 1];
        const std::size_t textStart = digits == line.size() ? digits : digits + 1;
        const ParsedAnswer parsed = parseAnswer(question, line.substr(textStart));
        for (const AnswerError& e : parsed.errors) {
            error(begin + textStart + e.offset, "answer-syntax",
                  "question " + std::to_string(sequence) + " (" + question.questionId + ", " +
                      std::string(bank::typeName(question.type)) + "): " + e.message);
        }
        if (parsed.ok()) {
            sheet_.entries.push_back({sequence, parsed.answer, lines_.position(begin).line});
        }
    }

    std::string_view content_;
    LineIndex lines_;
    std::span<const PaperQuestion> paper_;
    AnswerSheet sheet_;
    DiagnosticSink sink_;
};

}  // namespace

AnswerSheet readAnswerSheet(std::string_view fileName, std::string_view content,
                            std::span<const PaperQuestion> paper) {
    return SheetReader(fileName, content, paper).run();
}

}  // namespace tqm::exam
