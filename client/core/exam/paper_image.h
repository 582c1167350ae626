// The figures of a frozen question. A bank names its images by paths relative to the bank's
// folder; a paper keeps each one's resolved path and the SHA-256 of the file's bytes as they were
// when the paper was made, so the exam view finds the file after the program's working folder
// changed, and an audit can tell when a figure was replaced after the attempt.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "bank/question.h"

namespace tqm::exam {

struct PaperImage {
    // Absolute and normalised when the bank's folder was known; otherwise the bank's own
    // relative path, as written.
    std::string path;
    // Lower-case hex SHA-256 of the file's bytes when frozen; empty when the file could not be
    // read then (missing, not a file, or a path that leaves the bank's folder).
    std::string sha256;
    bool operator==(const PaperImage&) const = default;
};

// `bankFolder` is the folder the bank file sits in; empty when unknown (nothing is read then).
// A path that leaves the folder ("../x.png", "/etc/x", "C:\x") is kept as written and not read.
PaperImage freezeImage(std::string_view relativePath, const std::filesystem::path& bankFolder);

std::vector<PaperImage> freezeImages(const bank::Question& question,
                                     const std::filesystem::path& bankFolder);

}  // namespace tqm::exam
