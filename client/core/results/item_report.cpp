#include "results/item_report.h"

#include <algorithm>
#include <string_view>
#include <variant>

#include "session/exam_results.h"
#include "store/attempt_repository.h"

namespace tqm::results {

namespace {

int flagRank(const exam::ItemFlags& flags) {
    if (flags.negativeDiscrimination) return 0;
    if (flags.tooHard) return 1;
    if (flags.tooEasy) return 2;
    return 3;
}

using Key = std::variant<std::monostate, double, std::string_view>;

Key keyOf(const ItemRow& row, ItemColumn column) {
    const exam::ItemStatistics& s = row.statistics;
    switch (column) {
        case ItemColumn::Number:
            return static_cast<double>(row.number);
        case ItemColumn::QuestionId:
            return std::string_view(row.question.questionId);
        case ItemColumn::Type:
            return static_cast<double>(row.question.type);
        case ItemColumn::Category:
            return std::string_view(row.question.category);
        case ItemColumn::People:
            return static_cast<double>(row.people);
        case ItemColumn::Facility:
            return s.facility;
        case ItemColumn::Discrimination:
            return s.discrimination ? Key{*s.discrimination} : Key{};
        case ItemColumn::PointBiserial:
            return s.pointBiserial ? Key{*s.pointBiserial} : Key{};
        case ItemColumn::Flags:
            return static_cast<double>(flagRank(s.flags));
    }
    return {};
}

}  // namespace

std::vector<ItemRow> loadItemRows(store::Database& database, std::int64_t examId) {
    store::AttemptRepository attempts(database);
    std::vector<ItemRow> rows;
    for (const session::ItemAnalysisGroup& group :
         session::ExamResults(database).itemAnalysisInput(examId)) {
        if (group.attemptIds.empty()) continue;
        const std::vector<exam::ItemStatistics> statistics =
            exam::analyzeItems(group.optionCounts, group.people);
        const std::vector<exam::PaperQuestion> paper = attempts.paper(group.attemptIds.front());
        for (std::size_t i = 0; i < statistics.size(); ++i) {
            const session::QuestionRef& ref = group.questions[i];
            const auto shown = std::find_if(paper.begin(), paper.end(), [&](const auto& q) {
                return q.bankId == ref.bankId && q.questionId == ref.questionId;
            });
            ItemRow row;
            row.number = rows.size() + 1;
            if (shown != paper.end()) row.question = *shown;
            row.question.bankId = ref.bankId;
            row.question.questionId = ref.questionId;
            row.people = group.people.size();
            row.statistics = statistics[i];
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

void sortItems(std::span<const ItemRow> rows, std::vector<std::size_t>& order, ItemColumn column,
               bool ascending) {
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Key ka = keyOf(rows[a], column);
        const Key kb = keyOf(rows[b], column);
        const bool noneA = std::holds_alternative<std::monostate>(ka);
        const bool noneB = std::holds_alternative<std::monostate>(kb);
        if (noneA != noneB) return noneB;
        if (!noneA && ka != kb) return ascending ? ka < kb : kb < ka;
        return rows[a].number < rows[b].number;
    });
}

}  // namespace tqm::results
