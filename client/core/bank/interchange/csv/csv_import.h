// CSV import from the spreadsheet template documented in question-bank/README.md.
#pragma once

#include <string>
#include <string_view>

#include "bank/interchange/import_result.h"

namespace tqm::bank {

ImportResult importCsv(std::string_view bytes, std::string fileName);

}  // namespace tqm::bank
