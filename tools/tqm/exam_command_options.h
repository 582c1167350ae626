// The options of each `tqm exam` command, filled by CLI11 and read by the command's run function.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace tqm::cli {

struct ExamCreateOptions {
    std::string blueprint;
    std::string bank;
    std::string title;
    int minutes = 0;
    double pass = 0;
    int attempts = 1;
    std::string combine = "highest";
    std::string show = "after-submit";
    std::string timer = "deadline-runs";
    std::optional<std::int64_t> seed;
    std::string closes;  // "2026-11-30 17:00", China Standard Time
};

struct ExamPersonOptions {
    std::int64_t exam = 0;
    std::string person;  // 工号
};

struct ExamTakeOptions : ExamPersonOptions {
    std::string answers;  // a file of "SEQ ANSWER" lines; empty: interactive
    bool submit = false;
};

struct ExamReviewOptions : ExamPersonOptions {
    std::optional<std::int64_t> attempt;
};

struct ExamMarkOptions : ExamPersonOptions {
    std::size_t question = 0;
    double points = 0;
    std::string marker;
    std::optional<std::int64_t> attempt;
};

struct ExamExtraTimeOptions : ExamPersonOptions {
    int minutes = 0;
    std::string by;
    std::string reason;
};

struct ExamResultsOptions {
    std::int64_t exam = 0;
    std::string format = "csv";
    std::string output;
    bool answers = false;
};

struct ExamAnalyzeOptions {
    std::int64_t exam = 0;
    bool json = false;
};

int runExamCreate(const ExamCreateOptions& options, const std::string& databasePath);
int runExamList(const std::string& databasePath);
int runExamTake(const ExamTakeOptions& options, const std::string& databasePath);
int runExamSubmit(const ExamPersonOptions& options, const std::string& databasePath);
int runExamReview(const ExamReviewOptions& options, const std::string& databasePath);
int runExamMark(const ExamMarkOptions& options, const std::string& databasePath);
int runExamExtraTime(const ExamExtraTimeOptions& options, const std::string& databasePath);
int runExamResults(const ExamResultsOptions& options, const std::string& databasePath);
int runExamAnalyze(const ExamAnalyzeOptions& options, const std::string& databasePath);

}  // namespace tqm::cli
