// A blueprint (组卷规则): how a paper is put together from one bank. Read from an XML file beside
// the banks (question-bank/README.md, "组卷规则 Blueprints"; schema/blueprint.xsd) by
// blueprint_reader.h, checked against its bank and turned into papers by paper_assembly.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "bank/question.h"
#include "exam/paper_question.h"
#include "exam/points.h"

namespace tqm::exam {

// Draws `count` questions of the section's type that match every filter given.
struct DrawRule {
    std::size_t count = 0;
    std::string category;  // empty: the whole bank
    bool includeSubCategories = true;
    int minDifficulty = 1;  // 1..5, inclusive
    int maxDifficulty = 5;
    std::vector<std::string> tags;       // when not empty, a question needs any one of them
    std::vector<std::string> positions;  // when not empty, a question needs any one of them
    bank::SourcePos pos;                 // of the <draw> element in the blueprint file

    bool hasDifficultyRange() const { return minDifficulty != 1 || maxDifficulty != 5; }
};

struct FixedQuestion {
    std::string questionId;
    bank::SourcePos pos;
};

// One part of the paper (一、单选题): questions of one type, each worth the same points.
struct BlueprintSection {
    std::string title;
    bank::QuestionType type = bank::QuestionType::SingleChoice;
    Centipoints pointsPerQuestion = 0;
    std::vector<FixedQuestion> fixed;  // shown first, in this order (unless shuffled)
    std::vector<DrawRule> rules;       // run in this order, each from what earlier ones left
    bank::SourcePos pos;

    std::size_t questionCount() const;
    Centipoints totalPoints() const { return pointsPerQuestion * Centipoints(questionCount()); }
};

enum class PaperMode : std::uint8_t {
    SamePaper,  // every seat gets the paper of the exam's seed (competitions)
    PerPerson,  // each person's paper comes from seedForPerson(exam seed, 工号)
};

struct BlueprintOptions {
    // Prefer questions the person did not see in their last K attempts; 0 turns it off.
    std::uint32_t avoidRecentAttempts = 0;
    bool shuffleQuestions = false;  // within each section
    bool shuffleOptions = false;    // choice options; ordering items and matching answers always
    PaperMode mode = PaperMode::SamePaper;
    OrderingScoring orderingScoring = OrderingScoring::AllOrNothing;
};

struct Blueprint {
    std::string fileName;  // the file diagnostics about this blueprint name
    std::string id;
    std::string title;
    std::string bankId;  // the bank it draws from
    std::string description;
    BlueprintOptions options;
    std::vector<BlueprintSection> sections;  // in paper order
    bank::SourcePos pos;                     // of the <blueprint> element

    std::size_t questionCount() const;
    Centipoints totalPoints() const;
};


// What a rule draws, for messages: "category tools (with sub-categories), type 单选, difficulty
// 2-4, tags 控制图 or 排列图, positions 班组长".
std::string describeRule(const DrawRule& rule, bank::QuestionType type);

std::string_view paperModeName(PaperMode mode);                 // "same" / "per-person"
std::string_view orderingScoringName(OrderingScoring scoring);  // "all-or-nothing" / "per-position"

}  // namespace tqm::exam
