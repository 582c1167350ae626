// Reading a native bank with one of the reader's two paths only (native_stream_reader.h), for
// the tests that hold them to the same results. Internal to the native reader and its tests.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "bank/native_reader.h"

namespace tqm::bank::reader {

enum class ReaderPath {
    Streaming,  // the text read straight into the model
    Document,   // pugixml's document, then the model from it
};

// As readBankBytes(), by `path` alone; nullopt when the streaming path refuses the bytes (the
// reader would then have used the document path).
std::optional<ReadResult> readBankBytesBy(ReaderPath path, std::string_view bytes,
                                          std::string fileName,
                                          const std::filesystem::path& baseDir,
                                          const ReadOptions& options = {});

}  // namespace tqm::bank::reader
