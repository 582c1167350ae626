// Item analysis of an exam as the results screen lists it: one row per question (per paper
// group when several papers were used), with the question as it was shown, the figures of
// exam/item_analysis.h and its flags; sortable by any column.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "exam/item_analysis.h"
#include "exam/paper_question.h"
#include "store/database.h"

namespace tqm::results {

struct ItemRow {
    std::size_t number = 0;        // 1-based, in the order the analysis lists the questions
    exam::PaperQuestion question;  // as the first analysed attempt showed it
    std::size_t people = 0;
    exam::ItemStatistics statistics;

    bool flagged() const {
        const exam::ItemFlags& f = statistics.flags;
        return f.tooHard || f.tooEasy || f.negativeDiscrimination;
    }
};

// Every question of the exam's counting attempts (see session::ExamResults::itemAnalysisInput).
std::vector<ItemRow> loadItemRows(store::Database& database, std::int64_t examId);

enum class ItemColumn : std::uint8_t {
    Number,
    QuestionId,
    Type,
    Category,
    People,
    Facility,
    Discrimination,
    PointBiserial,
    Flags,
};

// Sorts `order` (indexes into `rows`). A missing figure (no discrimination with fewer than two
// people) comes last either way; flagged rows come first when sorting by flags ascending; ties
// keep the numbering.
void sortItems(std::span<const ItemRow> rows, std::vector<std::size_t>& order, ItemColumn column,
               bool ascending);

}  // namespace tqm::results
