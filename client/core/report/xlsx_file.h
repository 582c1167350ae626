// Writing one workbook to its final place: libxlsxwriter builds it in a scratch file beside the
// target, which is then moved into place atomically, so a failed export leaves no half file and
// an existing file untouched.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>

#include <xlsxwriter.h>

#include "report/result_rows.h"

namespace tqm::report {

// `fill` adds the sheets and cells and returns the first error libxlsxwriter reported (or
// LXW_NO_ERROR). The error names `file` and says what went wrong.
std::optional<ExportError> writeWorkbook(const std::filesystem::path& file,
                                         const std::function<lxw_error(lxw_workbook*)>& fill);

}  // namespace tqm::report
