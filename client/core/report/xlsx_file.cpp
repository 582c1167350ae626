#include "report/xlsx_file.h"

#include <fstream>
#include <iterator>
#include <random>
#include <string>

#include "base/file_io.h"

namespace tqm::report {

namespace {

// The file libxlsxwriter writes to, removed whatever happens.
class ScratchFile {
  public:
    explicit ScratchFile(const std::filesystem::path& beside) {
        std::random_device seed;
        path_ = beside;
        path_ += ".partial-" + std::to_string(seed()) + ".xlsx";
    }
    ~ScratchFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

// libxlsxwriter's messages end with a full stop; ours are added only where they lack one.
ExportError failure(const std::filesystem::path& file, std::string reason) {
    if (reason.empty() || reason.back() != '.') reason += '.';
    return {file.string(), "cannot write the workbook " + file.string() + ": " + reason};
}

}  // namespace

std::optional<ExportError> writeWorkbook(const std::filesystem::path& file,
                                         const std::function<lxw_error(lxw_workbook*)>& fill) {
    ScratchFile scratch(file);
    lxw_workbook* workbook = workbook_new(scratch.path().string().c_str());
    if (!workbook) return failure(file, "the spreadsheet library could not start a workbook");
    const lxw_error filled = fill(workbook);
    // workbook_close writes the scratch file and frees the workbook, also after a failed cell.
    const lxw_error closed = workbook_close(workbook);
    if (filled != LXW_NO_ERROR) return failure(file, lxw_strerror(filled));
    if (closed != LXW_NO_ERROR) return failure(file, lxw_strerror(closed));

    std::ifstream in(scratch.path(), std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && !in.eof())
        return failure(file, "the finished workbook could not be read back");
    std::string written = writeFileAtomically(file, bytes);
    if (!written.empty()) return ExportError{file.string(), std::move(written)};
    return std::nullopt;
}

}  // namespace tqm::report
