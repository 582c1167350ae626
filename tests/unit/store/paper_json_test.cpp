// A frozen question stored as JSON reads back equal field by field, for every question type, and
// scores exactly as before.
#include <catch2/catch.hpp>

#include "../exam/paper_samples.h"
#include "exam/scoring.h"
#include "store/paper_json.h"

using tqm::bank::QuestionType;
using tqm::exam::PaperQuestion;
using tqm::store::paperQuestionFromJson;
using tqm::store::paperQuestionToJson;
namespace samples = tqm::exam::testing;

namespace {

void requireSameFields(const PaperQuestion& a, const PaperQuestion& b) {
    CHECK(a.bankId == b.bankId);
    CHECK(a.questionId == b.questionId);
    CHECK(a.type == b.type);
    CHECK(a.category == b.category);
    CHECK(a.stem == b.stem);
    REQUIRE(a.options.size() == b.options.size());
    for (std::size_t i = 0; i < a.options.size(); ++i) {
        CHECK(a.options[i].text == b.options[i].text);
        CHECK(a.options[i].correct == b.options[i].correct);
    }
    CHECK(a.correctOrder == b.correctOrder);
    CHECK(a.answerTrue == b.answerTrue);
    REQUIRE(a.blanks.size() == b.blanks.size());
    for (std::size_t i = 0; i < a.blanks.size(); ++i) {
        CHECK(a.blanks[i].accepted == b.blanks[i].accepted);
        CHECK(a.blanks[i].number == b.blanks[i].number);
        CHECK(a.blanks[i].tolerance == b.blanks[i].tolerance);
    }
    CHECK(a.caseSensitive == b.caseSensitive);
    CHECK(a.matchPrompts == b.matchPrompts);
    CHECK(a.matchAnswers == b.matchAnswers);
    CHECK(a.matchKey == b.matchKey);
    CHECK(a.referenceAnswer == b.referenceAnswer);
    CHECK(a.gradingNotes == b.gradingNotes);
    CHECK(a.points == b.points);
    CHECK(a.choiceScoring == b.choiceScoring);
    CHECK(a.orderingScoring == b.orderingScoring);
    CHECK(a.explanation == b.explanation);
    CHECK(a.images == b.images);
}

PaperQuestion roundTrip(const PaperQuestion& q) {
    const auto back = paperQuestionFromJson(paperQuestionToJson(q));
    REQUIRE(back.has_value());
    return *back;
}

}  // namespace

TEST_CASE("every question type reads back from its frozen JSON equal field by field") {
    PaperQuestion single = samples::choiceQuestion(QuestionType::SingleChoice, {false, true});
    single.bankId = "tqm-demo";
    single.stem = "控制图的 \"上控制限\" 是？\n（单选）";
    single.explanation = "UCL = μ + 3σ";
    PaperQuestion multiple =
        samples::choiceQuestion(QuestionType::MultipleChoice, {true, false, true}, 300);
    multiple.choiceScoring = tqm::bank::MultipleChoiceScoring::Partial;
    PaperQuestion blanks = samples::blankQuestion(2, 200);
    blanks.blanks[0] = {{"PDCA", "戴明环"}, std::nullopt, 0.0};
    blanks.blanks[1] = {{}, 0.1, 0.005};
    blanks.caseSensitive = true;
    PaperQuestion essay = samples::essayQuestion(1050);
    essay.referenceAnswer = "整理、整顿、清扫、清洁、素养";
    essay.gradingNotes = "每项 2 分";

    for (const PaperQuestion& q :
         {single, multiple, samples::trueFalseQuestion(true), samples::trueFalseQuestion(false),
          blanks, samples::orderingQuestion(tqm::exam::OrderingScoring::PerPosition),
          samples::orderingQuestion(tqm::exam::OrderingScoring::AllOrNothing),
          samples::matchingQuestion(), essay}) {
        INFO(q.questionId);
        requireSameFields(roundTrip(q), q);
    }
}

TEST_CASE("a question scores the same before and after its JSON round trip") {
    using namespace tqm::exam;
    PaperQuestion blanks = samples::blankQuestion(3, 200);
    blanks.blanks = {
        {{"PDCA"}, std::nullopt, 0.0}, {{"戴明"}, std::nullopt, 0.0}, {{}, 3.14, 0.01}};
    PaperQuestion multiple =
        samples::choiceQuestion(QuestionType::MultipleChoice, {true, false, true, true}, 300);
    multiple.choiceScoring = tqm::bank::MultipleChoiceScoring::Partial;
    const std::pair<PaperQuestion, Answer> cases[] = {
        {multiple, ChoiceAnswer{{0, 2}}},
        {blanks, BlankAnswer{{"pdca", "朱兰", "3.145"}}},
        {samples::orderingQuestion(OrderingScoring::PerPosition), OrderAnswer{{2, 0, 1, 3}}},
        {samples::matchingQuestion(), MatchAnswer{{1, 0, 2}}},
    };
    const QuestionScore expected[] = {
        {200, 300, ScoreStatus::PartiallyCorrect},
        {132, 200, ScoreStatus::PartiallyCorrect},
        {200, 400, ScoreStatus::PartiallyCorrect},
        {200, 300, ScoreStatus::PartiallyCorrect},
    };
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        INFO(cases[i].first.questionId);
        CHECK(score(cases[i].first, cases[i].second) == expected[i]);
        CHECK(score(roundTrip(cases[i].first), cases[i].second) == expected[i]);
    }
}

TEST_CASE("JSON that is not a frozen question reads back as nothing") {
    CHECK_FALSE(paperQuestionFromJson("not json").has_value());
    CHECK_FALSE(paperQuestionFromJson("[1, 2]").has_value());
    CHECK_FALSE(paperQuestionFromJson(R"({"bankId": "b"})").has_value());
    std::string json = paperQuestionToJson(samples::trueFalseQuestion(true));
    json.replace(json.find("\"true-false\""), 12, "\"true-or-no\"");
    CHECK_FALSE(paperQuestionFromJson(json).has_value());
}

TEST_CASE("a frozen question's images read back from its JSON with their paths and digests") {
    PaperQuestion figure = samples::choiceQuestion(QuestionType::MultipleChoice, {true, false});
    figure.images = {
        {"/srv/题库/images/pareto-welding-defects.png", std::string(64, 'c')},
        {"/srv/题库/images/missing.png", ""},
    };
    const PaperQuestion back = roundTrip(figure);
    REQUIRE(back.images.size() == 2);
    CHECK(back.images[0].path == "/srv/题库/images/pareto-welding-defects.png");
    CHECK(back.images[0].sha256 == std::string(64, 'c'));
    CHECK(back.images[1].path == "/srv/题库/images/missing.png");
    CHECK(back.images[1].sha256.empty());
    CHECK_THAT(
        paperQuestionToJson(figure),
        Catch::Contains(R"("images":[{"path":"/srv/题库/images/pareto-welding-defects.png")"));
}

TEST_CASE("a question without images writes no images field, as papers stored earlier have none") {
    const std::string json = paperQuestionToJson(samples::trueFalseQuestion(true));
    CHECK(json.find("images") == std::string::npos);
}

TEST_CASE("a frozen question stored before images were kept reads back with no images") {
    // Written by the program before figures were frozen: every field but "images".
    const std::string old =
        R"({"answerTrue":true,"bankId":"tqm-demo","blanks":[],"caseSensitive":false,)"
        R"("category":"basics.pdca","choiceScoring":"all-or-nothing","correctOrder":[],)"
        R"("explanation":"标准化巩固成果。","gradingNotes":"","matchAnswers":[],"matchKey":[],)"
        R"("matchPrompts":[],"options":[],"orderingScoring":"all-or-nothing","points":200,)"
        R"("questionId":"pdca-004","referenceAnswer":"","stem":"如图所示……","type":"true-false"})";
    const auto back = paperQuestionFromJson(old);
    REQUIRE(back.has_value());
    CHECK(back->questionId == "pdca-004");
    CHECK(back->answerTrue);
    CHECK(back->points == 200);
    CHECK(back->images.empty());
}

TEST_CASE("a damaged images field makes the row unreadable rather than silently empty") {
    std::string json = paperQuestionToJson(samples::trueFalseQuestion(true));
    json.insert(json.size() - 1, R"(,"images":[{"path":"a.png"}])");
    CHECK_FALSE(paperQuestionFromJson(json).has_value());
}
