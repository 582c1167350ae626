#include <catch2/catch.hpp>

#include <filesystem>

#include "bank/native_reader.h"
#include "bank_builder.h"
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

TEST_CASE(
    "a compacted bank keeps one copy of each name its questions repeat, and one of each "
    "text of their own") {
    tqm::bank::testing::BankBuilder builder;
    Bank& bank = builder.bank;
    for (const char* id : {"q1", "q2"}) {
        Question& q = builder.addChoice(QuestionType::SingleChoice, id, 10, "同一题干",
                                        {{"正确", true}, {"错误", false}});
        q.explanation = bank.keep("同一解析");
        q.source = bank.keep("GB/T 19001");
        q.tags = {bank.keep("SPC"), bank.keep("PDCA")};
        q.positions = {bank.keep("班组长")};
        q.images = {bank.keep("images/chart.png")};
    }

    bank.compactText();

    const Question& first = bank.questions[0];
    const Question& second = bank.questions[1];
    // Names: one copy each; a question's category is the tree's own id.
    CHECK(first.category.data() == bank.categories.front().id.data());
    CHECK(second.category.data() == bank.categories.front().id.data());
    CHECK(first.source.data() == second.source.data());
    CHECK(first.tags[0].data() == second.tags[0].data());
    CHECK(first.tags[1].data() == second.tags[1].data());
    CHECK(first.positions[0].data() == second.positions[0].data());
    CHECK(first.images[0].data() == second.images[0].data());
    // Texts of their own are copied for each question even when they are equal.
    CHECK(first.stem == second.stem);
    CHECK(first.stem.data() != second.stem.data());
    CHECK(first.choices[0].text.data() != second.choices[0].text.data());
    CHECK(first.explanation.data() != second.explanation.data());
    CHECK(second.tags == std::vector<std::string_view>{"SPC", "PDCA"});
    CHECK(second.source == "GB/T 19001");
    // The bank's own fields and the tree (9 + 5 + 12 + 5 + 6 + 24 bytes), the names once
    // (10 + 3 + 4 + 9 + 16 bytes), each question's id, stem, options and explanation
    // (2 + 12 + 6 + 6 + 12 bytes, twice).
    CHECK(bank.textStore().bytesKept() == 61 + 42 + 2 * 38);
}
