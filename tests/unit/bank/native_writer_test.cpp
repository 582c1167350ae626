#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "bank/native_writer.h"
#include "bank_builder.h"
#include "canonical_bank.h"

using tqm::bank::Blank;
using tqm::bank::Question;
using tqm::bank::QuestionType;
using tqm::bank::writeBankFile;
using tqm::bank::writeBankXml;
using tqm::bank::testing::BankBuilder;
using tqm::bank::testing::canonicalBank;

namespace {

std::string readFile(const std::filesystem::path& file) {
    std::ifstream stream(file, std::ios::binary);
    std::ostringstream content;
    content << stream.rdbuf();
    return content.str();
}

}  // namespace

TEST_CASE("a bank built in code is written exactly as the canonical sample file") {
    CHECK(writeBankXml(canonicalBank()) ==
          readFile(std::filesystem::path(TQM_TEST_DATA_DIR) / "banks" / "canonical.xml"));
}

TEST_CASE("default attributes and empty optional elements are left out") {
    BankBuilder b;
    b.add(QuestionType::TrueFalse, "t1", 0, "甲");
    Question& mc =
        b.addChoice(QuestionType::MultipleChoice, "m1", 0, "乙", {{"一", true}, {"二", true}});
    mc.scoring = tqm::bank::MultipleChoiceScoring::Partial;
    b.add(QuestionType::FillBlank, "f1", 0, "丙").blanks = {b.blank({"丁"})};
    CHECK(writeBankXml(b.bank) == R"(<?xml version="1.0" encoding="UTF-8"?>
<bank format="1" id="test-bank" version="1.0.0" language="zh-CN">
  <title>测试题库</title>
  <categories>
    <category id="basics" title="全面质量管理基础"/>
  </categories>
  <questions>
    <true-false id="t1" category="basics" answer="false">
      <stem>甲</stem>
    </true-false>
    <multiple-choice id="m1" category="basics" scoring="partial">
      <stem>乙</stem>
      <option correct="true">一</option>
      <option correct="true">二</option>
    </multiple-choice>
    <fill-blank id="f1" category="basics">
      <stem>丙</stem>
      <blank><accept>丁</accept></blank>
    </fill-blank>
  </questions>
</bank>
)");
}

TEST_CASE("a bank without categories or questions is written with an empty question list") {
    BankBuilder b;
    b.bank.categories.clear();
    CHECK(writeBankXml(b.bank) == R"(<?xml version="1.0" encoding="UTF-8"?>
<bank format="1" id="test-bank" version="1.0.0" language="zh-CN">
  <title>测试题库</title>
  <questions/>
</bank>
)");
}

TEST_CASE("markup characters are escaped and characters XML cannot carry are left out") {
    BankBuilder b;
    b.bank.title = b.bank.keep("A & B <C> \"D\"");
    b.bank.categories.front().title = b.bank.keep("a\"b&c<d>\tline\nnext\r");
    Question& q = b.add(QuestionType::ShortAnswer, "a<1>", 0, "x < y && y > z\r\nend\x01\x1f");
    q.referenceAnswer = b.bank.keep("\"quoted\" 'single'");
    CHECK(writeBankXml(b.bank) == R"(<?xml version="1.0" encoding="UTF-8"?>
<bank format="1" id="test-bank" version="1.0.0" language="zh-CN">
  <title>A &amp; B &lt;C&gt; "D"</title>
  <categories>
    <category id="basics" title="a&quot;b&amp;c&lt;d>&#9;line&#10;next&#13;"/>
  </categories>
  <questions>
    <short-answer id="a&lt;1>" category="basics">
      <stem>x &lt; y &amp;&amp; y &gt; z&#13;
end</stem>
      <reference>"quoted" 'single'</reference>
    </short-answer>
  </questions>
</bank>
)");
}

TEST_CASE("points and numbers are written as the shortest plain decimal") {
    const auto [value, text] = GENERATE(table<double, std::string>({{0.5, "0.5"},
                                                                    {2.25, "2.25"},
                                                                    {10.0, "10"},
                                                                    {0.0, "0"},
                                                                    {0.1, "0.1"},
                                                                    {1e-7, "0.0000001"},
                                                                    {123456789.0, "123456789"}}));
    BankBuilder b;
    Blank number;
    number.number = value;
    number.tolerance = value;
    Question& q = b.add(QuestionType::FillBlank, "f1", 0, "____");
    q.points = value;
    q.blanks = {number};
    const std::string xml = writeBankXml(b.bank);
    CHECK_THAT(xml, Catch::Contains("category=\"basics\" points=\"" + text + "\">"));
    if (value == 0.0)
        CHECK_THAT(xml, Catch::Contains("<blank number=\"0\"/>"));
    else
        CHECK_THAT(xml,
                   Catch::Contains("<blank number=\"" + text + "\" tolerance=\"" + text + "\"/>"));
}

TEST_CASE("writing a bank file replaces the file and leaves no temporary file behind") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "tqm-writer-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path file = dir / "bank.xml";
    std::ofstream(file) << "old content";

    BankBuilder b;
    CHECK(writeBankFile(b.bank, file).empty());
    CHECK(readFile(file) == writeBankXml(b.bank));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}

TEST_CASE("writing into a folder that does not exist reports the file and the reason") {
    namespace fs = std::filesystem;
    const fs::path file = fs::temp_directory_path() / "tqm-no-such-folder" / "bank.xml";
    BankBuilder b;
    CHECK(writeBankFile(b.bank, file) ==
          "cannot write " + file.string() + ".tmp: No such file or directory");
    CHECK_FALSE(fs::exists(file.parent_path()));
}
