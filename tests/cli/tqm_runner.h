// Runs the real `tqm` binary as a user would and captures what it prints, so the tests check the
// command line end to end: argument parsing, output streams and exit codes.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tqm::clitest {

struct TqmRun {
    int exitCode = -1;
    std::string out;  // standard output
    std::string err;  // standard error
};

// Runs `tqm args...` with `workDir` as its current folder (default: tests/data/cli), so that
// relative file names in the expected output stay short.
TqmRun runTqm(const std::vector<std::string>& args, const std::filesystem::path& workDir = {});

// runTqm() with `input` as standard input, as a person typing at the terminal would give it.
TqmRun runTqmWithInput(const std::vector<std::string>& args, std::string_view input,
                       const std::filesystem::path& workDir = {});

// The folder of the test inputs, tests/data/cli.
std::filesystem::path dataDir();

// The lines of `text` without their line ends.
std::vector<std::string> linesOf(std::string_view text);

std::string readFile(const std::filesystem::path& file);

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

  private:
    std::filesystem::path path_;
};

}  // namespace tqm::clitest
