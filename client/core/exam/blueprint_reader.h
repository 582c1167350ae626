// Reads a blueprint file (question-bank/README.md, "组卷规则 Blueprints"). Every problem is
// reported with file, line and column, not only the first; what could be read is kept.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "exam/blueprint.h"

namespace tqm::exam {

struct BlueprintReadResult {
    Blueprint blueprint;
    std::vector<Diagnostic> diagnostics;  // in file order
    bool ok() const { return !hasErrors(diagnostics); }
};

BlueprintReadResult readBlueprintFile(const std::filesystem::path& file);

// `fileName` is what diagnostics (and the blueprint's fileName) name.
BlueprintReadResult readBlueprintBytes(std::string fileName, std::string_view bytes);

}  // namespace tqm::exam
