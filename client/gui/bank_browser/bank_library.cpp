#include "bank_browser/bank_library.h"

#include <algorithm>
#include <system_error>

#include <wx/stdpaths.h>

namespace tqm::gui {

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> bankFilesIn(const fs::path& folder, std::vector<Diagnostic>& problems) {
    std::vector<fs::path> files;
    std::error_code error;
    fs::directory_iterator it(folder, error);
    if (error) {
        problems.push_back({folder.string(), 0, 0, Severity::Error, "bank-folder-unreadable",
                            "the bank folder cannot be read: " + error.message()});
        return files;
    }
    for (const fs::directory_entry& entry : it) {
        if (entry.path().extension() == ".xml" && entry.is_regular_file(error))
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

BankLibraryContents readBankSources(std::optional<fs::path> folder, std::vector<fs::path> files) {
    BankLibraryContents contents;
    std::vector<fs::path> sources;
    if (folder) sources = bankFilesIn(*folder, contents.sourceProblems);
    sources.insert(sources.end(), files.begin(), files.end());
    for (const fs::path& file : sources) contents.banks.push_back({file, bank::readBankFile(file)});
    return contents;
}

void BankLibrary::setSourcesUnread(std::optional<fs::path> folder, std::vector<fs::path> files) {
    folder_ = std::move(folder);
    files_ = std::move(files);
    banks_.clear();
    sourceProblems_.clear();
}

void BankLibrary::adopt(BankLibraryContents contents) {
    banks_ = std::move(contents.banks);
    sourceProblems_ = std::move(contents.sourceProblems);
}

void BankLibrary::setSources(std::optional<fs::path> folder, std::vector<fs::path> files) {
    folder_ = std::move(folder);
    files_ = std::move(files);
    reload();
}

bool BankLibrary::addFile(const fs::path& file) {
    std::error_code error;
    for (const LoadedBank& loaded : banks_) {
        if (fs::equivalent(loaded.file, file, error)) return false;
    }
    files_.push_back(file);
    banks_.push_back({file, bank::readBankFile(file)});
    return true;
}

void BankLibrary::reload() {
    adopt(readBankSources(folder_, files_));
}

std::size_t BankLibrary::questionCount() const {
    std::size_t count = 0;
    for (const LoadedBank& loaded : banks_) count += loaded.bank().questions.size();
    return count;
}

std::size_t BankLibrary::problemCount(Severity severity) const {
    std::size_t count = countBySeverity(sourceProblems_, severity);
    for (const LoadedBank& loaded : banks_) count += countBySeverity(loaded.problems(), severity);
    return count;
}

fs::path defaultBankFolder() {
    const fs::path exe(wxStandardPaths::Get().GetExecutablePath().utf8_string());
    const fs::path installed = exe.parent_path().parent_path() / "share" / "tqm-trainer" / "banks";
    std::error_code error;
    if (fs::is_directory(installed, error)) return installed;
    return fs::path(TQM_DEFAULT_BANK_DIR);
}

}  // namespace tqm::gui
