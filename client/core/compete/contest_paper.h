// The hash that identifies a paper as it was shown, the same on every workstation: SHA-256 over
// each frozen question (store/paper_json.h) in seq order, one per line. A figure counts by its
// file name and the digest of its bytes, not by the folder the bank happens to sit in, so two
// machines with the bank in different places agree.
#pragma once

#include <span>
#include <string>

#include "exam/paper_question.h"

namespace tqm::compete {

// Lower-case hex, 64 characters.
std::string paperSha256(std::span<const exam::PaperQuestion> paper);

}  // namespace tqm::compete
