// Entry points of the native reader: the bytes' encoding, then the model, read straight from the
// text by the streaming path (native_stream_reader.h) or, when that path refuses the file, from
// pugixml's document (see native_reader_context.h for why the parse is done the way it is), then
// the validator and the index.
#include "bank/native_reader.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <new>
#include <optional>

#include <pugixml.hpp>

#include "bank/native_reader_context.h"
#include "bank/native_reader_paths.h"
#include "bank/native_reader_split.h"
#include "bank/native_stream_reader.h"
#include "bank/validator.h"
#include "base/byte_buffer.h"
#include "base/encoding_check.h"
#include "base/line_index.h"
#include "base/utf8.h"

namespace tqm::bank {

namespace {

// Reports a file that is not UTF-8; true when the bytes can be parsed.
bool checkEncoding(std::string_view bytes, DiagnosticSink& sink) {
    return reportIfNotUtf8(bytes, "save it as UTF-8 in your editor", sink);
}

bool isUtf8Name(std::string_view name) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    return lower == "utf-8" || lower == "utf8";
}

std::string describeParseError(const pugi::xml_parse_result& parsed) {
    std::string description = parsed.description();
    if (!description.empty() && description.front() >= 'A' && description.front() <= 'Z')
        description.front() = static_cast<char>(description.front() + 32);
    return "the file is not well-formed XML: " + description;
}

// The checks of the document's top level, then the bank itself.
void readRoot(const pugi::xml_document& document, reader::ReaderContext& context,
              const reader::SplitDocument* split) {
    pugi::xml_node root;
    for (pugi::xml_node node = document.first_child(); node; node = node.next_sibling()) {
        if (node.type() == pugi::node_declaration) {
            const pugi::xml_attribute encoding = node.attribute("encoding");
            if (encoding && !isUtf8Name(encoding.value()))
                context.error(encoding.name(), "encoding-declared",
                              "the XML declaration names encoding " +
                                  reader::quoted(encoding.value()) +
                                  ", but bank files are UTF-8; declare encoding=\"UTF-8\"");
        } else if (node.type() == pugi::node_element) {
            if (root)
                context.unknownElement(node, reader::Record{}, "after the <bank> element");
            else
                root = node;
        }
    }
    if (std::string_view(root.name()) != "bank") {
        std::string message = "the root element is <" + std::string(root.name()) +
                              ">, but a bank file's root element is <bank>";
        if (std::string_view(root.name()) == "quiz")
            message +=
                "; this looks like Moodle XML: import it with \"tqm bank import --from "
                "moodle\"";
        context.error(root.name() - 1, "wrong-root", std::move(message));
        return;
    }
    reader::readBankElement(root, context, split);
}

// Parses and reads the document; false when a split parse was refused after writing to the
// bytes, which must then be read again from an intact copy without trying to split.
bool readDocument(char* data, reader::SourceScan& scan, ReadResult& result,
                  const std::string& fileName, bool trySplit, QuestionHashes* hashes) {
    const std::string_view text = scan.text;
    const std::size_t size = text.size();
    reader::ReaderContext context(scan, result.bank, result.diagnostics, fileName);
    context.setQuestionHashes(hashes);
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    if (std::all_of(text.begin(), text.end(), isSpace)) {
        context.error(SourcePos{1, 1}, "not-well-formed",
                      "the file is empty; a bank file holds one <bank> element");
        return true;
    }
    if (trySplit && size >= reader::kParallelBytes) {
        auto split = std::make_unique<reader::SplitDocument>();
        switch (reader::parseSplit(data, size, *split)) {
            case reader::SplitOutcome::Spoiled:
                return false;
            case reader::SplitOutcome::Split:
                scan.outline = split->outlineBytes.get();
                scan.outlineHead = split->headSize;
                scan.outlineTail = split->tailOffset;
                scan.outlineSize = size - split->tailOffset + split->headSize;
                readRoot(split->outline, context, split.get());
                // Names and values read from the outline are views into it.
                result.bank.textStore().adopt(std::move(split->outlineBytes));
                return true;
            case reader::SplitOutcome::NotSplit:
                break;
        }
    }
    pugi::xml_document document;
    const pugi::xml_parse_result parsed =
        document.load_buffer_inplace(data, size, reader::kParseFlags, pugi::encoding_utf8);
    if (parsed.status == pugi::status_no_document_element) {
        // pugixml points at the end of the file; the first thing that is not XML says more.
        const std::size_t first = text.find_first_not_of(" \t\r\n");
        context.error(data + first, "not-well-formed",
                      "the file holds no XML element; a bank file holds one <bank> element");
        return true;
    }
    if (!parsed) {
        context.error(data + parsed.offset, "not-well-formed", describeParseError(parsed));
        return true;
    }
    readRoot(document, context, nullptr);
    return true;
}

enum class Paths { Both, StreamingOnly, DocumentOnly };

// Reads a bank from `buffer`, which it keeps, into the empty `result`; false as readDocument().
// `source`, unless empty, holds the bytes still to be copied into the buffer. `refused` is set
// when `paths` is StreamingOnly and the streaming path refused the text.
bool readBuffer(ByteBuffer buffer, std::size_t size, std::string_view source,
                const std::string& fileName, const std::filesystem::path& baseDir,
                const ReadOptions& options, bool trySplit, ReadResult& result,
                Paths paths = Paths::Both, bool* refused = nullptr) {
    // The bank keeps the buffer: every text field is a view into it.
    char* data = result.bank.textStore().adopt(std::move(buffer));
    const std::string_view bytes(data, size);
    if (size < reader::kParallelBytes && !source.empty()) {
        std::memcpy(data, source.data(), size);
        source = {};
    }
    // Until the scan has copied them, the bytes are read from the source.
    const std::string_view original = source.empty() ? bytes : source;
    const std::size_t bomSize = original.size() - withoutBom(original).size();
    std::memcpy(data, original.data(), bomSize);
    const std::string_view text = bytes.substr(bomSize);
    char* textData = data + bomSize;
    DiagnosticSink sink(result.diagnostics, fileName);
    std::optional<reader::SourceScan> scan;
    bool utf8 = false;
    if (text.size() >= reader::kParallelBytes) {
        // Each thread copies (when there is a source), checks and scans half of the text. The
        // halves meet after a line break, so no character straddles them; when either is not
        // UTF-8 the whole is checked again for the report.
        const std::string_view originalText = original.substr(bomSize);
        const char* copyFrom = source.empty() ? nullptr : originalText.data();
        const std::size_t cut = originalText.find('\n', text.size() / 2) + 1;  // 0: no line break
        std::optional<reader::SourceScan> rest;
        runConcurrently(
            [&] {
                if (cut != 0) rest.emplace(text, cut, text.size(), copyFrom);
            },
            [&] { scan.emplace(text, 0, cut == 0 ? text.size() : cut, copyFrom); });
        if (rest) scan->append(*rest);
        utf8 = scan->validUtf8 || checkEncoding(bytes, sink);
    } else if ((utf8 = checkEncoding(bytes, sink))) {
        scan.emplace(text);
    }
    if (!utf8) return true;
    QuestionHashes hashes;
    QuestionHashes* wanted = options.validate ? &hashes : nullptr;
    // A NUL byte ends pugixml's parse wherever it stands; only the document path reports that.
    const bool streamed = paths != Paths::DocumentOnly && !scan->hasNul &&
                          reader::streamBank(*scan, result.bank, wanted);
    if (!streamed) {
        if (paths == Paths::StreamingOnly) {
            *refused = true;
            return true;
        }
        reader::clearModel(result.bank);
        hashes = QuestionHashes{};
        if (!readDocument(textData, *scan, result, fileName, trySplit, wanted)) return false;
    }

    if (options.validate) {
        const ValidationContext context{
            fileName, options.checkImageFiles ? baseDir : std::filesystem::path{}};
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
    return true;
}

// The whole file in a buffer of its own, or the reason it could not be read.
ByteBuffer loadFile(const std::filesystem::path& file, std::size_t& size,
                    std::vector<Diagnostic>& problems) {
    const std::string fileName = file.string();
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    const std::streamoff length = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    if (length < 0) {
        problems.push_back({fileName, 0, 0, Severity::Error, "cannot-read",
                            "the file cannot be opened for reading"});
        return nullptr;
    }
    ByteBuffer buffer = allocateByteBuffer(static_cast<std::size_t>(length));
    if (!buffer) throw std::bad_alloc();
    in.seekg(0);
    if (!in.read(buffer.get(), length)) {
        problems.push_back(
            {fileName, 0, 0, Severity::Error, "cannot-read", "the file could not be read"});
        return nullptr;
    }
    size = static_cast<std::size_t>(length);
    return buffer;
}

ByteBuffer allocate(std::size_t size) {
    ByteBuffer buffer = allocateByteBuffer(size);
    if (!buffer) throw std::bad_alloc();
    return buffer;
}

}  // namespace

ReadResult readBankFile(const std::filesystem::path& file, const ReadOptions& options) {
    std::filesystem::path baseDir = file.parent_path();
    if (baseDir.empty()) baseDir = ".";
    ReadResult result;
    // A refused split has written to the buffer; the file is read again for the single parse.
    for (const bool trySplit : {true, false}) {
        result = ReadResult{};  // frees a refused attempt's buffer before the next is read
        std::size_t size = 0;
        ByteBuffer buffer = loadFile(file, size, result.diagnostics);
        if (!buffer) return result;
        if (readBuffer(std::move(buffer), size, {}, file.string(), baseDir, options, trySplit,
                       result))
            break;
    }
    return result;
}

ReadResult readBankBytes(std::string_view bytes, std::string fileName,
                         const std::filesystem::path& baseDir, const ReadOptions& options) {
    ReadResult result;
    // The parse works in place, so it needs its own copy of the bytes, and a refused split a
    // second one.
    if (!readBuffer(allocate(bytes.size()), bytes.size(), bytes, fileName, baseDir, options, true,
                    result)) {
        result = ReadResult{};  // frees the refused attempt's buffer before the second copy
        readBuffer(allocate(bytes.size()), bytes.size(), bytes, fileName, baseDir, options, false,
                   result);
    }
    return result;
}

namespace reader {

std::optional<ReadResult> readBankBytesBy(ReaderPath path, std::string_view bytes,
                                          std::string fileName,
                                          const std::filesystem::path& baseDir,
                                          const ReadOptions& options) {
    if (path == ReaderPath::Streaming) {
        ReadResult result;
        bool refused = false;
        readBuffer(allocate(bytes.size()), bytes.size(), bytes, fileName, baseDir, options, false,
                   result, Paths::StreamingOnly, &refused);
        if (refused) return std::nullopt;
        return result;
    }
    ReadResult result;
    if (!readBuffer(allocate(bytes.size()), bytes.size(), bytes, fileName, baseDir, options, true,
                    result, Paths::DocumentOnly)) {
        result = ReadResult{};
        readBuffer(allocate(bytes.size()), bytes.size(), bytes, fileName, baseDir, options, false,
                   result, Paths::DocumentOnly);
    }
    return result;
}

}  // namespace reader

}  // namespace tqm::bank
