// The banks the client has loaded: the bank folder's *.xml files plus files opened one by one,
// each with every problem found while reading it.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "bank/native_reader.h"
#include "base/diagnostic.h"

namespace tqm::gui {

struct LoadedBank {
    std::filesystem::path file;
    bank::ReadResult result;  // a bank with errors keeps whatever could be read

    const bank::Bank& bank() const { return result.bank; }
    const std::vector<Diagnostic>& problems() const { return result.diagnostics; }
};

// Where the banks come from: every *.xml of the folder, then of the user's folder (where
// imported banks are saved), then the files opened one by one.
struct BankSources {
    std::optional<std::filesystem::path> folder;
    std::optional<std::filesystem::path> userFolder;
    std::vector<std::filesystem::path> files;
};

// What reading the sources gives: the banks and the problems with the sources themselves.
struct BankLibraryContents {
    std::vector<LoadedBank> banks;
    std::vector<Diagnostic> sourceProblems;
};

// Reads the folders' *.xml files (each in name order) and then the files. Touches no library,
// so it can run on a worker thread while the window stays usable.
BankLibraryContents readBankSources(const BankSources& sources);

class BankLibrary {
  public:
    // The folder's *.xml files (in name order) followed by `files`.
    void setSources(std::optional<std::filesystem::path> folder,
                    std::vector<std::filesystem::path> files);
    // A second folder whose *.xml files are loaded after the first folder's: where imported
    // banks are saved. It need not exist yet. Takes effect at the next setSources() or reload().
    void setUserFolder(std::optional<std::filesystem::path> folder) {
        userFolder_ = std::move(folder);
    }
    const std::optional<std::filesystem::path>& userFolder() const { return userFolder_; }
    // The same sources without reading them: the library stays empty until adopt().
    void setSourcesUnread(std::optional<std::filesystem::path> folder,
                          std::vector<std::filesystem::path> files);
    // Takes what readBankSources() read, in place of what the library held.
    void adopt(BankLibraryContents contents);
    const std::optional<std::filesystem::path>& folder() const { return folder_; }
    const std::vector<std::filesystem::path>& files() const { return files_; }
    BankSources sources() const { return {folder_, userFolder_, files_}; }
    // Adds a file to the sources and reads it; false when it was already loaded.
    bool addFile(const std::filesystem::path& file);
    // Reads bank `index` again from its file, as after it was saved.
    void reloadBank(std::size_t index);
    // The index of the loaded bank read from `file`, if any.
    std::optional<std::size_t> indexOf(const std::filesystem::path& file) const;
    // Forgets a file added with addFile(); false when it was not one.
    bool removeFile(const std::filesystem::path& file);
    // Reads every source again from disk.
    void reload();

    const std::vector<LoadedBank>& banks() const { return banks_; }
    // Problems with the sources themselves, such as a bank folder that does not exist.
    const std::vector<Diagnostic>& sourceProblems() const { return sourceProblems_; }

    std::size_t questionCount() const;
    std::size_t problemCount(Severity severity) const;

  private:
    std::optional<std::filesystem::path> folder_;
    std::optional<std::filesystem::path> userFolder_;
    std::vector<std::filesystem::path> files_;
    std::vector<LoadedBank> banks_;
    std::vector<Diagnostic> sourceProblems_;
};

// Where the bundled banks are: beside an installed program if they are there, otherwise the
// source tree's question-bank/banks.
std::filesystem::path defaultBankFolder();

}  // namespace tqm::gui
