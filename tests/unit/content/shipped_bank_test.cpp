// The content that ships with the product, checked as a reviewer would: every bank reads clean,
// the course bank is as large and as balanced as promised, every question teaches (解析 and 出处),
// and the demo roster imports whole.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>

#include "bank/native_reader.h"
#include "base/clock.h"
#include "cert/roster_import.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace {

const std::filesystem::path kRepository(TQM_SOURCE_DIR);

// The fifteen courses under content/, each a root category of the course bank.
const std::vector<std::string> kCourses{"tqm-basics",      "pdca",          "old-seven-tools",
                                        "new-seven-tools", "qc-circle",     "spc",
                                        "six-sigma",       "lean",          "excellence",
                                        "iso9001",         "fmea",          "quality-cost",
                                        "reliability",     "quality-brand", "traceability"};

std::string courseOf(std::string_view category) {
    return std::string(category.substr(0, category.find('.')));
}

}  // namespace

TEST_CASE("every bank shipped in question-bank/banks reads with no error and no warning") {
    std::size_t banks = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(kRepository / "question-bank/banks")) {
        if (entry.path().extension() != ".xml") continue;
        ++banks;
        const tqm::bank::ReadResult read = tqm::bank::readBankFile(entry.path());
        INFO(entry.path().string());
        CHECK(read.diagnostics.empty());
    }
    CHECK(banks >= 2);
}

TEST_CASE(
    "the course bank has at least 40 questions per course, every type and a spread of difficulty") {
    const tqm::bank::ReadResult read =
        tqm::bank::readBankFile(kRepository / "question-bank/banks/tqm-knowledge.xml");
    REQUIRE(read.ok());
    const tqm::bank::Bank& bank = read.bank;
    CHECK(bank.questions.size() >= 600);

    std::map<std::string, std::size_t> perCourse;
    std::set<tqm::bank::QuestionType> types;
    std::size_t easy = 0, medium = 0, hard = 0;
    for (const tqm::bank::Question& q : bank.questions) {
        ++perCourse[courseOf(q.category)];
        types.insert(q.type);
        (q.difficulty <= 2 ? easy : q.difficulty == 3 ? medium : hard) += 1;
        INFO("question " << q.id);
        // An essay teaches through its reference answer and grading notes.
        if (q.type == tqm::bank::QuestionType::ShortAnswer)
            CHECK_FALSE(q.referenceAnswer.empty());
        else
            CHECK_FALSE(q.explanation.empty());
        CHECK_FALSE(q.source.empty());
    }
    for (const std::string& course : kCourses) {
        INFO("course " << course);
        CHECK(perCourse[course] >= 40);
        CHECK(bank.findCategory(course) != nullptr);
    }
    CHECK(perCourse.size() == kCourses.size());
    CHECK(types.size() == std::size(tqm::bank::kAllQuestionTypes));

    // About 30 % easy, 50 % medium, 20 % hard.
    const double total = static_cast<double>(bank.questions.size());
    CHECK(easy / total == Approx(0.30).margin(0.05));
    CHECK(medium / total == Approx(0.50).margin(0.05));
    CHECK(hard / total == Approx(0.20).margin(0.05));
}

TEST_CASE("questions name key positions only from the roster's list") {
    const std::set<std::string_view> positions{
        "质量检验员", "班组长",     "生产操作工", "QC小组组长", "SPC工程师",
        "质量工程师", "工艺工程师", "设备维护员", "采购员",     "质量经理"};
    const tqm::bank::ReadResult read =
        tqm::bank::readBankFile(kRepository / "question-bank/banks/tqm-knowledge.xml");
    REQUIRE(read.ok());
    for (const tqm::bank::Question& q : read.bank.questions)
        for (std::string_view position : q.positions) {
            INFO("question " << q.id);
            CHECK(positions.count(position) == 1);
        }
}

TEST_CASE("the demo roster imports 36 fictional people across units and positions") {
    std::ifstream in(kRepository / "content/demo-roster.csv", std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const tqm::FakeClock clock(tqm::fromUnixMillis(1'795'500'000'000));
    tqm::store::OpenResult opened = tqm::store::Database::open(tqm::store::kInMemory, clock);
    REQUIRE(opened.ok());
    tqm::store::PeopleRepository people(*opened.database);
    const tqm::cert::RosterImportResult result =
        tqm::cert::importRoster(bytes, "demo-roster.csv", people);
    CHECK(result.diagnostics.empty());
    CHECK(result.counts.added == 36);

    std::set<std::string> units;
    std::set<std::string> positions;
    for (const tqm::store::Person& person : people.list()) {
        units.insert(person.unit);
        positions.insert(person.positions.begin(), person.positions.end());
    }
    CHECK(units.size() == 7);
    CHECK(positions.size() == 10);
}
