#include "session/exam_setup.h"

#include <algorithm>
#include <fstream>
#include <map>

#include "base/file_io.h"
#include "exam/blueprint_reader.h"
#include "exam/blueprint_writer.h"
#include "session/exam_paper_source.h"

namespace tqm::session {

namespace {

// The id attribute of the file's <bank> element, read from the file's first few kilobytes so
// that looking through a folder of large banks stays cheap. The bank is read in full (and its id
// checked again) once it is chosen.
std::string peekBankId(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string head(8192, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    std::size_t tag = head.find("<bank");
    while (tag != std::string::npos && tag + 5 < head.size() &&
           !std::isspace(static_cast<unsigned char>(head[tag + 5])))
        tag = head.find("<bank", tag + 5);
    if (tag == std::string::npos) return {};
    const std::size_t end = head.find('>', tag);
    const std::string_view element = std::string_view(head).substr(tag, end - tag);
    for (std::size_t at = element.find("id"); at != std::string_view::npos;
         at = element.find("id", at + 2)) {
        if (!std::isspace(static_cast<unsigned char>(element[at - 1]))) continue;
        std::size_t i = at + 2;
        while (i < element.size() && std::isspace(static_cast<unsigned char>(element[i]))) ++i;
        if (i >= element.size() || element[i] != '=') continue;
        ++i;
        while (i < element.size() && std::isspace(static_cast<unsigned char>(element[i]))) ++i;
        if (i >= element.size() || (element[i] != '"' && element[i] != '\'')) continue;
        const char quote = element[i];
        const std::size_t close = element.find(quote, i + 1);
        if (close == std::string_view::npos) return {};
        return std::string(element.substr(i + 1, close - i - 1));
    }
    return {};
}

std::vector<std::filesystem::path> xmlFilesIn(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        if (entry.is_regular_file(error) && entry.path().extension() == ".xml")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

std::optional<std::filesystem::path> findBankFor(std::string_view bankId,
                                                 const std::filesystem::path& blueprintFile) {
    const std::filesystem::path folder = blueprintFile.parent_path().empty()
                                             ? std::filesystem::path(".")
                                             : blueprintFile.parent_path();
    for (const std::filesystem::path& candidates : {folder, folder / ".." / "banks"})
        for (const std::filesystem::path& file : xmlFilesIn(candidates))
            if (file != blueprintFile && peekBankId(file) == bankId) return file.lexically_normal();
    return std::nullopt;
}

ExamSetupResult createExamFromBlueprint(ExamService& service, const ExamSetup& setup) {
    ExamSetupResult result;
    exam::BlueprintReadResult read = exam::readBlueprintFile(setup.blueprintFile);
    result.diagnostics = read.diagnostics;
    if (!read.ok()) return result;

    exam::Blueprint& blueprint = read.blueprint;
    if (setup.paperMode) blueprint.options.mode = *setup.paperMode;
    const std::optional<std::filesystem::path> bankFile =
        setup.bankFile ? setup.bankFile : findBankFor(blueprint.bankId, setup.blueprintFile);
    if (!bankFile) {
        result.diagnostics.push_back(
            {setup.blueprintFile.string(), blueprint.pos.line, blueprint.pos.column,
             Severity::Error, "bank-not-found",
             "no bank with id \"" + blueprint.bankId + "\" was found beside the blueprint or in " +
                 "the banks folder next to it; name the bank file with --bank"});
        return result;
    }
    result.bankFile = std::filesystem::absolute(*bankFile).lexically_normal();

    ExamPaperSource::OpenResult opened = ExamPaperSource::open(blueprint, result.bankFile);
    result.diagnostics.insert(result.diagnostics.end(), opened.diagnostics.begin(),
                              opened.diagnostics.end());
    if (!opened.source) return result;
    const exam::AssembledPaper trial =
        opened.source->assemble(static_cast<std::uint64_t>(setup.seed), "", {});
    result.diagnostics.insert(result.diagnostics.end(), trial.diagnostics.begin(),
                              trial.diagnostics.end());
    if (!trial.ok()) return result;
    if (setup.passMark > blueprint.totalPoints()) {
        result.problems.push_back(
            {"pass-mark-above-total",
             "the pass mark " + exam::formatPoints(setup.passMark) + " is more than the paper's " +
                 exam::formatPoints(blueprint.totalPoints()) + " points; nobody could pass."});
        return result;
    }

    std::string xml;
    if (setup.paperMode) {
        xml = exam::blueprintToXml(blueprint);
    } else {
        std::ifstream in(setup.blueprintFile, std::ios::binary);
        xml.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }

    store::ExamSettings settings;
    settings.title = setup.title.empty() ? blueprint.title : setup.title;
    settings.blueprintRow = service.importBlueprint(blueprint.id, blueprint.title, xml);
    settings.bankFile = result.bankFile.string();
    settings.timeLimit = setup.timeLimit;
    settings.passMark = setup.passMark;
    settings.attemptsAllowed = setup.attemptsAllowed;
    settings.combine = setup.combine;
    settings.showAnswers = setup.showAnswers;
    settings.timerPolicy = setup.timerPolicy;
    settings.paperMode = blueprint.options.mode == exam::PaperMode::PerPerson
                             ? store::PaperMode::PerPerson
                             : store::PaperMode::Same;
    settings.seed = setup.seed;
    settings.closesAt = setup.closesAt;
    CreateExamResult created = service.createExam(settings);
    result.problems = std::move(created.problems);
    result.examId = created.examId;
    return result;
}

}  // namespace tqm::session
