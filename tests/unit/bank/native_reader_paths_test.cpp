// The native reader's two paths (bank/native_stream_reader.h) give the same bank and the same
// diagnostics for every XML file in the repository and the shared fixtures, for variants of the
// banks among them that change their bytes but not their meaning, and for a bank large enough
// to be read in two halves; and reading each of them to keep (readBankFileToKeep) gives what
// reading it and compacting its text gives (reader_paths_support.h).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "reader_paths_support.h"

namespace {

namespace fs = std::filesystem;
using tqm::bank::testing::checkBothPaths;

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Every .xml file under `root`, outside build folders and version control.
std::vector<fs::path> xmlFilesUnder(const fs::path& root) {
    std::vector<fs::path> files;
    if (!fs::is_directory(root)) return files;
    for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
         ++it) {
        const std::string name = it->path().filename().string();
        if (it->is_directory() && (name.starts_with("build") || name.starts_with("."))) {
            it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file() && it->path().extension() == ".xml") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<fs::path> everyXmlFile() {
    std::vector<fs::path> files = xmlFilesUnder(TQM_SOURCE_DIR);
    const std::vector<fs::path> fixtures = xmlFilesUnder(TQM_FIXTURES_DIR);
    files.insert(files.end(), fixtures.begin(), fixtures.end());
    return files;
}

bool isNativeBank(const std::string& bytes) {
    return bytes.find("<bank") != std::string::npos &&
           bytes.find("format=\"1\"") != std::string::npos;
}

std::string replaceAll(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// Changes of bytes that a bank's author could make without meaning anything else.
const std::vector<std::pair<std::string, std::function<std::string(const std::string&)>>>
    kVariants = {
        {"CR LF line ends", [](const std::string& t) { return replaceAll(t, "\n", "\r\n"); }},
        {"a byte order mark", [](const std::string& t) { return "\xEF\xBB\xBF" + t; }},
        {"comments and processing instructions between lines",
         [](const std::string& t) {
             return replaceAll(t, ">\n", "><!-- 注释 - 说明 --><?tqm note?>\n");
         }},
        {"character references for Chinese and ASCII",
         [](const std::string& t) {
             return replaceAll(replaceAll(t, "质量", "&#36136;&#x91CF;"), "PDCA", "&#80;DCA");
         }},
        {"single-quoted attributes with spaces around '='",
         [](const std::string& t) {
             static const std::regex attribute("([a-z-]+)=\"([^\"<']*)\"");
             return std::regex_replace(t, attribute, "$1 = '$2'");
         }},
        {"stems in CDATA sections beside text",
         [](const std::string& t) {
             return replaceAll(replaceAll(t, "<stem>", "<stem> 题：<![CDATA[ "), "</stem>",
                               " ]]>\t</stem >");
         }},
        {"tabs and line breaks inside attribute values",
         [](const std::string& t) { return replaceAll(t, "title=\"", "title=\"\t\r\n"); }},
};

}  // namespace

TEST_CASE("both reader paths give the same result for every XML file in the repository") {
    std::set<std::string> streamed;
    std::size_t banks = 0;
    for (const fs::path& file : everyXmlFile()) {
        INFO(file.string());
        const std::string bytes = readFile(file);
        banks += isNativeBank(bytes) ? 1 : 0;
        if (checkBothPaths(bytes, file.string(), file.parent_path()))
            streamed.insert(fs::relative(file, TQM_SOURCE_DIR).generic_string());
    }
    CHECK(banks >= 20);
    // Clean banks are read by the streaming path, problems or not in what the validator checks.
    for (const char* clean :
         {"question-bank/banks/tqm-demo.xml", "question-bank/banks/tqm-knowledge.xml",
          "tests/data/banks/canonical.xml", "tests/data/banks/reader/full.xml",
          "tests/data/cli/clean.xml", "tests/data/banks/schema/invalid-duplicate-question-id.xml",
          "tests/data/banks/schema/invalid-unknown-category.xml"}) {
        INFO(clean);
        CHECK(streamed.count(clean) == 1);
    }
    // Files with problems the reader itself reports are left to the document path.
    for (const char* refused :
         {"tests/data/banks/reader/truncated.xml", "tests/data/banks/reader/problems.xml",
          "tests/data/banks/schema/invalid-unknown-element.xml",
          "tests/data/banks/schema/invalid-format-version.xml"}) {
        INFO(refused);
        CHECK(streamed.count(refused) == 0);
    }
}

TEST_CASE("both reader paths give the same result for byte-level variants of every bank") {
    std::size_t streamed = 0, compared = 0;
    for (const fs::path& file : everyXmlFile()) {
        const std::string bytes = readFile(file);
        if (!isNativeBank(bytes)) continue;
        for (const auto& [name, change] : kVariants) {
            INFO(file.string() << " with " << name);
            ++compared;
            streamed += checkBothPaths(change(bytes), file.string(), file.parent_path()) ? 1 : 0;
        }
    }
    // Most variants of clean banks stay clean.
    CHECK(compared >= 20 * kVariants.size());
    CHECK(streamed >= 8 * kVariants.size());
}

TEST_CASE("both reader paths give the same result for thousands of small corruptions of a bank") {
    const fs::path file = fs::path(TQM_TEST_DATA_DIR) / "banks" / "reader" / "full.xml";
    const std::string original = readFile(file);
    REQUIRE(original.size() > 1000);
    std::uint64_t state = 20261124;
    const auto random = [&](std::size_t bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((state >> 33) % bound);
    };
    constexpr std::string_view kMarkup = "<>&;\"'/=-![]? \r\n\t#x";
    std::size_t streamed = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string bytes = original;
        const std::size_t at = random(bytes.size());
        switch (random(4)) {
            case 0:  // a byte deleted
                bytes.erase(at, 1);
                break;
            case 1:  // a markup character inserted
                bytes.insert(at, 1, kMarkup[random(kMarkup.size())]);
                break;
            case 2:  // a piece of the bank repeated elsewhere
                bytes.insert(at, original.substr(random(original.size()), 1 + random(40)));
                break;
            default:  // a piece deleted
                bytes.erase(at, 1 + random(40));
        }
        INFO("round " << round);
        streamed += checkBothPaths(bytes, file.string(), file.parent_path()) ? 1 : 0;
    }
    // Many corruptions land in text or leave a valid bank with other content.
    CHECK(streamed >= 1000);
}

TEST_CASE("both reader paths give the same result for corruptions near where a large bank is cut") {
    std::string questions;
    for (int i = 1; i <= 6000; ++i)
        questions +=
            "    <single-choice id=\"q" + std::to_string(i) + "\" category=\"c\"><stem>第" +
            std::to_string(i) +
            "题：质量管理体系的基础是什么？</stem><option correct=\"true\">过程方法</option>"
            "<option>检验</option><!-- 注释 --><![CDATA[]]></single-choice>\n";
    const std::string original =
        "<bank format=\"1\" id=\"t\" version=\"1\" language=\"zh-CN\">\n  <title>大</title>\n"
        "  <categories><category id=\"c\" title=\"类\"/></categories>\n  <questions>\n" +
        questions + "  </questions>\n</bank>\n";
    const std::size_t middle = original.size() / 2;
    std::uint64_t state = 7;
    const auto random = [&](std::size_t bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((state >> 33) % bound);
    };
    constexpr std::string_view kMarkup = "<>&\"/-![]";
    for (int round = 0; round < 40; ++round) {
        std::string bytes = original;
        // Around the middle, where the halves meet, or at either end of <questions>.
        const std::size_t around[] = {middle, original.find("<questions>") + 11,
                                      original.rfind("</questions>")};
        const std::size_t at = std::min(
            std::max<std::size_t>(around[round % 3], 300) - 300 + random(600), bytes.size() - 1);
        if (random(2) == 0)
            bytes.erase(at, 1 + random(20));
        else
            bytes.insert(at, 1, kMarkup[random(kMarkup.size())]);
        INFO("round " << round << " at " << at);
        checkBothPaths(bytes, "large.xml");
    }
}
