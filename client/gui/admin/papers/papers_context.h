// What the pages of the papers-and-exams tab share: the workspace (database, clock), the open
// blueprint, and one exam service over the database for all of them.
#pragma once

#include <memory>

#include "admin/papers/blueprint_document.h"
#include "learn/learner_workspace.h"
#include "session/exam_service.h"

namespace tqm::gui {

class PapersContext {
  public:
    PapersContext(LearnerWorkspace& workspace, const BankLibrary& library)
        : workspace_(workspace), document_(library) {}

    LearnerWorkspace& workspace() { return workspace_; }
    BlueprintDocument& document() { return document_; }
    // The exam service over the workspace's database; nullptr without a database.
    session::ExamService* service() {
        store::Database* database = workspace_.database();
        if (!database) return nullptr;
        if (!service_ || &service_->database() != database)
            service_ = std::make_unique<session::ExamService>(*database);
        return service_.get();
    }

  private:
    LearnerWorkspace& workspace_;
    BlueprintDocument document_;
    std::unique_ptr<session::ExamService> service_;
};

}  // namespace tqm::gui
