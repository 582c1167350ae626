// GIFT (https://docs.moodle.org/en/GIFT_format) import.
#pragma once

#include <string>
#include <string_view>

#include "bank/interchange/import_result.h"

namespace tqm::bank {

ImportResult importGift(std::string_view bytes, std::string fileName);

}  // namespace tqm::bank
