// readBankFileToKeep: the streaming path over a mapped file, copying each question's text out of
// the file as it is read (see native_stream_reader.h), with today's read and compaction as the
// fallback for every file the streaming path refuses.
#include <algorithm>
#include <optional>

#include "bank/native_reader.h"
#include "bank/native_stream_reader.h"
#include "bank/validator.h"
#include "base/concurrency.h"
#include "base/mapped_file.h"
#include "base/utf8.h"

namespace tqm::bank {

namespace {

// The scan of the text before it is read, on two threads for a large file, as readBankFile()
// scans it; the pages scanned are handed back as the scan moves on.
void scanMapped(std::string_view text, const MappedFile& mapped,
                std::optional<reader::SourceScan>& scan) {
    if (text.size() < reader::kParallelBytes) {
        scan.emplace(text, 0, text.size(), nullptr, &mapped);
        return;
    }
    const std::size_t cut = text.find('\n', text.size() / 2) + 1;  // 0: no line break
    std::optional<reader::SourceScan> rest;
    runConcurrently(
        [&] {
            if (cut != 0) rest.emplace(text, cut, text.size(), nullptr, &mapped);
        },
        [&] { scan.emplace(text, 0, cut == 0 ? text.size() : cut, nullptr, &mapped); });
    if (rest) scan->append(*rest);
}

// The bank read to keep; nullopt when the streaming path cannot read the file (it cannot be
// mapped, is not UTF-8, or holds anything the reader would report).
std::optional<ReadResult> streamToKeep(const std::filesystem::path& file,
                                       const std::filesystem::path& baseDir,
                                       const ReadOptions& options) {
    std::optional<MappedFile> mapped = MappedFile::open(file);
    if (!mapped) return std::nullopt;
    ReadResult result;
    QuestionHashes hashes;
    QuestionHashes* wanted = options.validate ? &hashes : nullptr;
    {
        std::optional<reader::SourceScan> scan;
        scanMapped(withoutBom(mapped->bytes()), *mapped, scan);
        // A file that is not UTF-8 or holds a NUL byte is reported by the document path.
        if (!scan->validUtf8 || scan->hasNul ||
            !reader::streamBank(*scan, result.bank, wanted, true))
            return std::nullopt;
    }
    mapped.reset();  // nothing points into the file any more
    if (options.validate) {
        const ValidationContext context{
            file.string(), options.checkImageFiles ? baseDir : std::filesystem::path{}};
        FirstIndexTable questionIndex;
        validateBank(result.bank, context, result.diagnostics, questionIndex, &hashes);
        result.bank.reindex(std::move(questionIndex));
    } else {
        result.bank.reindex();
    }
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    return result;
}

}  // namespace

ReadResult readBankFileToKeep(const std::filesystem::path& file, const ReadOptions& options) {
    std::filesystem::path baseDir = file.parent_path();
    if (baseDir.empty()) baseDir = ".";
    if (std::optional<ReadResult> kept = streamToKeep(file, baseDir, options))
        return std::move(*kept);
    ReadResult result = readBankFile(file, options);
    result.bank.compactText();
    return result;
}

}  // namespace tqm::bank
