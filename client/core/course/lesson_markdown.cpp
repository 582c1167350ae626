#include "course/lesson_markdown.h"

#include <md4c-html.h>
#include <md4c.h>

namespace tqm::course {

namespace {

// What the md4c callbacks collect while the lesson is parsed.
struct OutlineParse {
    std::string_view text;
    LineIndex lines;
    LessonOutline outline;
    bool firstBlockSeen = false;
    bool inTitle = false;
    std::size_t lastOffset = 0;  // of the last text md4c reported from the lesson itself

    bool inText(const char* at) const {
        return at >= text.data() && at < text.data() + text.size();
    }
};

int enterBlock(MD_BLOCKTYPE type, void* detail, void* data) {
    auto& parse = *static_cast<OutlineParse*>(data);
    if (type == MD_BLOCK_DOC || parse.firstBlockSeen) return 0;
    parse.firstBlockSeen = true;
    if (type == MD_BLOCK_H && static_cast<MD_BLOCK_H_DETAIL*>(detail)->level == 1) {
        parse.inTitle = true;
        parse.outline.title = std::string();
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void*, void* data) {
    auto& parse = *static_cast<OutlineParse*>(data);
    if (type == MD_BLOCK_H) parse.inTitle = false;
    return 0;
}

int enterSpan(MD_SPANTYPE type, void* detail, void* data) {
    auto& parse = *static_cast<OutlineParse*>(data);
    if (type != MD_SPAN_IMG) return 0;
    const MD_ATTRIBUTE& src = static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src;
    // md4c points into the lesson for a path without escapes; otherwise the image is placed at
    // the last text read, which is on the same line.
    const std::size_t offset = parse.inText(src.text)
                                   ? static_cast<std::size_t>(src.text - parse.text.data())
                                   : parse.lastOffset;
    parse.outline.images.push_back(
        {std::string(src.text ? src.text : "", src.size), parse.lines.position(offset)});
    return 0;
}

int leaveSpan(MD_SPANTYPE, void*, void*) {
    return 0;
}

int readText(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* data) {
    auto& parse = *static_cast<OutlineParse*>(data);
    if (parse.inText(text)) parse.lastOffset = static_cast<std::size_t>(text - parse.text.data());
    if (!parse.inTitle) return 0;
    if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR)
        *parse.outline.title += ' ';
    else
        parse.outline.title->append(text, size);
    return 0;
}

std::string percentDecoded(std::string_view text) {
    const auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

// md4c-html writes an image's path URL-escaped, with & as &amp;; this undoes both.
std::string renderedPath(std::string_view rendered) {
    std::string unescaped;
    for (std::size_t i = 0; i < rendered.size(); ++i) {
        unescaped += rendered[i];
        if (rendered.substr(i, 5) == "&amp;") i += 4;
    }
    return unescaped;
}

void appendOutput(const MD_CHAR* text, MD_SIZE size, void* data) {
    static_cast<std::string*>(data)->append(text, size);
}

}  // namespace

unsigned lessonParserFlags() {
    return MD_FLAG_TABLES | MD_FLAG_NOHTML;
}

LessonOutline outlineLesson(std::string_view markdown) {
    OutlineParse parse{markdown, LineIndex(markdown), {}};
    MD_PARSER parser{};
    parser.flags = lessonParserFlags();
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = readText;
    md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &parse);
    return std::move(parse.outline);
}

std::optional<std::filesystem::path> imageFile(std::string_view src,
                                               const std::filesystem::path& lessonFolder,
                                               const std::filesystem::path& courseFolder) {
    const std::string path = percentDecoded(src);
    if (path.empty() || path.find(':') != std::string::npos || path.front() == '/' ||
        path.front() == '\\')
        return std::nullopt;
    const std::filesystem::path file = (lessonFolder / path).lexically_normal();
    const std::filesystem::path inside = file.lexically_relative(courseFolder.lexically_normal());
    if (inside.empty() || *inside.begin() == "..") return std::nullopt;
    return file;
}

std::string fileUrl(const std::filesystem::path& file) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    const std::string path = file.generic_string();
    std::string url = path.starts_with('/') ? "file://" : "file:///";
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                           c == '/' || c == ':';
        if (plain) {
            url += c;
        } else {
            url += '%';
            url += kHex[byte >> 4];
            url += kHex[byte & 0xF];
        }
    }
    return url;
}

std::string lessonHtml(std::string_view markdown, const std::filesystem::path& lessonFolder,
                       const std::filesystem::path& courseFolder) {
    std::string rendered;
    md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), appendOutput, &rendered,
            lessonParserFlags(), 0);
    // Raw HTML is off, so every "<img src=" in the output is an image md4c wrote.
    static constexpr std::string_view kImage = "<img src=\"";
    std::string html;
    std::size_t done = 0;
    for (std::size_t at = rendered.find(kImage); at != std::string::npos;
         at = rendered.find(kImage, done)) {
        const std::size_t begin = at + kImage.size();
        const std::size_t end = rendered.find('"', begin);
        html.append(rendered, done, begin - done);
        const std::string written = rendered.substr(begin, end - begin);
        const std::optional<std::filesystem::path> file =
            imageFile(renderedPath(written), lessonFolder, courseFolder);
        html += file ? fileUrl(std::filesystem::absolute(*file).lexically_normal()) : written;
        done = end;
    }
    html.append(rendered, done);
    return html;
}

}  // namespace tqm::course
