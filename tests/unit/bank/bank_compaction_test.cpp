#include <catch2/catch.hpp>

#include <filesystem>

#include "bank/native_reader.h"
#include "bank_equality.h"

using namespace tqm::bank;

namespace {
const std::filesystem::path kRepository(TQM_SOURCE_DIR);
}

TEST_CASE("a compacted bank has every field as before, its lookups work, and it holds less") {
    // The shipped bank has every question type, categories three deep, tags, sources and images.
    const std::filesystem::path file =
        kRepository / "question-bank" / "banks" / "tqm-knowledge.xml";
    const ReadResult original = readBankFile(file);
    REQUIRE(original.ok());
    ReadResult compacted = readBankFile(file);
    Bank& bank = compacted.bank;

    bank.compactText();

    tqm::bank::testing::checkSameBank(bank, original.bank, true);
    // Only the text is kept, in 64 KiB blocks: less than the file, whose bytes the reader kept.
    CHECK(bank.textStore().bytesHeld() < std::filesystem::file_size(file));
    REQUIRE(bank.findQuestion(original.bank.questions.back().id) == &bank.questions.back());
    CHECK(bank.findCategory(original.bank.categories.front().id) == &bank.categories.front());
    CHECK(bank.categoryPath(bank.questions.front().category) ==
          original.bank.categoryPath(original.bank.questions.front().category));
}

TEST_CASE("a compacted bank no longer points into the storage it was read into") {
    ReadResult read =
        readBankFile(kRepository / "tests" / "data" / "gui" / "basic" / "tqm-basic.xml");
    REQUIRE(read.ok());
    Bank copy = read.bank;  // shares the storage, which must outlive the compaction
    read.bank.compactText();
    REQUIRE(read.bank.questions.size() == copy.questions.size());
    for (std::size_t i = 0; i < copy.questions.size(); ++i) {
        const Question& compacted = read.bank.questions[i];
        const Question& shared = copy.questions[i];
        INFO("question " << shared.id);
        CHECK(compacted.stem == shared.stem);
        CHECK(compacted.stem.data() != shared.stem.data());
        CHECK(compacted.id.data() != shared.id.data());
    }
    CHECK(read.bank.title == copy.title);
    CHECK(read.bank.title.data() != copy.title.data());
}
