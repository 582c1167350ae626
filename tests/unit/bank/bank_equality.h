// Field-by-field comparison of two banks for round-trip tests, reporting the first difference
// with the question it belongs to.
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "bank/bank.h"

namespace tqm::bank::testing {

inline void checkSameCategories(const std::vector<Category>& a, const std::vector<Category>& b,
                                bool comparePositions) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        INFO("category " << a[i].id);
        CHECK(a[i].id == b[i].id);
        CHECK(a[i].title == b[i].title);
        if (comparePositions) {
            CHECK(a[i].pos.line == b[i].pos.line);
            CHECK(a[i].pos.column == b[i].pos.column);
        }
        checkSameCategories(a[i].children, b[i].children, comparePositions);
    }
}

inline void checkSameQuestion(const Question& a, const Question& b, bool comparePositions) {
    INFO("question " << a.id);
    CHECK(a.id == b.id);
    CHECK(a.type == b.type);
    CHECK(a.category == b.category);
    CHECK(a.title == b.title);
    CHECK(a.difficulty == b.difficulty);
    CHECK(a.points == b.points);
    CHECK(a.scoring == b.scoring);
    CHECK(a.stem == b.stem);
    REQUIRE(a.choices.size() == b.choices.size());
    for (std::size_t i = 0; i < a.choices.size(); ++i) {
        CHECK(a.choices[i].text == b.choices[i].text);
        CHECK(a.choices[i].correct == b.choices[i].correct);
    }
    CHECK(a.answerTrue == b.answerTrue);
    REQUIRE(a.blanks.size() == b.blanks.size());
    for (std::size_t i = 0; i < a.blanks.size(); ++i) {
        CHECK(a.blanks[i].accepted == b.blanks[i].accepted);
        CHECK(a.blanks[i].number == b.blanks[i].number);
        CHECK(a.blanks[i].tolerance == b.blanks[i].tolerance);
    }
    CHECK(a.caseSensitive == b.caseSensitive);
    REQUIRE(a.pairs.size() == b.pairs.size());
    for (std::size_t i = 0; i < a.pairs.size(); ++i) {
        CHECK(a.pairs[i].prompt == b.pairs[i].prompt);
        CHECK(a.pairs[i].answer == b.pairs[i].answer);
    }
    CHECK(a.referenceAnswer == b.referenceAnswer);
    CHECK(a.gradingNotes == b.gradingNotes);
    CHECK(a.explanation == b.explanation);
    CHECK(a.source == b.source);
    CHECK(a.tags == b.tags);
    CHECK(a.positions == b.positions);
    CHECK(a.images == b.images);
    if (comparePositions) {
        CHECK(a.pos.line == b.pos.line);
        CHECK(a.pos.column == b.pos.column);
    }
}

// Positions are compared only when both banks were read from the same text.
inline void checkSameBank(const Bank& a, const Bank& b, bool comparePositions) {
    CHECK(a.id == b.id);
    CHECK(a.version == b.version);
    CHECK(a.title == b.title);
    CHECK(a.language == b.language);
    CHECK(a.organization == b.organization);
    CHECK(a.description == b.description);
    CHECK(a.scoring == b.scoring);
    checkSameCategories(a.categories, b.categories, comparePositions);
    REQUIRE(a.questions.size() == b.questions.size());
    for (std::size_t i = 0; i < a.questions.size(); ++i)
        checkSameQuestion(a.questions[i], b.questions[i], comparePositions);
}

}  // namespace tqm::bank::testing
