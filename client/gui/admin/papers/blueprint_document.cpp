#include "admin/papers/blueprint_document.h"

#include "bank/native_reader.h"
#include "exam/blueprint_reader.h"
#include "exam/blueprint_writer.h"
#include "exam/paper_assembly.h"
#include "session/exam_setup.h"

namespace tqm::gui {

bool BlueprintDocument::open(const std::filesystem::path& file, std::vector<Diagnostic>& problems) {
    exam::BlueprintReadResult read = exam::readBlueprintFile(file);
    problems = read.diagnostics;
    // A file that is not a blueprint at all leaves the open one as it was; one with mistakes is
    // opened with what could be read, so that they can be put right here.
    if (read.blueprint.id.empty() && read.blueprint.sections.empty()) return false;
    file_ = file;
    blueprint_ = std::move(read.blueprint);
    readProblems_ = std::move(read.diagnostics);
    modified_ = false;
    loadBank();
    recount();
    return true;
}

BlueprintDocument::SaveResult BlueprintDocument::save() {
    SaveResult result;
    const std::string text = exam::blueprintToXml(*blueprint_);
    exam::BlueprintReadResult check = exam::readBlueprintBytes(file_.filename().string(), text);
    if (!check.ok()) {
        result.problems = std::move(check.diagnostics);
        return result;
    }
    result.error = exam::writeBlueprintFile(file_, *blueprint_);
    if (result.error.empty()) {
        modified_ = false;
        readProblems_.clear();
        recount();
    }
    return result;
}

void BlueprintDocument::changed() {
    modified_ = true;
    recount();
}

void BlueprintDocument::useBank(const std::string& bankId) {
    blueprint_->bankId = bankId;
    modified_ = true;
    loadBank();
    recount();
}

void BlueprintDocument::loadBank() {
    index_.reset();
    bank_.reset();
    const std::string& bankId = blueprint_->bankId;
    // A bank the client has loaded already is copied (copies share the text); otherwise the bank
    // is looked for beside the blueprint, as exam creation does.
    for (const LoadedBank& loaded : library_.banks()) {
        if (loaded.bank().id == bankId && loaded.result.ok()) {
            bank_ = std::make_unique<bank::Bank>(loaded.bank());
            break;
        }
    }
    if (!bank_) {
        if (const auto found = session::findBankFor(bankId, file_)) {
            bank::ReadResult read = bank::readBankFile(*found);
            if (read.ok()) bank_ = std::make_unique<bank::Bank>(std::move(read.bank));
        }
    }
    if (bank_) index_ = std::make_unique<exam::AssemblyIndex>(*bank_);
}

void BlueprintDocument::recount() {
    problems_ = readProblems_;
    if (!index_) {
        availability_ = {};
        problems_.push_back({file_.filename().string(), blueprint_->pos.line,
                             blueprint_->pos.column, Severity::Error, "bank-not-found",
                             "no bank with id \"" + blueprint_->bankId + "\" was found"});
        return;
    }
    for (Diagnostic& problem : exam::checkBlueprintAgainstBank(*blueprint_, *index_))
        problems_.push_back(std::move(problem));
    availability_ = exam::ruleAvailability(*blueprint_, *index_);
}

}  // namespace tqm::gui
