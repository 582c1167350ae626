// The one check every reader of user files makes first: is it UTF-8? Files saved on Chinese
// Windows are often GBK (or UTF-16 from Excel's "Unicode text"); the user is told which, where the
// first bad byte is, and how to convert it, in the same words whatever the file is.
#pragma once

#include <string_view>

#include "base/diagnostic.h"

namespace tqm {

// Reports one "not-utf8" error when `bytes` (after any UTF-8 byte order mark) are not UTF-8, at
// the line and column of the first bad byte. `saveAsAdvice` tells how to save UTF-8 in the program
// that made the file, e.g. "save it as UTF-8 in your editor". Returns true when the bytes are
// UTF-8.
bool reportIfNotUtf8(std::string_view bytes, std::string_view saveAsAdvice, DiagnosticSink& sink);

}  // namespace tqm
