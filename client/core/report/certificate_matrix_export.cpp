#include "report/certificate_matrix_export.h"

#include <algorithm>
#include <array>
#include <string_view>

#include <xlsxwriter.h>

#include "base/utf8.h"
#include "report/csv_export.h"
#include "report/xlsx_file.h"

namespace tqm::report {

namespace {

constexpr double kMinColumnWidth = 8.0;
constexpr double kMaxColumnWidth = 40.0;

std::string typeHeader(const CertificateMatrixTable& table, std::size_t column) {
    const std::string& name = table.typeNames[column];
    return name.empty() ? table.typeCodes[column] : table.typeCodes[column] + " " + name;
}

std::string cellLabel(const std::string& word, RegisterLanguage language) {
    return word.empty() ? std::string() : std::string(certificateStatusLabel(word, language));
}

void appendRecord(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += ',';
        out += csvField(cells[i]);
    }
    out += "\r\n";
}

// What each status means, for the legend.
std::string_view meaning(std::string_view word, RegisterLanguage language) {
    struct Meaning {
        std::string_view word, chinese, english;
    };
    static constexpr std::array<Meaning, 9> kMeanings{{
        {"valid", "持有有效证书", "holds a valid certificate"},
        {"renewal-open", "有效，已进入续证期", "valid; renewal is open"},
        {"review-due", "有效，复审到期待复审", "valid; a review (复审) is due"},
        {"in-grace", "已过期，仍在宽限期内", "expired, still within the grace days"},
        {"expired", "证书已失效", "the certificate is no longer valid"},
        {"revoked", "证书已吊销", "the certificate was revoked"},
        {"missing", "岗位要求但未持证", "required by a position but not held"},
        {"not-yet-required", "未持证，仍在上岗后取证期限内",
         "not held, still within the days allowed after assignment"},
        {"not-yet-valid", "证书尚未生效", "the certificate is not valid yet"},
    }};
    for (const Meaning& m : kMeanings)
        if (m.word == word) return language == RegisterLanguage::Chinese ? m.chinese : m.english;
    return {};
}

double displayWidth(std::string_view text) {
    double width = 0;
    for (std::size_t at = 0; at < text.size();) width += decodeUtf8(text, at) < 0x1100 ? 1 : 2;
    return width;
}

// Keeps the first error libxlsxwriter reports and the widest text per column.
class Sheet {
  public:
    explicit Sheet(lxw_worksheet* sheet) : sheet_(sheet) {}
    void text(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format) {
        if (widths_.size() <= col) widths_.resize(col + 1, 0.0);
        widths_[col] = std::max(widths_[col], displayWidth(value));
        if (value.empty() && !format) return;
        keep(worksheet_write_string(sheet_, row, col, value.c_str(), format));
    }
    void finishWidths() {
        for (lxw_col_t col = 0; col < widths_.size(); ++col)
            keep(worksheet_set_column(
                sheet_, col, col, std::clamp(widths_[col] + 2, kMinColumnWidth, kMaxColumnWidth),
                nullptr));
    }
    void keep(lxw_error error) {
        if (error_ == LXW_NO_ERROR) error_ = error;
    }
    lxw_error error() const { return error_; }

  private:
    lxw_worksheet* sheet_;
    std::vector<double> widths_;
    lxw_error error_ = LXW_NO_ERROR;
};

lxw_format* fillFormat(lxw_workbook* workbook, std::string_view word) {
    const std::optional<std::uint32_t> fill = certificateStatusFill(word);
    if (!fill) return nullptr;
    lxw_format* format = workbook_add_format(workbook);
    format_set_bg_color(format, *fill);
    format_set_border(format, LXW_BORDER_THIN);
    return format;
}

lxw_error writeMatrix(lxw_workbook* workbook, const CertificateMatrixTable& table,
                      RegisterLanguage language) {
    const bool chinese = language == RegisterLanguage::Chinese;
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    std::array<lxw_format*, std::size(kCertificateStatusWords)> fills{};
    for (std::size_t i = 0; i < fills.size(); ++i)
        fills[i] = fillFormat(workbook, kCertificateStatusWords[i]);
    const auto formatOf = [&](std::string_view word) -> lxw_format* {
        const auto found =
            std::find(std::begin(kCertificateStatusWords), std::end(kCertificateStatusWords), word);
        if (found == std::end(kCertificateStatusWords)) return nullptr;
        return fills[static_cast<std::size_t>(found - std::begin(kCertificateStatusWords))];
    };

    lxw_worksheet* matrix = workbook_add_worksheet(workbook, chinese ? "持证矩阵" : "Matrix");
    if (!matrix) return LXW_ERROR_MEMORY_MALLOC_FAILED;
    Sheet out(matrix);
    const auto heads = static_cast<lxw_col_t>(table.headColumns.size());
    for (lxw_col_t col = 0; col < heads; ++col) out.text(0, col, table.headColumns[col], header);
    for (std::size_t t = 0; t < table.typeCodes.size(); ++t)
        out.text(0, static_cast<lxw_col_t>(heads + t), table.typeCodes[t], header);
    lxw_row_t row = 1;
    for (const CertificateMatrixTable::Row& entry : table.rows) {
        for (lxw_col_t col = 0; col < heads; ++col) out.text(row, col, entry.head[col], nullptr);
        for (std::size_t t = 0; t < entry.words.size(); ++t)
            out.text(row, static_cast<lxw_col_t>(heads + t), cellLabel(entry.words[t], language),
                     formatOf(entry.words[t]));
        ++row;
    }
    out.finishWidths();
    worksheet_freeze_panes(matrix, 1, heads);
    worksheet_set_landscape(matrix);
    worksheet_fit_to_pages(matrix, 1, 0);
    out.keep(worksheet_repeat_rows(matrix, 0, 0));

    lxw_worksheet* legend = workbook_add_worksheet(workbook, chinese ? "图例" : "Legend");
    if (!legend) return LXW_ERROR_MEMORY_MALLOC_FAILED;
    Sheet key(legend);
    key.text(0, 0, chinese ? "状态" : "Status", header);
    key.text(0, 1, chinese ? "状态代码" : "Status word", header);
    key.text(0, 2, chinese ? "含义" : "Meaning", header);
    row = 1;
    for (std::string_view word : kCertificateStatusWords) {
        key.text(row, 0, std::string(certificateStatusLabel(word, language)), formatOf(word));
        key.text(row, 1, std::string(word), nullptr);
        key.text(row, 2, std::string(meaning(word, language)), nullptr);
        ++row;
    }
    ++row;
    key.text(row, 0, chinese ? "证书类型代码" : "Type code", header);
    key.text(row, 1, chinese ? "证书类型" : "Certificate type", header);
    ++row;
    for (std::size_t t = 0; t < table.typeCodes.size(); ++t, ++row) {
        key.text(row, 0, table.typeCodes[t], nullptr);
        key.text(row, 1, table.typeNames[t], nullptr);
    }
    key.finishWidths();
    if (out.error() != LXW_NO_ERROR) return out.error();
    return key.error();
}

}  // namespace

std::string certificateMatrixCsv(const CertificateMatrixTable& table, RegisterLanguage language) {
    // The byte-order mark makes Excel read the file as UTF-8 instead of the local code page.
    std::string out = "\xEF\xBB\xBF";
    std::vector<std::string> header = table.headColumns;
    for (std::size_t t = 0; t < table.typeCodes.size(); ++t) header.push_back(typeHeader(table, t));
    appendRecord(out, header);
    for (const CertificateMatrixTable::Row& row : table.rows) {
        std::vector<std::string> cells = row.head;
        for (const std::string& word : row.words) cells.push_back(cellLabel(word, language));
        appendRecord(out, cells);
    }
    return out;
}

std::optional<ExportError> writeCertificateMatrixCsv(const std::filesystem::path& file,
                                                     const CertificateMatrixTable& table,
                                                     RegisterLanguage language) {
    return writeCsvFile(file, certificateMatrixCsv(table, language));
}

std::optional<ExportError> writeCertificateMatrixXlsx(const std::filesystem::path& file,
                                                      const CertificateMatrixTable& table,
                                                      RegisterLanguage language) {
    return writeWorkbook(
        file, [&](lxw_workbook* workbook) { return writeMatrix(workbook, table, language); });
}

}  // namespace tqm::report
