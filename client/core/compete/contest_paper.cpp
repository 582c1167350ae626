#include "compete/contest_paper.h"

#include <filesystem>

#include "base/sha256.h"
#include "store/paper_json.h"

namespace tqm::compete {

std::string paperSha256(std::span<const exam::PaperQuestion> paper) {
    std::string canonical;
    for (exam::PaperQuestion question : paper) {
        for (exam::PaperImage& image : question.images)
            image.path = std::filesystem::path(image.path).filename().string();
        canonical += store::paperQuestionToJson(question);
        canonical += '\n';
    }
    return sha256Hex(canonical);
}

}  // namespace tqm::compete
