// tqm-bench-client-startup WORKDIR [--questions N] [--people M] [--repeat K] [--scroll]:
// starts the real tqm-trainer (under the display of DISPLAY, e.g. xvfb-run) on a bank of N
// generated questions and a database with M people imported, and compares it with the same
// client on an empty bank folder and an empty database, run alternately in the same minutes.
//
// Per run it reads what `tqm-trainer --report-startup` prints and times from the fork:
//   window  the main window painted and idle (the target: under 1 s),
//   banks   the banks read on the worker thread and shown,
// with the resident memory at each (the target: under 200 MB with the banks shown), the peak
// resident memory until then (the height of the bank read), whether OpenGL was mapped, and how
// long showing the banks held the UI thread once they were read (no more than 100 ms). With
// --scroll one more run scrolls the question list and the sign-in list to the end and reports
// the slowest event handler (the target: under 100 ms).
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/clock.h"
#include "cert/roster_import.h"
#include "store/database.h"
#include "store/people_repository.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

// Runs `argv` with its standard output read line by line; returns each line with the
// milliseconds from the fork to its arrival, or nothing when the program failed.
std::optional<std::vector<std::pair<std::string, double>>> runTimed(
    const std::vector<std::string>& argv) {
    int out[2];
    if (pipe(out) != 0) return std::nullopt;
    std::fflush(nullptr);
    const auto started = Clock::now();
    const pid_t child = fork();
    if (child < 0) return std::nullopt;
    if (child == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        std::vector<char*> args;
        for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    close(out[1]);
    std::vector<std::pair<std::string, double>> lines;
    FILE* in = fdopen(out[0], "r");
    char* line = nullptr;
    std::size_t capacity = 0;
    while (getline(&line, &capacity, in) > 0) {
        const double at = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
        std::string text(line);
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
        lines.emplace_back(std::move(text), at);
    }
    free(line);
    fclose(in);
    int status = 0;
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return lines;
}

// "report window_ms=12.5 rss_mb=100.0" → {"window_ms": 12.5, "rss_mb": 100.0}, with the kind
// ("window", "banks" or "scroll") under "".
std::map<std::string, std::string> reportFields(const std::string& line) {
    std::map<std::string, std::string> fields;
    std::istringstream words(line);
    std::string word;
    words >> word;  // "report"
    while (words >> word) {
        const std::size_t equals = word.find('=');
        if (equals == std::string::npos) {
            fields[""] = word;
            continue;
        }
        const std::string key = word.substr(0, equals);
        if (fields.empty()) fields[""] = key.substr(0, key.find('_'));
        fields[key] = word.substr(equals + 1);
    }
    return fields;
}

double number(const std::map<std::string, std::string>& fields, const std::string& key) {
    const auto found = fields.find(key);
    return found == fields.end() ? -1 : std::stod(found->second);
}

// A roster of `count` fictional people: 工号 P00001..., names from common surnames and given
// names, ten units, six departments and one or two positions each.
std::string rosterCsv(std::size_t count) {
    static const char* const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵",
                                           "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"};
    static const char* const given[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军",
                                        "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英"};
    static const char* const departments[] = {"质检科", "生产科", "设备科",
                                              "工艺科", "仓储科", "安环科"};
    static const char* const positions[] = {"质量检验员", "班组长", "操作工",
                                            "叉车工",     "电工",   "焊工"};
    std::string csv = "工号,姓名,单位,部门,岗位\n";
    char employeeNo[32];
    for (std::size_t i = 0; i < count; ++i) {
        std::snprintf(employeeNo, sizeof employeeNo, "P%05zu", i + 1);
        csv += std::string(employeeNo) + "," + surnames[i % 16] + given[(i / 16) % 18] +
               given[(i / 7) % 18] + "," + std::to_string(i % 10 + 1) + "号车间," +
               departments[i % 6] + "," + positions[i % 6];
        if (i % 3 == 0) csv += std::string("；") + positions[(i + 1) % 6];
        csv += "\n";
    }
    return csv;
}

// A fresh database file with `people` imported (none for the baseline).
bool freshDatabase(const fs::path& file, std::size_t people) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file.string() + suffix);
    const tqm::SystemClock clock;
    tqm::store::OpenResult opened = tqm::store::Database::open(file, clock);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", opened.error->message.c_str());
        return false;
    }
    if (people == 0) return true;
    tqm::store::PeopleRepository repository(*opened.database);
    const auto result = tqm::cert::importRoster(rosterCsv(people), "roster.csv", repository);
    return result.counts.added == people;
}

struct Sample {
    double windowMs = -1;  // from the fork, as the user waits
    double banksMs = -1;
    double windowOwnMs = -1;  // as the client measures it from its process start
    double windowRssMb = -1;
    double banksRssMb = -1;
    double peakRssMb = -1;  // the most resident at any moment until the banks were shown
    double showMs = -1;     // how long showing the banks held the UI thread
    double openGl = -1;     // 1 when the client mapped an OpenGL library, 0 when not
};

std::optional<Sample> startOnce(const std::string& trainer, const fs::path& banks,
                                const fs::path& database, bool scroll,
                                std::vector<std::map<std::string, std::string>>* scrolls) {
    std::vector<std::string> argv{trainer, "--banks",         banks.string(),
                                  "--db",  database.string(), "--report-startup"};
    if (scroll) argv.push_back("--report-scroll");
    const auto lines = runTimed(argv);
    if (!lines) return std::nullopt;
    Sample sample;
    for (const auto& [line, at] : *lines) {
        if (!line.starts_with("report ")) continue;
        const auto fields = reportFields(line);
        const std::string& kind = fields.at("");
        if (kind == "window") {
            sample.windowMs = at;
            sample.windowOwnMs = number(fields, "window_ms");
            sample.windowRssMb = number(fields, "rss_mb");
            sample.openGl = number(fields, "opengl");
        } else if (kind == "banks") {
            sample.banksMs = at;
            sample.banksRssMb = number(fields, "rss_mb");
            sample.peakRssMb = number(fields, "peak_mb");
            sample.showMs = number(fields, "show_ms");
        } else if (kind == "scroll" && scrolls) {
            scrolls->push_back(fields);
        }
    }
    if (sample.windowMs < 0 || sample.banksMs < 0) return std::nullopt;
    return sample;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Startup time and memory of tqm-trainer with a large bank and roster"};
    std::string work;
    std::size_t questions = 100000;
    std::size_t people = 10000;
    int repeat = 5;
    bool scroll = false;
    std::string trainer = TQM_BENCH_TRAINER;
    std::string generator = TQM_BENCH_GENERATE_BANK;
    app.add_option("WORKDIR", work, "Folder for the generated bank and databases")->required();
    app.add_option("--questions", questions, "Questions in the generated bank");
    app.add_option("--people", people, "People imported into the database");
    app.add_option("--repeat", repeat, "Runs of each client, alternately");
    app.add_flag("--scroll", scroll, "Also scroll the long lists to the end in one more run");
    app.add_option("--trainer", trainer, "The tqm-trainer program");
    app.add_option("--generator", generator, "The tqm-bench-generate-bank program");
    CLI11_PARSE(app, argc, argv);

    const fs::path root = fs::absolute(work);
    const fs::path fullBanks = root / ("banks-" + std::to_string(questions));
    const fs::path emptyBanks = root / "banks-empty";
    fs::create_directories(fullBanks);
    fs::create_directories(emptyBanks);
    const fs::path bank = fullBanks / "bank.xml";
    if (!fs::exists(bank)) {
        std::printf("generating %zu questions...\n", questions);
        if (!runTimed(
                {generator, std::to_string(questions), bank.string(), "--seed", "20261124"})) {
            std::fprintf(stderr, "the bank generator failed\n");
            return 1;
        }
    }
    const fs::path fullDb = root / "full.db";
    const fs::path emptyDb = root / "empty.db";
    if (!freshDatabase(fullDb, people) || !freshDatabase(emptyDb, 0)) {
        std::fprintf(stderr, "the databases could not be made\n");
        return 1;
    }

    std::vector<Sample> full;
    std::vector<Sample> empty;
    for (int i = 0; i < repeat; ++i) {
        const auto baseline = startOnce(trainer, emptyBanks, emptyDb, false, nullptr);
        const auto loaded = startOnce(trainer, fullBanks, fullDb, false, nullptr);
        if (!baseline || !loaded) {
            std::fprintf(stderr, "tqm-trainer --report-startup failed (is DISPLAY set?)\n");
            return 1;
        }
        empty.push_back(*baseline);
        full.push_back(*loaded);
    }
    auto column = [](const std::vector<Sample>& samples, double Sample::*field) {
        std::vector<double> values;
        for (const Sample& sample : samples) values.push_back(sample.*field);
        return median(values);
    };
    std::printf("tqm-trainer, medians of %d runs each, alternately\n", repeat);
    std::printf("%-34s %12s %12s %8s\n", "", "empty", "loaded", "ratio");
    const std::pair<const char*, double Sample::*> rows[] = {
        {"window usable, from fork (ms)", &Sample::windowMs},
        {"window usable, own clock (ms)", &Sample::windowOwnMs},
        {"banks shown, from fork (ms)", &Sample::banksMs},
        {"showing the banks, UI thread (ms)", &Sample::showMs},
        {"resident at window (MB)", &Sample::windowRssMb},
        {"resident with banks shown (MB)", &Sample::banksRssMb},
        {"peak resident until then (MB)", &Sample::peakRssMb},
    };
    for (const auto& [label, field] : rows) {
        const double before = column(empty, field);
        const double after = column(full, field);
        std::printf("%-34s %12.1f %12.1f %8.2f\n", label, before, after,
                    before > 0 ? after / before : 0.0);
    }
    std::printf("bank: %zu questions; roster: %zu people\n", questions, people);
    // GTK maps OpenGL (and with Mesa's software renderer, LLVM: about 50 MB) unless told not to.
    const auto loadedOpenGl = [](const std::vector<Sample>& samples) {
        return std::any_of(samples.begin(), samples.end(),
                           [](const Sample& sample) { return sample.openGl != 0; });
    };
    std::printf("OpenGL libraries mapped: %s (empty), %s (loaded)\n",
                loadedOpenGl(empty) ? "yes" : "no", loadedOpenGl(full) ? "yes" : "no");
    std::printf("targets: window usable < 1000 ms: %s; resident < 200 MB: %s\n",
                column(full, &Sample::windowMs) < 1000 ? "met" : "NOT met",
                column(full, &Sample::banksRssMb) < 200 ? "met" : "NOT met");

    if (scroll) {
        std::vector<std::map<std::string, std::string>> scrolls;
        if (!startOnce(trainer, fullBanks, fullDb, true, &scrolls) || scrolls.size() != 2) {
            std::fprintf(stderr, "tqm-trainer --report-scroll failed\n");
            return 1;
        }
        double worst = 0;
        for (const auto& fields : scrolls) {
            std::printf(
                "scroll %-10s rows %7s  steps %4s  worst handler %6.1f ms  worst step "
                "%6.1f ms  total %8.1f ms\n",
                fields.at("list").c_str(), fields.at("rows").c_str(), fields.at("steps").c_str(),
                number(fields, "worst_handler_ms"), number(fields, "worst_step_ms"),
                number(fields, "total_ms"));
            worst = std::max(worst, number(fields, "worst_handler_ms"));
        }
        std::printf("target: worst handler < 100 ms: %s\n", worst < 100 ? "met" : "NOT met");
    }
    return 0;
}
