// `tqm exam take` without an answer file: the exam in a terminal, one question at a time. Every
// answer goes through the same service call as the client's, committed before "saved" is shown.
#pragma once

#include <istream>
#include <ostream>

#include "session/exam_service.h"
#include "store/people_repository.h"

namespace tqm::cli {

// Runs until the person submits, leaves (:q or end of input; the answers stay saved) or the time
// runs out. Returns the command's exit code.
int runInTerminal(session::ExamService& service, const session::AttemptView& view,
                  const store::Person& person, std::istream& in, std::ostream& out);

}  // namespace tqm::cli
