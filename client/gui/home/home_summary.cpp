#include "home/home_summary.h"

#include <wx/intl.h>

#include "bank/bank_stats.h"
#include "bank_browser/question_labels.h"
#include "widgets/html_text.h"

namespace tqm::gui {

namespace {

std::string label(const wxString& text) {
    return htmlEscape(text.utf8_string());
}

std::string cell(const std::string& html, const HtmlColours& colours, bool header = false) {
    if (header)
        return "<td bgcolor=\"" + colours.tableHeader +
               "\" align=\"center\" nowrap><font color=\"" + colours.muted + "\">" + html +
               "</font></td>";
    return "<td align=\"center\">" + html + "</td>";
}

void appendIdentity(std::string& html, const LoadedBank& loaded, const HtmlColours& colours) {
    const bank::Bank& bank = loaded.bank();
    auto row = [&](const wxString& name, const std::string& value) {
        if (value.empty()) return;
        html += "<tr><td nowrap><font color=\"" + colours.muted + "\">" + label(name) +
                "</font></td><td>" + value + "</td></tr>";
    };
    html += "<table cellspacing=\"0\" cellpadding=\"3\">";
    row(_("Bank id"), htmlEscape(bank.id));
    row(_("Version"), htmlEscape(bank.version));
    row(_("Organization"), htmlEscape(bank.organization));
    row(_("File"), htmlEscape(loaded.file.string()));
    html += "</table>";
}

void appendCounts(std::string& html, const bank::Bank& bank, const HtmlColours& colours) {
    const bank::BankStats stats = bank::computeStats(bank);
    std::string header = cell(label(_("Questions")), colours, true);
    std::string values = cell("<b>" + std::to_string(stats.questions) + "</b>", colours);
    for (bank::QuestionType type : bank::kAllQuestionTypes) {
        const auto found = stats.byType.find(std::string(bank::typeName(type)));
        const std::size_t count = found == stats.byType.end() ? 0 : found->second;
        header += cell(label(typeLabel(type)), colours, true);
        values += cell(std::to_string(count), colours);
    }
    html += "<table cellspacing=\"1\" cellpadding=\"5\"><tr>" + header + "</tr><tr>" + values +
            "</tr></table>";

    header = cell(label(_("Difficulty")), colours, true);
    values = cell(label(_("Questions")), colours);
    for (int difficulty = 1; difficulty <= 5; ++difficulty) {
        const auto found = stats.byDifficulty.find(difficulty);
        const std::size_t count = found == stats.byDifficulty.end() ? 0 : found->second;
        header += cell(label(difficultyStars(difficulty)), colours, true);
        values += cell(std::to_string(count), colours);
    }
    html += "<table cellspacing=\"1\" cellpadding=\"5\"><tr>" + header + "</tr><tr>" + values +
            "</tr></table>";
}

void appendProblemCounts(std::string& html, const LoadedBank& loaded, const HtmlColours& colours) {
    const std::size_t errors = countBySeverity(loaded.problems(), Severity::Error);
    const std::size_t warnings = countBySeverity(loaded.problems(), Severity::Warning);
    if (errors == 0 && warnings == 0) {
        html += "<p><font color=\"" + colours.correct + "\">" +
                label(_("No problems were found in this bank.")) + "</font></p>";
        return;
    }
    html += "<p>";
    if (errors > 0) {
        html += "<font color=\"" + colours.error + "\"><b>" +
                label(wxString::Format(wxPLURAL("%zu error", "%zu errors", errors), errors)) +
                "</b></font>&nbsp;&nbsp;&nbsp;";
    }
    if (warnings > 0) {
        html +=
            "<font color=\"" + colours.muted + "\"><b>" +
            label(wxString::Format(wxPLURAL("%zu warning", "%zu warnings", warnings), warnings)) +
            "</b></font>&nbsp;&nbsp;&nbsp;";
    }
    html += label(_("The problems are listed below.")) + "</p>";
}

}  // namespace

std::string homeSummaryHtml(const BankLibrary& library, const HtmlColours& colours) {
    std::string html =
        "<html><body bgcolor=\"" + colours.background + "\" text=\"" + colours.text + "\">";
    html += "<p><font size=\"+2\"><b>" + label(_("Loaded question banks")) + "</b></font><br>";
    const std::size_t banks = library.banks().size();
    html += "<font color=\"" + colours.muted + "\">" +
            label(wxString::Format(_("Banks loaded: %zu. Questions in all: %zu."), banks,
                                   library.questionCount())) +
            "</font></p>";
    if (banks == 0) {
        html +=
            "<p>" + label(_("No question bank is loaded. Open one from the File menu.")) + "</p>";
    }
    for (const LoadedBank& loaded : library.banks()) {
        const bank::Bank& bank = loaded.bank();
        const std::string title =
            bank.title.empty() ? loaded.file.filename().string() : std::string(bank.title);
        html += "<hr><p><font size=\"+1\"><b>" + htmlEscape(title) + "</b></font></p>";
        if (!bank.description.empty()) html += "<p>" + htmlParagraph(bank.description) + "</p>";
        appendIdentity(html, loaded, colours);
        appendCounts(html, bank, colours);
        appendProblemCounts(html, loaded, colours);
    }
    html += "</body></html>";
    return html;
}

}  // namespace tqm::gui
