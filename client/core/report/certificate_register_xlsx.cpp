// The certificate register as a workbook; see certificate_register.h.
#include <algorithm>
#include <array>

#include <xlsxwriter.h>

#include "base/utf8.h"
#include "report/certificate_register.h"
#include "report/xlsx_file.h"

namespace tqm::report {

namespace {

// Excel counts days from 1899-12-30, so 1970-01-01 is day 25569.
constexpr double kExcelUnixEpoch = 25569.0;
constexpr double kMinColumnWidth = 8.0;
constexpr double kMaxColumnWidth = 48.0;
constexpr std::size_t kMaxColumns = 11;
constexpr std::uint8_t kA4Paper = 9;

double excelDay(Date date) {
    return kExcelUnixEpoch + static_cast<double>(date.time_since_epoch().count());
}

// Excel's column width counts narrow characters; a Chinese character takes two.
double displayWidth(std::string_view text) {
    double width = 0;
    for (std::size_t at = 0; at < text.size();) width += decodeUtf8(text, at) < 0x1100 ? 1 : 2;
    return width;
}

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    std::array<lxw_format*, std::size(kCertificateStatusWords)> status{};
};

Formats addFormats(lxw_workbook* workbook) {
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.date = workbook_add_format(workbook);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    for (std::size_t i = 0; i < formats.status.size(); ++i) {
        formats.status[i] = workbook_add_format(workbook);
        format_set_bg_color(formats.status[i], *certificateStatusFill(kCertificateStatusWords[i]));
    }
    return formats;
}

lxw_format* statusFormat(const Formats& formats, std::string_view word) {
    const auto found =
        std::find(std::begin(kCertificateStatusWords), std::end(kCertificateStatusWords), word);
    if (found == std::end(kCertificateStatusWords)) return nullptr;
    return formats.status[static_cast<std::size_t>(found - std::begin(kCertificateStatusWords))];
}

// Remembers the first thing libxlsxwriter refused, so one check at the end covers every cell, and
// the widest text of each column for the widths.
class RegisterSheet {
  public:
    RegisterSheet(lxw_worksheet* sheet, const Formats& formats, lxw_col_t columns)
        : sheet_(sheet), formats_(formats), columns_(columns) {}

    void text(lxw_row_t row, lxw_col_t col, const std::string& value,
              lxw_format* format = nullptr) {
        widths_[col] = std::max(widths_[col], displayWidth(value));
        if (value.empty() && !format) return;
        keep(worksheet_write_string(sheet_, row, col, value.c_str(), format));
    }
    void date(lxw_row_t row, lxw_col_t col, const std::optional<Date>& value) {
        widths_[col] = std::max(widths_[col], 10.0);
        if (value) keep(worksheet_write_number(sheet_, row, col, excelDay(*value), formats_.date));
    }
    void finish(lxw_row_t rows) {
        for (lxw_col_t col = 0; col < columns_; ++col) {
            const double width = std::clamp(widths_[col] + 2, kMinColumnWidth, kMaxColumnWidth);
            keep(worksheet_set_column(sheet_, col, col, width, nullptr));
        }
        worksheet_freeze_panes(sheet_, 1, 0);
        keep(worksheet_autofilter(sheet_, 0, 0, rows - 1, columns_ - 1));
        worksheet_set_landscape(sheet_);
        worksheet_set_paper(sheet_, kA4Paper);
        worksheet_fit_to_pages(sheet_, 1, 0);
        keep(worksheet_repeat_rows(sheet_, 0, 0));
    }
    lxw_error firstError() const { return error_; }

  private:
    void keep(lxw_error error) {
        if (error_ == LXW_NO_ERROR) error_ = error;
    }
    lxw_worksheet* sheet_;
    const Formats& formats_;
    lxw_col_t columns_;
    std::array<double, kMaxColumns> widths_{};
    lxw_error error_ = LXW_NO_ERROR;
};

lxw_error writeRegister(lxw_workbook* workbook, std::span<const CertificateRegisterRow> rows,
                        RegisterLanguage language, IdNumberColumn idNumbers) {
    const Formats formats = addFormats(workbook);
    lxw_worksheet* sheet = workbook_add_worksheet(
        workbook, language == RegisterLanguage::Chinese ? "证书台账" : "Register");
    if (!sheet) return LXW_ERROR_MEMORY_MALLOC_FAILED;
    const std::vector<std::string_view> headers = certificateRegisterHeaders(language, idNumbers);
    RegisterSheet out(sheet, formats, static_cast<lxw_col_t>(headers.size()));
    lxw_col_t col = 0;
    for (std::string_view header : headers) out.text(0, col++, std::string(header), formats.header);
    lxw_row_t row = 1;
    for (const CertificateRegisterRow& entry : rows) {
        // Text cells are always written as strings, so a name like "=1+1" is never a formula.
        out.text(row, 0, entry.number);
        out.text(row, 1, entry.name);
        out.text(row, 2, entry.employeeNo);
        out.text(row, 3, entry.unit);
        out.text(row, 4, joinPositions(entry.positions, language));
        out.text(row, 5, entry.typeName);
        out.date(row, 6, entry.issuedOn);
        out.date(row, 7, entry.validUntil);
        out.date(row, 8, entry.nextReview);
        out.text(row, 9, std::string(certificateStatusLabel(entry.status, language)),
                 statusFormat(formats, entry.status));
        if (idNumbers == IdNumberColumn::Shown) out.text(row, 10, entry.idNumber);
        ++row;
    }
    out.finish(row);
    return out.firstError();
}

}  // namespace

std::optional<ExportError> writeCertificateRegisterXlsx(
    const std::filesystem::path& file, std::span<const CertificateRegisterRow> rows,
    RegisterLanguage language, IdNumberColumn idNumbers) {
    return writeWorkbook(file, [&](lxw_workbook* workbook) {
        return writeRegister(workbook, rows, language, idNumbers);
    });
}

}  // namespace tqm::report
