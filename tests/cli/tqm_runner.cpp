#include "tqm_runner.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

extern char** environ;

namespace tqm::clitest {

std::filesystem::path dataDir() {
    return TQM_CLI_DATA_DIR;
}

std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> linesOf(std::string_view text) {
    std::vector<std::string> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        lines.emplace_back(text.substr(0, end));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tqm-cli-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed: " + std::string(std::strerror(errno)));
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

namespace {

// Owns a posix_spawn_file_actions_t for the duration of one spawn.
class FileActions {
  public:
    FileActions() { posix_spawn_file_actions_init(&actions_); }
    ~FileActions() { posix_spawn_file_actions_destroy(&actions_); }
    FileActions(const FileActions&) = delete;
    FileActions& operator=(const FileActions&) = delete;
    posix_spawn_file_actions_t* get() { return &actions_; }

  private:
    posix_spawn_file_actions_t actions_;
};

TqmRun run(const std::vector<std::string>& args, const std::filesystem::path& workDir,
           const std::string& inputFile) {
    const TempDir capture;
    const std::string outFile = (capture / "stdout").string();
    const std::string errFile = (capture / "stderr").string();
    const std::string dir = (workDir.empty() ? dataDir() : workDir).string();

    FileActions actions;
    posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, inputFile.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(actions.get(), STDOUT_FILENO, outFile.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(actions.get(), STDERR_FILENO, errFile.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addchdir_np(actions.get(), dir.c_str());

    std::string binary = TQM_BINARY;
    std::vector<std::string> storage = args;
    std::vector<char*> argv{binary.data()};
    for (std::string& arg : storage) argv.push_back(arg.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    if (const int rc =
            posix_spawn(&pid, binary.c_str(), actions.get(), nullptr, argv.data(), environ);
        rc != 0)
        throw std::runtime_error("cannot start " + binary + ": " + std::strerror(rc));
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) throw std::runtime_error("waitpid failed");

    TqmRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.out = readFile(outFile);
    run.err = readFile(errFile);
    return run;
}

}  // namespace

TqmRun runTqm(const std::vector<std::string>& args, const std::filesystem::path& workDir) {
    return run(args, workDir, "/dev/null");
}

TqmRun runTqmWithInput(const std::vector<std::string>& args, std::string_view input,
                       const std::filesystem::path& workDir) {
    const TempDir folder;
    const std::filesystem::path inputFile = folder / "stdin";
    std::ofstream(inputFile, std::ios::binary) << input;
    return run(args, workDir, inputFile.string());
}

}  // namespace tqm::clitest
