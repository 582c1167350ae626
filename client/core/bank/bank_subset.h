// Part of a bank as a bank of its own, for exporting one category.
#pragma once

#include <string_view>

#include "bank/bank.h"

namespace tqm::bank {

// A copy of `bank` holding only the questions of category `categoryId` and its descendants, with
// the category tree cut down to that category and the categories above it.
Bank bankSubset(const Bank& bank, std::string_view categoryId);

}  // namespace tqm::bank
