#include "course/question_sources.h"

#include <algorithm>

#include "bank/native_reader.h"
#include "exam/blueprint_reader.h"

namespace tqm::course {

namespace {

// The *.xml files of `folder` by name; a folder that cannot be listed is reported.
std::vector<std::filesystem::path> xmlFiles(const std::filesystem::path& folder,
                                            std::string_view what,
                                            std::vector<Diagnostic>& diagnostics) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        std::error_code ignored;
        if (entry.path().extension() == ".xml" && entry.is_regular_file(ignored))
            files.push_back(entry.path());
    }
    if (error)
        diagnostics.push_back(
            {folder.string(), 0, 0, Severity::Error, "cannot-read",
             "the " + std::string(what) + " folder does not exist or cannot be read"});
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

const bank::Bank* QuestionSources::findBank(std::string_view id) const {
    const auto found = std::find_if(banks.begin(), banks.end(),
                                    [&](const bank::Bank& bank) { return bank.id == id; });
    return found == banks.end() ? nullptr : &*found;
}

std::size_t QuestionSources::questionCount(const Course& course) const {
    const bank::Bank* bank = findBank(course.bank.id);
    if (!bank) return 0;
    return static_cast<std::size_t>(
        std::count_if(bank->questions.begin(), bank->questions.end(), [&](const auto& question) {
            const std::vector<std::string_view> path = bank->categoryPath(question.category);
            return std::any_of(
                course.categories.begin(), course.categories.end(), [&](const Reference& category) {
                    return std::find(path.begin(), path.end(), category.id) != path.end();
                });
        }));
}

QuestionSources readQuestionSources(const std::filesystem::path& banksDir,
                                    const std::filesystem::path& blueprintsDir) {
    QuestionSources sources;
    const bank::ReadOptions options{.validate = false, .checkImageFiles = false};
    for (const std::filesystem::path& file : xmlFiles(banksDir, "banks", sources.diagnostics)) {
        bank::ReadResult read = bank::readBankFile(file, options);
        if (!read.bank.id.empty()) sources.banks.push_back(std::move(read.bank));
    }
    for (const std::filesystem::path& file :
         xmlFiles(blueprintsDir, "blueprints", sources.diagnostics)) {
        const exam::BlueprintReadResult read = exam::readBlueprintFile(file);
        if (!read.blueprint.id.empty()) sources.blueprintIds.insert(read.blueprint.id);
    }
    return sources;
}

}  // namespace tqm::course
