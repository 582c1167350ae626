// Entry points of the native reader: the bytes' encoding, the XML parse, then the model (see
// native_reader_context.h for why the parse is done the way it is), the validator and the index.
#include "bank/native_reader.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>

#include <pugixml.hpp>

#include "bank/native_reader_context.h"
#include "bank/validator.h"
#include "base/encoding_check.h"
#include "base/line_index.h"
#include "base/utf8.h"

namespace tqm::bank {

namespace {

// Escapes and end-of-line handling stay off: the reader decodes the few values that need it, so
// the buffer keeps the author's bytes and positions stay exact (native_reader_context.h).
constexpr unsigned int kParseFlags = pugi::parse_cdata | pugi::parse_embed_pcdata |
                                     pugi::parse_trim_pcdata | pugi::parse_declaration;

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

void readDocument(char* data, reader::SourceScan& scan, ReadResult& result,
                  const std::string& fileName) {
    const std::string_view text = scan.text;
    const std::size_t size = text.size();
    reader::ReaderContext context(scan, result.bank, result.diagnostics, fileName);
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    if (std::all_of(text.begin(), text.end(), isSpace)) {
        context.error(SourcePos{1, 1}, "not-well-formed",
                      "the file is empty; a bank file holds one <bank> element");
        return;
    }
    pugi::xml_document document;
    const pugi::xml_parse_result parsed =
        document.load_buffer_inplace(data, size, kParseFlags, pugi::encoding_utf8);
    if (parsed.status == pugi::status_no_document_element) {
        // pugixml points at the end of the file; the first thing that is not XML says more.
        const std::size_t first = text.find_first_not_of(" \t\r\n");
        context.error(data + first, "not-well-formed",
                      "the file holds no XML element; a bank file holds one <bank> element");
        return;
    }
    if (!parsed) {
        context.error(data + parsed.offset, "not-well-formed", describeParseError(parsed));
        return;
    }
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
    reader::readBankElement(root, context);
}

ReadResult readBuffer(std::unique_ptr<char[]> buffer, std::size_t size, std::string fileName,
                      const std::filesystem::path& baseDir, const ReadOptions& options) {
    ReadResult result;
    // The bank keeps the buffer: every text field is a view into it.
    char* data = result.bank.textStore().adopt(std::move(buffer));
    const std::string_view bytes(data, size);
    const std::string_view text = withoutBom(bytes);
    char* textData = data + (bytes.size() - text.size());
    DiagnosticSink sink(result.diagnostics, fileName);
    // The scan only reads the buffer, so it can overlap the encoding check on large files.
    std::optional<reader::SourceScan> scan;
    bool utf8 = false;
    if (text.size() >= reader::kParallelBytes) {
        runConcurrently([&] { scan.emplace(text); }, [&] { utf8 = checkEncoding(bytes, sink); });
    } else if ((utf8 = checkEncoding(bytes, sink))) {
        scan.emplace(text);
    }
    if (!utf8) return result;
    readDocument(textData, *scan, result, fileName);

    if (options.validate) {
        const ValidationContext context{
            fileName, options.checkImageFiles ? baseDir : std::filesystem::path{}};
        validateBank(result.bank, context, result.diagnostics);
    }
    result.bank.reindex();
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return a.line != b.line ? a.line < b.line : a.column < b.column;
                     });
    return result;
}

}  // namespace

ReadResult readBankFile(const std::filesystem::path& file, const ReadOptions& options) {
    const std::string fileName = file.string();
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    if (size < 0) {
        ReadResult result;
        result.diagnostics.push_back({fileName, 0, 0, Severity::Error, "cannot-read",
                                      "the file cannot be opened for reading"});
        return result;
    }
    auto buffer = std::make_unique_for_overwrite<char[]>(static_cast<std::size_t>(size));
    in.seekg(0);
    if (!in.read(buffer.get(), size)) {
        ReadResult result;
        result.diagnostics.push_back(
            {fileName, 0, 0, Severity::Error, "cannot-read", "the file could not be read"});
        return result;
    }
    std::filesystem::path baseDir = file.parent_path();
    if (baseDir.empty()) baseDir = ".";
    return readBuffer(std::move(buffer), static_cast<std::size_t>(size), fileName, baseDir,
                      options);
}

ReadResult readBankBytes(std::string_view bytes, std::string fileName,
                         const std::filesystem::path& baseDir, const ReadOptions& options) {
    // The parse works in place, so it needs its own copy of the bytes.
    auto buffer = std::make_unique_for_overwrite<char[]>(bytes.size());
    if (!bytes.empty()) std::memcpy(buffer.get(), bytes.data(), bytes.size());
    return readBuffer(std::move(buffer), bytes.size(), std::move(fileName), baseDir, options);
}

}  // namespace tqm::bank
