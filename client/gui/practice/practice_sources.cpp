#include "practice/practice_sources.h"

#include <map>
#include <string_view>

#include <wx/intl.h>

#include "bank_browser/question_labels.h"
#include "learn/course_texts.h"

namespace tqm::gui {

namespace {

const bank::Bank* findBank(const BankLibrary& library, std::string_view id) {
    for (const LoadedBank& loaded : library.banks())
        if (loaded.bank().id == id) return &loaded.bank();
    return nullptr;
}

// Questions per category including its sub-categories, counted in one pass over the bank.
std::size_t countWithChildren(const bank::Category& category,
                              const std::map<std::string_view, std::size_t>& direct,
                              std::map<std::string_view, std::size_t>& total) {
    const auto found = direct.find(category.id);
    std::size_t count = found == direct.end() ? 0 : found->second;
    for (const bank::Category& child : category.children)
        count += countWithChildren(child, direct, total);
    total[category.id] = count;
    return count;
}

void addBankCategories(const bank::Bank& bank, std::vector<PracticeSource>& sources) {
    std::map<std::string_view, std::size_t> direct;
    for (const bank::Question& question : bank.questions) ++direct[question.category];
    std::map<std::string_view, std::size_t> total;
    for (const bank::Category& root : bank.categories) countWithChildren(root, direct, total);
    const wxString bankTitle = fromUtf8(bank.title.empty() ? bank.id : bank.title);
    for (const bank::Category* category : bank::flattenCategories(bank.categories)) {
        const std::size_t count = total[category->id];
        if (count == 0) continue;
        sources.push_back({fromUtf8(category->title),
                           bankTitle,
                           &bank,
                           {{std::string(category->id), true}},
                           count});
    }
}

}  // namespace

std::vector<PracticeSource> practiceSources(const LearnerWorkspace& workspace,
                                            const BankLibrary& library) {
    std::vector<PracticeSource> sources;
    for (const course::Course& course : workspace.courses()) {
        const bank::Bank* bank = findBank(library, course.bank.id);
        if (!bank) continue;
        PracticeSource source{courseTitle(course), _("Course"), bank, {}, 0};
        for (const course::Reference& category : course.categories)
            source.categories.push_back({category.id, true});
        source.questions = session::selectByCategories(*bank, source.categories, {}).items.size();
        if (source.questions > 0) sources.push_back(std::move(source));
    }
    for (const LoadedBank& loaded : library.banks()) addBankCategories(loaded.bank(), sources);
    return sources;
}

std::vector<const bank::Bank*> loadedBanks(const BankLibrary& library) {
    std::vector<const bank::Bank*> banks;
    for (const LoadedBank& loaded : library.banks()) banks.push_back(&loaded.bank());
    return banks;
}

}  // namespace tqm::gui
