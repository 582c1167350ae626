// The blueprint open in the blueprint editor: the file, what was read from it, the bank it draws
// from (indexed once), and what the core says about it after every edit: the problems found and
// how many questions each rule can draw from. Preview and exam creation use the same document.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bank/bank.h"
#include "bank_browser/bank_library.h"
#include "base/diagnostic.h"
#include "exam/assembly_index.h"
#include "exam/blueprint.h"
#include "exam/rule_availability.h"

namespace tqm::gui {

class BlueprintDocument {
  public:
    explicit BlueprintDocument(const BankLibrary& library) : library_(library) {}

    // Reads `file`; false (and nothing changed) when no blueprint could be read from it, with
    // the reader's problems in `problems`.
    bool open(const std::filesystem::path& file, std::vector<Diagnostic>& problems);
    // Saves atomically to the open file. The text is read back first: when the reader would
    // report errors, nothing is written and they are returned. `error` names a failed write.
    struct SaveResult {
        std::string error;
        std::vector<Diagnostic> problems;
        bool ok() const { return error.empty() && !hasErrors(problems); }
    };
    SaveResult save();

    bool isOpen() const { return blueprint_.has_value(); }
    const std::filesystem::path& file() const { return file_; }
    exam::Blueprint& blueprint() { return *blueprint_; }
    const exam::Blueprint& blueprint() const { return *blueprint_; }
    bool modified() const { return modified_; }

    // To be called after every edit of blueprint(): marks the document modified and counts again.
    void changed();
    // Draws from another bank from now on.
    void useBank(const std::string& bankId);

    // The bank of the blueprint's bank id, or nullptr when none was found.
    const bank::Bank* bank() const { return bank_.get(); }
    const exam::AssemblyIndex* index() const { return index_.get(); }
    const exam::BlueprintAvailability& availability() const { return availability_; }
    // Problems other than the rule counts: the last reading, a missing bank, and the checks
    // against the bank (unknown categories and questions, wrong types).
    const std::vector<Diagnostic>& problems() const { return problems_; }

  private:
    void loadBank();
    void recount();

    const BankLibrary& library_;
    std::filesystem::path file_;
    std::optional<exam::Blueprint> blueprint_;
    std::vector<Diagnostic> readProblems_;
    std::unique_ptr<bank::Bank> bank_;  // on the heap: the index refers to it
    std::unique_ptr<exam::AssemblyIndex> index_;
    exam::BlueprintAvailability availability_;
    std::vector<Diagnostic> problems_;
    bool modified_ = false;
};

}  // namespace tqm::gui
