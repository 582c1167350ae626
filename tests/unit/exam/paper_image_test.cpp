// A frozen question keeps its figures' paths resolved against the bank's folder and the SHA-256
// of each file as it was when the paper was made.
#include <catch2/catch.hpp>

#include <filesystem>

#include "../bank/bank_builder.h"
#include "../store/store_test_support.h"
#include "exam/paper_image.h"
#include "exam/paper_question.h"

using tqm::bank::QuestionType;
using tqm::bank::testing::BankBuilder;
using tqm::exam::freezeImage;
using tqm::exam::freezeQuestion;
using tqm::exam::PaperImage;
using tqm::exam::PaperQuestion;
using tqm::storetest::TempFolder;
using tqm::storetest::writeBytes;

namespace {

// FIPS 180-2's first test vector: the SHA-256 of "abc".
const std::string kAbcSha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

// A bank folder with images/figure.png holding the bytes "abc".
struct BankFolder {
    BankFolder() {
        std::filesystem::create_directories(folder / "images");
        writeBytes(figure(), "abc");
    }
    std::filesystem::path figure() const { return (folder.path() / "images" / "figure.png"); }
    TempFolder folder;
};

}  // namespace

TEST_CASE("freezing a question with an image records the resolved path and the file's SHA-256") {
    BankFolder bank;
    PaperQuestion paper;
    {
        BankBuilder b;
        auto& q = b.addChoice(QuestionType::SingleChoice, "sc-fig", 10, "如图，主要因素是？",
                              {{"虚焊", true}, {"气孔", false}});
        q.images = {b.bank.keep("images/figure.png"), b.bank.keep("images/missing.png")};
        paper = freezeQuestion("tqm-demo", q, {}, {}, bank.folder.path());
    }
    REQUIRE(paper.images.size() == 2);
    CHECK(paper.images[0] == PaperImage{bank.figure().string(), kAbcSha});
    // A figure missing when the paper was made keeps where it was looked for, with no digest.
    CHECK(paper.images[1] ==
          PaperImage{(bank.folder.path() / "images" / "missing.png").string(), ""});
}

TEST_CASE("a question without images freezes none") {
    BankFolder bank;
    BankBuilder b;
    auto& q = b.add(QuestionType::TrueFalse, "tf-1", 10, "质量是制造出来的。");
    CHECK(freezeQuestion("bank", q, {}, {}, bank.folder.path()).images.empty());
}

TEST_CASE("an image path written with backslashes or dots resolves to the same normalised file") {
    BankFolder bank;
    CHECK(freezeImage("images\\figure.png", bank.folder.path()) ==
          PaperImage{bank.figure().string(), kAbcSha});
    CHECK(freezeImage("./images/../images/figure.png", bank.folder.path()) ==
          PaperImage{bank.figure().string(), kAbcSha});
}

TEST_CASE("an image path that leaves the bank's folder is kept as written and never read") {
    BankFolder bank;
    const std::filesystem::path inside = bank.folder.path() / "bank";
    std::filesystem::create_directories(inside);
    // The file exists one folder up, but a bank may only show files of its own folder.
    CHECK(freezeImage("../images/figure.png", inside) == PaperImage{"../images/figure.png", ""});
    CHECK(freezeImage(bank.figure().string(), inside) == PaperImage{bank.figure().string(), ""});
    CHECK(freezeImage("C:/images/figure.png", inside) == PaperImage{"C:/images/figure.png", ""});
}

TEST_CASE("without the bank's folder an image keeps its relative path and no digest") {
    CHECK(freezeImage("images/figure.png", {}) == PaperImage{"images/figure.png", ""});
}

TEST_CASE("a relative bank folder is made absolute, so the path still holds elsewhere") {
    BankFolder bank;
    const std::filesystem::path before = std::filesystem::current_path();
    std::filesystem::current_path(bank.folder.path());
    const PaperImage image = freezeImage("images/figure.png", ".");
    std::filesystem::current_path(before);
    CHECK(image == PaperImage{bank.figure().string(), kAbcSha});
}
