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

// A bank as the library keeps it for the whole session: its text copied out of the file's bytes,
// which it would otherwise keep with all their markup (a 100,000-question bank: tens of MB), and
// read without ever holding the whole file beside the bank (80 MB less at the read's peak).
bank::ReadResult readToKeep(const fs::path& file) {
    return bank::readBankFileToKeep(file);
}

}  // namespace

BankLibraryContents readBankSources(const BankSources& from) {
    BankLibraryContents contents;
    std::vector<fs::path> sources;
    if (from.folder) sources = bankFilesIn(*from.folder, contents.sourceProblems);
    std::error_code error;
    if (from.userFolder && fs::is_directory(*from.userFolder, error) &&
        !(from.folder && fs::equivalent(*from.folder, *from.userFolder, error))) {
        const std::vector<fs::path> imported =
            bankFilesIn(*from.userFolder, contents.sourceProblems);
        sources.insert(sources.end(), imported.begin(), imported.end());
    }
    // A file opened one by one may also sit in a folder (an import saved there): read it once.
    for (const fs::path& file : from.files) {
        const bool listed = std::any_of(sources.begin(), sources.end(), [&](const fs::path& s) {
            return s == file || fs::equivalent(s, file, error);
        });
        if (!listed) sources.push_back(file);
    }
    for (const fs::path& file : sources) contents.banks.push_back({file, readToKeep(file)});
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
    banks_.push_back({file, readToKeep(file)});
    return true;
}

void BankLibrary::reloadBank(std::size_t index) {
    LoadedBank& loaded = banks_.at(index);
    loaded.result = readToKeep(loaded.file);
}

std::optional<std::size_t> BankLibrary::indexOf(const fs::path& file) const {
    std::error_code error;
    for (std::size_t i = 0; i < banks_.size(); ++i)
        if (banks_[i].file == file || fs::equivalent(banks_[i].file, file, error)) return i;
    return std::nullopt;
}

bool BankLibrary::removeFile(const fs::path& file) {
    const auto it = std::find(files_.begin(), files_.end(), file);
    if (it == files_.end()) return false;
    files_.erase(it);
    const auto loaded = std::find_if(banks_.begin(), banks_.end(),
                                     [&file](const LoadedBank& bank) { return bank.file == file; });
    if (loaded != banks_.end()) banks_.erase(loaded);
    return true;
}

void BankLibrary::reload() {
    adopt(readBankSources(sources()));
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
