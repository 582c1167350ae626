// tqm-bench-load-bank FILE [--repeat K] [--document-path]: compares the core's full load of a
// native bank (parse, check, index) with a plain pugixml parse of the same bytes, in time and in
// peak memory. With --document-path, the load by the reader's document path alone (the one used
// when the streaming path refuses a file) is timed in the same runs too.
//
// Peak memory is measured in child processes forked before the parent reads the file, so each
// child starts from the parent's small baseline and its ru_maxrss is the peak of one load from
// disk, as a fresh program would see it.
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <pugixml.hpp>

#include "bank/native_reader.h"
#include "bank/native_reader_paths.h"

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of the whole process (every thread), in milliseconds. Reported beside wall time
// because on a busy machine wall time mostly measures the other processes.
double processCpuMilliseconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

// Runs `load` in a child process and returns the child's peak resident set in bytes (0 when the
// child failed).
long peakResidentBytes(const std::function<bool()>& load) {
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child < 0) return 0;
    if (child == 0) _exit(load() ? 0 : 1);
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return 0;
    return usage.ru_maxrss * 1024L;  // Linux reports kilobytes
}

std::string readWholeFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

double megabytes(double bytes) {
    return bytes / (1024.0 * 1024.0);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Time and measure loading a native bank against a raw pugixml parse."};
    std::filesystem::path file;
    int repeat = 5;
    app.add_option("FILE", file, "Native bank file")->required()->check(CLI::ExistingFile);
    app.add_option("--repeat", repeat, "Timed runs of each load; the median is reported")
        ->check(CLI::PositiveNumber);
    bool documentPath = false;
    app.add_flag("--document-path", documentPath,
                 "Also time the reader's document path alone (pugixml's tree, then the model)");
    CLI11_PARSE(app, argc, argv);

    const long corePeak = peakResidentBytes([&] { return tqm::bank::readBankFile(file).ok(); });
    const long rawPeak = peakResidentBytes([&] {
        pugi::xml_document document;
        return static_cast<bool>(document.load_file(file.c_str()));
    });

    const std::string bytes = readWholeFile(file);
    const std::string fileName = file.string();
    const std::filesystem::path baseDir = file.parent_path().empty() ? "." : file.parent_path();

    std::vector<double> rawTimes;
    std::vector<double> coreTimes;
    std::vector<double> rawCpu;
    std::vector<double> coreCpu;
    std::vector<double> documentTimes;
    std::vector<double> documentCpu;
    std::size_t questions = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::string firstError;
    for (int run = 0; run < repeat; ++run) {
        {
            pugi::xml_document document;
            const double cpuStart = processCpuMilliseconds();
            const auto start = Clock::now();
            const pugi::xml_parse_result parsed = document.load_buffer(bytes.data(), bytes.size());
            rawTimes.push_back(millisecondsSince(start));
            rawCpu.push_back(processCpuMilliseconds() - cpuStart);
            if (!parsed) {
                std::fprintf(stderr, "%s: pugixml: %s\n", fileName.c_str(), parsed.description());
                return 1;
            }
        }
        {
            const double cpuStart = processCpuMilliseconds();
            const auto start = Clock::now();
            const tqm::bank::ReadResult result = tqm::bank::readBankBytes(bytes, fileName, baseDir);
            coreTimes.push_back(millisecondsSince(start));
            coreCpu.push_back(processCpuMilliseconds() - cpuStart);
            questions = result.bank.questions.size();
            errors = tqm::countBySeverity(result.diagnostics, tqm::Severity::Error);
            warnings = tqm::countBySeverity(result.diagnostics, tqm::Severity::Warning);
            for (const tqm::Diagnostic& d : result.diagnostics)
                if (firstError.empty() && d.severity == tqm::Severity::Error)
                    firstError = tqm::formatDiagnostic(d);
        }
        if (documentPath) {
            using tqm::bank::reader::ReaderPath;
            const double cpuStart = processCpuMilliseconds();
            const auto start = Clock::now();
            const auto result =
                tqm::bank::reader::readBankBytesBy(ReaderPath::Document, bytes, fileName, baseDir);
            documentTimes.push_back(millisecondsSince(start));
            documentCpu.push_back(processCpuMilliseconds() - cpuStart);
            if (!result || result->bank.questions.size() != questions) return 1;
        }
    }

    const double size = static_cast<double>(bytes.size());
    const double raw = median(rawTimes);
    const double core = median(coreTimes);
    std::printf("file            %s\n", fileName.c_str());
    std::printf("size            %.1f MB (%zu bytes), %zu questions\n", megabytes(size),
                bytes.size(), questions);
    std::printf("diagnostics     %zu errors, %zu warnings\n", errors, warnings);
    std::printf("runs            %d (medians below)\n", repeat);
    const double rawCpuTime = median(rawCpu);
    const double coreCpuTime = median(coreCpu);
    std::printf("                wall time   CPU time (all threads)\n");
    std::printf("raw pugixml     %7.1f ms  %7.1f ms\n", raw, rawCpuTime);
    std::printf("core load       %7.1f ms  %7.1f ms\n", core, coreCpuTime);
    std::printf("ratio           %7.2f     %7.2f    (core / raw)\n", core / raw,
                coreCpuTime / rawCpuTime);
    if (documentPath) {
        const double document = median(documentTimes);
        const double documentCpuTime = median(documentCpu);
        std::printf("document path   %7.1f ms  %7.1f ms\n", document, documentCpuTime);
        std::printf("ratio           %7.2f     %7.2f    (document path / raw)\n", document / raw,
                    documentCpuTime / rawCpuTime);
    }
    std::printf("peak RSS core   %.1f MB = %.2f x file size\n", megabytes(corePeak),
                corePeak / size);
    std::printf("peak RSS raw    %.1f MB = %.2f x file size\n", megabytes(rawPeak), rawPeak / size);
    if (errors > 0) {
        std::fprintf(stderr, "the bank has errors; first: %s\n", firstError.c_str());
        return 1;
    }
    return corePeak > 0 && rawPeak > 0 ? 0 : 1;
}
