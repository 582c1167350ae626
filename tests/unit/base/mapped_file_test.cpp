#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/mapped_file.h"
#include "base/text_store.h"

namespace fs = std::filesystem;

namespace {

fs::path writeFile(const std::string& name, const std::string& bytes) {
    const fs::path folder = fs::temp_directory_path() / "tqm-unit-mapped-file";
    fs::create_directories(folder);
    const fs::path file = folder / name;
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
    return file;
}

}  // namespace

TEST_CASE("a mapped file reads as the file's bytes, before and after its pages are handed back") {
    std::string bytes;
    for (int i = 0; bytes.size() < 300000; ++i) bytes += "第" + std::to_string(i) + "行\n";
    const auto mapped = tqm::MappedFile::open(writeFile("lines.txt", bytes));
    REQUIRE(mapped.has_value());
    CHECK(mapped->bytes() == bytes);
    // Pages are handed back from the first whole page on; none before `from`.
    const std::size_t end = mapped->release(100, 200000);
    CHECK(end > 100);
    CHECK(end <= 200000);
    CHECK(mapped->release(end, end + 1) == end);  // less than a page: nothing handed back
    CHECK(mapped->release(0, bytes.size()) >= end);
    CHECK(mapped->bytes() == bytes);
}

TEST_CASE("an empty or missing file is not mapped, so that it is read the ordinary way") {
    CHECK_FALSE(tqm::MappedFile::open(writeFile("empty.txt", "")).has_value());
    CHECK_FALSE(tqm::MappedFile::open(fs::temp_directory_path() / "tqm-no-such-file.xml"));
}

TEST_CASE("a text store that absorbs another keeps every view into both valid") {
    tqm::TextStore store;
    tqm::TextStore other;
    const std::string_view mine = store.keep("质量");
    const std::string_view theirs = other.keep("管理");
    store.absorb(std::move(other));
    CHECK(mine == "质量");
    CHECK(theirs == "管理");
    CHECK(store.bytesKept() == 12);
    CHECK(other.bytesKept() == 0);
    CHECK(store.keep("体系") == "体系");
    CHECK(store.bytesKept() == 18);
}
