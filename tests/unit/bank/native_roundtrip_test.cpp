#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "bank/native_reader.h"
#include "bank/native_writer.h"
#include "bank_builder.h"
#include "bank_equality.h"
#include "canonical_bank.h"

using tqm::bank::Question;
using tqm::bank::QuestionType;
using tqm::bank::readBankBytes;
using tqm::bank::readBankFile;
using tqm::bank::ReadOptions;
using tqm::bank::writeBankXml;
using tqm::bank::testing::BankBuilder;
using tqm::bank::testing::canonicalBank;
using tqm::bank::testing::checkSameBank;

namespace {

namespace fs = std::filesystem;

std::string readFile(const fs::path& file) {
    std::ifstream stream(file, std::ios::binary);
    std::ostringstream content;
    content << stream.rdbuf();
    return content.str();
}

const fs::path kCanonical = fs::path(TQM_TEST_DATA_DIR) / "banks" / "canonical.xml";
const fs::path kDemo = fs::path(TQM_SOURCE_DIR) / "question-bank" / "banks" / "tqm-demo.xml";

std::string messages(const std::vector<tqm::Diagnostic>& diagnostics) {
    std::string out;
    for (const auto& d : diagnostics) out += tqm::formatDiagnostic(d) + '\n';
    return out;
}

}  // namespace

TEST_CASE("the canonical sample reads as the bank built in code, positions included") {
    const auto result = readBankFile(kCanonical);
    INFO(messages(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    checkSameBank(result.bank, canonicalBank(), true);
}

TEST_CASE("writing a canonical file that was read gives back the same bytes") {
    const fs::path file = GENERATE(kCanonical, kDemo);
    INFO(file.string());
    const auto result = readBankFile(file);
    INFO(messages(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    CHECK(writeBankXml(result.bank) == readFile(file));
}

TEST_CASE("read, write and read again gives an identical bank") {
    const fs::path file = GENERATE(kCanonical, kDemo);
    INFO(file.string());
    const auto first = readBankFile(file);
    REQUIRE(first.ok());
    const auto second = readBankBytes(writeBankXml(first.bank), file.string(), file.parent_path());
    INFO(messages(second.diagnostics));
    REQUIRE(second.diagnostics.empty());
    checkSameBank(first.bank, second.bank, true);
}

TEST_CASE("a bank written by hand with defaults spelled out and loose layout becomes canonical") {
    const std::string handWritten = R"(<?xml version="1.0"?>
<bank  language="zh-CN" version="1" id="loose" format="1" scoring="all-or-nothing">
    <title>
        手写题库
    </title>
    <categories><category title="基础" id="basics"/></categories>
    <questions>
        <true-false answer="false" points="1.0" difficulty="3" category="basics" id="t1">
            <stem>  控制限就是公差限。  </stem>
        </true-false>
        <fill-blank case-sensitive="false" category="basics" id="f1" points="02.50">
            <stem>Cpk 为 ____。</stem>
            <blank tolerance="0.010" number="1.330"></blank>
        </fill-blank>
    </questions>
</bank>
)";
    const auto first = readBankBytes(handWritten, "loose.xml", {});
    INFO(messages(first.diagnostics));
    REQUIRE(first.diagnostics.empty());
    const std::string canonical = writeBankXml(first.bank);
    CHECK(canonical == R"(<?xml version="1.0" encoding="UTF-8"?>
<bank format="1" id="loose" version="1" language="zh-CN">
  <title>手写题库</title>
  <categories>
    <category id="basics" title="基础"/>
  </categories>
  <questions>
    <true-false id="t1" category="basics" answer="false">
      <stem>控制限就是公差限。</stem>
    </true-false>
    <fill-blank id="f1" category="basics" points="2.5">
      <stem>Cpk 为 ____。</stem>
      <blank number="1.33" tolerance="0.01"/>
    </fill-blank>
  </questions>
</bank>
)");
    const auto second = readBankBytes(canonical, "loose.xml", {});
    REQUIRE(second.diagnostics.empty());
    checkSameBank(first.bank, second.bank, false);
    CHECK(writeBankXml(second.bank) == canonical);
}

TEST_CASE("text with markup characters, line breaks and tabs survives a round trip") {
    BankBuilder b;
    b.bank.title = b.bank.keep("A & B <C> \"D\" 'E'");
    b.bank.categories.front().title = b.bank.keep("多行\n标题\t带制表符");
    b.bank.description = b.bank.keep("第一行\n  第二行缩进\n第三行");
    Question& q = b.add(QuestionType::ShortAnswer, "a1", 0, "x < y && y > z\n第二行");
    q.referenceAnswer = b.bank.keep("参考]]>答案");
    q.tags = {b.bank.keep("a&b")};
    b.bank.reindex();
    const auto result = readBankBytes(writeBankXml(b.bank), "escapes.xml", {});
    INFO(messages(result.diagnostics));
    REQUIRE(result.diagnostics.empty());
    checkSameBank(b.bank, result.bank, false);
}
