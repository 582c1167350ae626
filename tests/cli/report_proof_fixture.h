// A training base set up through the command line for the report proof tests: the three people of
// tests/data/cli/training/roster.csv, class 2026-Q4-01 (4 h tqm-basics on 11-02, titled
// 全面质量管理基础 from the repository's content/ as tqm class create finds it, 2.5 h
// spc/control-charts on 11-04, 3 h qc-tools spread over the three days) with its sign-in sheet,
// and exam 1 (质量知识考试, 14 points, pass mark 8) held in the class: A001 scores 12 and passes,
// A002 scores 0. Attendance: A001 出勤 出勤 迟到, A002 请假 出勤 出勤, B001 出勤 only on 11-02.
#pragma once

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tqm_runner.h"

namespace tqm::clitest {

// What `command` prints on standard output, run by the shell.
inline std::string shellOutput(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    std::size_t read = 0;
    while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        out.append(buffer.data(), read);
    pclose(pipe);
    return out;
}

inline void writeTextFile(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

// Today as the command line dates an exam taken now (local time), "2026-11-25".
inline std::string todayText() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    std::array<char, 16> text{};
    std::strftime(text.data(), text.size(), "%Y-%m-%d", &local);
    return text.data();
}

struct TrainingBase {
    TempDir dir;
    std::string db = (dir / "tqm.db").string();

    TrainingBase() {
        REQUIRE(tqm({"people", "import", "training/roster.csv"}).exitCode == 0);
        REQUIRE(tqm({"class",     "create",
                     "--code",    "2026-Q4-01",
                     "--name",    "班组长质量管理培训班",
                     "--from",    "2026-11-02",
                     "--to",      "2026-11-04",
                     "--place",   "二号培训室",
                     "--teacher", "王工",
                     "--course",  "tqm-basics:4:2026-11-02",
                     "--course",  "spc/control-charts:2.5:2026-11-04",
                     "--course",  "qc-tools:3"})
                    .exitCode == 0);
        tqm({"class", "import", "2026-Q4-01", "training/sheet.csv"});  // C404 is refused
        REQUIRE(tqm({"exam", "create", "--blueprint", "exam-blueprint.xml", "--minutes", "30",
                     "--pass", "8", "--seed", "1", "--title", "质量知识考试"})
                    .exitCode == 0);
        // 9 points marked at once, the essay (question 6) marked 3 by hand: 12 of 14.
        tqm({"exam", "take", "1", "--person", "A001", "--answers", "exam-answers.txt", "--submit"});
        REQUIRE(tqm({"exam", "mark", "1", "--person", "A001", "--question", "6", "--points", "3",
                     "--marker", "王工"})
                    .exitCode == 0);
        REQUIRE(runTqmWithInput({"--db", db, "exam", "take", "1", "--person", "A002"}, "C\n:s\n")
                    .exitCode == 0);
        REQUIRE(tqm({"class", "exam", "2026-Q4-01", "1"}).exitCode == 0);
        REQUIRE(tqm({"class", "summary", "2026-Q4-01", "三天培训全部完成。"}).exitCode == 0);
    }

    TqmRun tqm(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db});
        return runTqm(args);
    }

    // `tqm report KIND ARGS... --format FORMAT -o DIR/NAME.FORMAT` for 某机械厂 on 2026-11-24.
    std::string exportReport(std::vector<std::string> args, const std::string& name,
                             const std::string& format) const {
        const std::string file = (dir / (name + "." + format)).string();
        args.insert(args.begin(), "report");
        args.insert(args.end(), {"--format", format, "-o", file, "--organization", "某机械厂",
                                 "--by", "张三", "--date", "2026-11-24"});
        const TqmRun run = tqm(args);
        INFO(run.err);
        REQUIRE(run.exitCode == 0);
        return file;
    }
};

inline const std::vector<std::string> kPersonReport{"person", "A001"};
inline const std::vector<std::string> kClassReport{"class", "2026-Q4-01"};
inline const std::vector<std::string> kHoursReport{"hours", "--from", "2026-10-01", "--to",
                                                   "2026-11-30"};
// Every day an exam taken today can fall on.
inline const std::vector<std::string> kSummaryReport{"summary", "--from", "2000-01-01", "--to",
                                                     "2099-12-31"};

}  // namespace tqm::clitest
