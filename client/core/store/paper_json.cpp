#include "store/paper_json.h"

#include <nlohmann/json.hpp>

namespace tqm::store {

namespace {

using nlohmann::json;

std::string_view orderingName(exam::OrderingScoring scoring) {
    return scoring == exam::OrderingScoring::AllOrNothing ? "all-or-nothing" : "per-position";
}

json blankToJson(const exam::PaperBlank& blank) {
    json out = {{"accepted", blank.accepted}, {"tolerance", blank.tolerance}};
    out["number"] = blank.number ? json(*blank.number) : json(nullptr);
    return out;
}

exam::PaperBlank blankFromJson(const json& in) {
    exam::PaperBlank blank;
    blank.accepted = in.at("accepted").get<std::vector<std::string>>();
    if (!in.at("number").is_null()) blank.number = in.at("number").get<double>();
    blank.tolerance = in.at("tolerance").get<double>();
    return blank;
}

json imagesToJson(const std::vector<exam::PaperImage>& images) {
    json out = json::array();
    for (const exam::PaperImage& image : images)
        out.push_back({{"path", image.path}, {"sha256", image.sha256}});
    return out;
}

std::vector<exam::PaperImage> imagesFromJson(const json& in) {
    std::vector<exam::PaperImage> images;
    for (const json& image : in)
        images.push_back(
            {image.at("path").get<std::string>(), image.at("sha256").get<std::string>()});
    return images;
}

}  // namespace

std::string paperQuestionToJson(const exam::PaperQuestion& q) {
    json options = json::array();
    for (const exam::PaperOption& option : q.options)
        options.push_back({{"text", option.text}, {"correct", option.correct}});
    json blanks = json::array();
    for (const exam::PaperBlank& blank : q.blanks) blanks.push_back(blankToJson(blank));
    json out = {
        {"bankId", q.bankId},
        {"questionId", q.questionId},
        {"type", bank::typeName(q.type)},
        {"category", q.category},
        {"stem", q.stem},
        {"options", options},
        {"correctOrder", q.correctOrder},
        {"answerTrue", q.answerTrue},
        {"blanks", blanks},
        {"caseSensitive", q.caseSensitive},
        {"matchPrompts", q.matchPrompts},
        {"matchAnswers", q.matchAnswers},
        {"matchKey", q.matchKey},
        {"referenceAnswer", q.referenceAnswer},
        {"gradingNotes", q.gradingNotes},
        {"points", q.points},
        {"choiceScoring", bank::scoringName(q.choiceScoring)},
        {"orderingScoring", orderingName(q.orderingScoring)},
        {"explanation", q.explanation},
    };
    // Written only when there are figures, so papers without any read as they always did.
    if (!q.images.empty()) out["images"] = imagesToJson(q.images);
    return out.dump();
}

std::optional<exam::PaperQuestion> paperQuestionFromJson(std::string_view text) {
    const json in = json::parse(text, nullptr, false);
    if (in.is_discarded() || !in.is_object()) return std::nullopt;
    try {
        exam::PaperQuestion q;
        q.bankId = in.at("bankId").get<std::string>();
        q.questionId = in.at("questionId").get<std::string>();
        const auto type = bank::typeFromName(in.at("type").get<std::string>());
        const auto choiceScoring = bank::scoringFromName(in.at("choiceScoring").get<std::string>());
        const std::string ordering = in.at("orderingScoring").get<std::string>();
        if (!type || !choiceScoring || (ordering != "all-or-nothing" && ordering != "per-position"))
            return std::nullopt;
        q.type = *type;
        q.choiceScoring = *choiceScoring;
        q.orderingScoring = ordering == "all-or-nothing" ? exam::OrderingScoring::AllOrNothing
                                                         : exam::OrderingScoring::PerPosition;
        q.category = in.at("category").get<std::string>();
        q.stem = in.at("stem").get<std::string>();
        for (const json& option : in.at("options"))
            q.options.push_back(
                {option.at("text").get<std::string>(), option.at("correct").get<bool>()});
        q.correctOrder = in.at("correctOrder").get<std::vector<std::size_t>>();
        q.answerTrue = in.at("answerTrue").get<bool>();
        for (const json& blank : in.at("blanks")) q.blanks.push_back(blankFromJson(blank));
        q.caseSensitive = in.at("caseSensitive").get<bool>();
        q.matchPrompts = in.at("matchPrompts").get<std::vector<std::string>>();
        q.matchAnswers = in.at("matchAnswers").get<std::vector<std::string>>();
        q.matchKey = in.at("matchKey").get<std::vector<std::size_t>>();
        q.referenceAnswer = in.at("referenceAnswer").get<std::string>();
        q.gradingNotes = in.at("gradingNotes").get<std::string>();
        q.points = in.at("points").get<exam::Centipoints>();
        q.explanation = in.at("explanation").get<std::string>();
        // Papers frozen before figures were kept have no "images".
        if (const auto images = in.find("images"); images != in.end())
            q.images = imagesFromJson(*images);
        return q;
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

}  // namespace tqm::store
