// Moodle XML import of the real files from Moodle's own test suite, read in place.
#include <catch2/catch.hpp>

#include "bank/interchange/common/stable_hash.h"
#include "bank/interchange/moodle/moodle_xml.h"
#include "moodle_test_support.h"

using namespace tqm;
using namespace tqm::bank;
using tqm::bank::testing::codesOf;
using tqm::bank::testing::readMoodleFixture;

namespace {

bool isJpeg(const std::string& bytes) {
    return bytes.rfind("\xFF\xD8\xFF", 0) == 0;
}

std::string derivedId(std::string_view categoryPath, std::string_view name) {
    return "moodle-" +
           sha256Hex(std::string(categoryPath) + "\n" + std::string(name)).substr(0, 10);
}

}  // namespace

TEST_CASE("truefalse.xml gives two true/false questions with their answers and four images each") {
    const ImportResult r = importMoodleXml(readMoodleFixture("truefalse.xml"), "truefalse.xml");
    CHECK(r.diagnostics.empty());
    CHECK(r.imported == 2);
    CHECK(r.rejected == 0);

    REQUIRE(r.bank.categories.size() == 1);
    const Category& root = r.bank.categories[0];
    CHECK(root.id == "default-for-testhead");
    CHECK(root.title == "Default for testhead");
    REQUIRE(root.children.size() == 1);
    CHECK(root.children[0].id == "default-for-testhead.truefalse");
    CHECK(root.children[0].title == "TrueFalse");
    CHECK(root.children[0].pos.line == 4);
    CHECK(root.children[0].pos.column == 3);

    REQUIRE(r.bank.questions.size() == 2);
    const Question& no = r.bank.questions[0];
    const Question& yes = r.bank.questions[1];
    const std::string noId = derivedId("/Default for testhead/TrueFalse", "Moodle acronym (False)");
    CHECK(no.id == noId);
    CHECK(no.id == "moodle-" + noId.substr(7));
    CHECK(no.id.size() == 17);
    CHECK(yes.id == derivedId("/Default for testhead/TrueFalse", "Moodle acronym (True)"));
    CHECK(no.type == QuestionType::TrueFalse);
    CHECK_FALSE(no.answerTrue);
    CHECK(yes.answerTrue);
    CHECK(no.title == "Moodle acronym (False)");
    CHECK(no.category == "default-for-testhead.truefalse");
    // The source has a no-break space before the logo and a plain space after it; the logo is
    // not part of the text, and the spaces around it become one.
    CHECK(no.stem ==
          "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Education.");
    CHECK(yes.stem ==
          "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment.");
    CHECK(no.explanation == "For further information, see the documentation about Moodle.");
    CHECK(no.points == 1.0);
    CHECK(no.difficulty == 3);
    CHECK(no.pos.line == 12);
    CHECK(no.pos.column == 3);
    CHECK(yes.pos.line == 40);

    const std::string folder = "images/" + noId + "/";
    REQUIRE(no.images.size() == 4);
    CHECK(no.images[0] == folder + "logo.jpg");
    CHECK(no.images[1] == folder + "infos.jpg");
    CHECK(no.images[2] == folder + "thumbdown.jpg");
    CHECK(no.images[3] == folder + "thumbup.jpg");
    REQUIRE(yes.images.size() == 4);
    CHECK(yes.images[2].ends_with("/thumbup.jpg"));

    REQUIRE(r.files.size() == 8);
    const std::size_t sizes[] = {898, 700, 599, 18063, 898, 700, 18063, 599};
    for (std::size_t i = 0; i < r.files.size(); ++i) {
        INFO(r.files[i].relativePath);
        CHECK(r.files[i].relativePath == std::string((i < 4 ? no : yes).images[i % 4]));
        CHECK(isJpeg(r.files[i].bytes));
        CHECK(r.files[i].bytes.size() == sizes[i]);
    }
}

TEST_CASE("multichoice.xml gives a single choice with French correct and skips the mp3") {
    const ImportResult r = importMoodleXml(readMoodleFixture("multichoice.xml"), "multichoice.xml");
    CHECK(r.imported == 1);
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.type == QuestionType::SingleChoice);
    CHECK(q.title == "Greeting");
    CHECK(q.category == "default-for-testhead.multichoice");
    CHECK(q.stem == "Listen to this greeting:\n\nWhat language is being spoken?");
    REQUIRE(q.choices.size() == 4);
    CHECK(q.choices[0].text == "English");
    CHECK(q.choices[1].text == "French");
    CHECK(q.choices[2].text == "German");
    CHECK(q.choices[3].text == "Danish");
    CHECK_FALSE(q.choices[0].correct);
    CHECK(q.choices[1].correct);
    CHECK_FALSE(q.choices[2].correct);
    CHECK_FALSE(q.choices[3].correct);
    REQUIRE(q.images.size() == 4);
    CHECK(q.images[0].ends_with("/flag-uk.jpg"));
    CHECK(q.images[3].ends_with("/flag-denmark.jpg"));
    CHECK(r.files.size() == 4);

    REQUIRE(r.diagnostics.size() == 1);
    const Diagnostic& d = r.diagnostics[0];
    CHECK(d.file == "multichoice.xml");
    CHECK(d.line == 12);
    CHECK(d.column == 3);
    CHECK(d.severity == Severity::Warning);
    CHECK(d.code == "moodle-file-not-image");
    CHECK(d.message ==
          "question \"Greeting\": embedded file \"bonjour.mp3\" is not an image; it was not "
          "imported");
}

TEST_CASE("a category's idnumber becomes its id and the $module$ prefix is dropped") {
    const ImportResult r = importMoodleXml(readMoodleFixture("category_with_description.xml"),
                                           "category_with_description.xml");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].id == "alpha-idnumber");
    CHECK(r.bank.categories[0].title == "Alpha");
    CHECK(r.bank.categories[0].children.empty());
    REQUIRE(r.bank.questions.size() == 1);
    const Question& q = r.bank.questions[0];
    CHECK(q.category == "alpha-idnumber");
    CHECK(q.title == "Alpha Question");
    CHECK(q.stem == "Testing Alpha Question");
    CHECK(q.type == QuestionType::TrueFalse);
    CHECK(q.answerTrue);
    CHECK(q.explanation.empty());
}

TEST_CASE("export_category.xml: the $course$ prefix is dropped and an empty idnumber is no id") {
    const ImportResult r =
        importMoodleXml(readMoodleFixture("export_category.xml"), "export_category.xml");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].id == "alpha-idnumber");
    CHECK(r.bank.categories[0].title == "Alpha");
    REQUIRE(r.bank.questions.size() == 1);
    CHECK(r.bank.questions[0].id == derivedId("/Alpha", "Alpha Question"));
    CHECK(r.bank.questions[0].category == "alpha-idnumber");
}

TEST_CASE("nested category paths build a tree and questions go to the latest category") {
    const ImportResult r =
        importMoodleXml(readMoodleFixture("nested_categories_with_questions.xml"), "nested.xml");
    CHECK(r.diagnostics.empty());
    REQUIRE(r.bank.categories.size() == 1);
    const Category& iota = r.bank.categories[0];
    CHECK(iota.id == "iota");
    REQUIRE(iota.children.size() == 2);
    const Category& kappa = iota.children[0];
    CHECK(kappa.id == "iota.kappa");
    CHECK(kappa.title == "Kappa");
    REQUIRE(kappa.children.size() == 1);
    CHECK(kappa.children[0].id == "iota.kappa.lambda");
    CHECK(kappa.children[0].title == "Lambda");
    CHECK(iota.children[1].id == "iota.mu");

    REQUIRE(r.bank.questions.size() == 5);
    CHECK(r.bank.questions[0].category == "iota");
    CHECK(r.bank.questions[1].category == "iota.kappa");
    CHECK(r.bank.questions[2].category == "iota.kappa");
    CHECK(r.bank.questions[3].category == "iota.kappa.lambda");
    CHECK(r.bank.questions[4].category == "iota.mu");

    const Question& essay = r.bank.questions[1];
    CHECK(essay.type == QuestionType::ShortAnswer);
    CHECK(essay.title == "Kappa Essay Question");
    CHECK(essay.stem == "Testing Kappa Essay Question");
    CHECK(essay.gradingNotes.empty());
    CHECK(essay.referenceAnswer.empty());
    CHECK(essay.pos.line == 55);
    CHECK(essay.id == derivedId("/Iota/Kappa", "Kappa Essay Question"));
}

TEST_CASE("every broken cloze question is rejected with its reason and none is imported") {
    const ImportResult r = importMoodleXml(readMoodleFixture("broken_cloze_questions.xml"),
                                           "broken_cloze_questions.xml");
    CHECK(r.imported == 0);
    CHECK(r.rejected == 5);
    CHECK(r.bank.questions.empty());
    REQUIRE(r.diagnostics.size() == 5);
    const std::uint32_t lines[] = {4, 20, 36, 52, 68};
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(r.diagnostics[i].code == "moodle-cloze-rejected");
        CHECK(r.diagnostics[i].severity == Severity::Error);
        CHECK(r.diagnostics[i].line == lines[i]);
        CHECK(r.diagnostics[i].column == 3);
    }
    const std::string prefix = "the cloze question cannot be imported: ";
    CHECK(r.diagnostics[0].message ==
          "question \"Multianswer question without subquestions\": " + prefix +
              "it has no embedded answers; Moodle requires at least one, such as "
              "{1:SHORTANSWER:=answer}");
    CHECK(r.diagnostics[1].message ==
          "question \"Multichoice subquestion without choices\": " + prefix +
              "embedded answer 1 ({1:MULTICHOICE}) lists no answers");
    CHECK(r.diagnostics[2].message ==
          "question \"Multichoice subquestion with only one choice\": " + prefix +
              "embedded answer 1 is a MULTICHOICE menu with only one choice; Moodle requires at "
              "least two");
    CHECK(r.diagnostics[3].message ==
          "question \"Multichoice subquestion with no completely correct answer\": " + prefix +
              "embedded answer 1 has no answer worth 100%; Moodle requires one");
    CHECK(r.diagnostics[4].message ==
          "question \"Numerical subquestion with buggy answer\": " + prefix +
              "embedded answer 1 is numerical but \"zero\" is not a "
              "number");
}

TEST_CASE("a file that is not UTF-8 is refused with the position of the first bad byte") {
    const std::string gbk = "<?xml version=\"1.0\"?>\n<quiz>\n<!-- \xD6\xCA\xC1\xBF -->\n</quiz>\n";
    const ImportResult r = importMoodleXml(gbk, "gbk.xml");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == "not-utf8");
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].column == 6);
    CHECK(r.diagnostics[0].message ==
          "the file is not UTF-8 (byte 0xD6 starts no UTF-8 character) and looks GBK-encoded; "
          "convert it with `iconv -f GBK -t UTF-8 IN > OUT` or export it from Moodle again: "
          "Moodle itself always writes UTF-8");
}

TEST_CASE("XML that is not well-formed and a root other than quiz are reported") {
    SECTION("not well-formed") {
        const ImportResult r =
            importMoodleXml("<quiz>\n  <question type=\"truefalse\">\n</quiz>", "broken.xml");
        CHECK(codesOf(r.diagnostics) == std::vector<std::string>{"not-well-formed"});
        CHECK(r.diagnostics[0].line == 3);
        CHECK(r.diagnostics[0].message ==
              "the file is not well-formed XML: Start-end tags mismatch");
    }
    SECTION("wrong root") {
        const ImportResult r = importMoodleXml("<?xml version=\"1.0\"?>\n<bank/>\n", "bank.xml");
        CHECK(codesOf(r.diagnostics) == std::vector<std::string>{"wrong-root"});
        CHECK(r.diagnostics[0].line == 2);
        CHECK(r.diagnostics[0].column == 1);
        CHECK(r.diagnostics[0].message ==
              "the root element is <bank>; a Moodle XML file starts with <quiz>");
    }
}
