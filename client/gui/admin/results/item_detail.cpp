#include "admin/results/item_detail.h"

#include <wx/intl.h>

#include "admin/results/result_texts.h"
#include "bank_browser/question_labels.h"
#include "exam/answer.h"

namespace tqm::gui {

namespace {

std::string utf8(const wxString& text) {
    return text.ToStdString(wxConvUTF8);
}

bool hasChoices(const exam::PaperQuestion& q) {
    return q.type == bank::QuestionType::SingleChoice ||
           q.type == bank::QuestionType::MultipleChoice;
}

std::string optionRows(const results::ItemRow& row, const HtmlColours& colours) {
    const exam::PaperQuestion& q = row.question;
    std::string html = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">";
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        const std::size_t chosen =
            i < row.statistics.optionChosen.size() ? row.statistics.optionChosen[i] : 0;
        const double share =
            row.people > 0 ? static_cast<double>(chosen) / static_cast<double>(row.people) : 0.0;
        const bool right = q.options[i].correct;
        const std::string colour = right ? colours.correct : colours.muted;
        const int barPercent = std::max(1, static_cast<int>(share * 100.0 + 0.5));
        // The option on one row, how often it was chosen as a bar and in words below it.
        html += "<tr><td colspan=\"2\"><font color=\"" + colour + "\"><b>" + exam::optionLetter(i) +
                ".</b> " + htmlParagraph(q.options[i].text);
        if (right) html += " <b>" + utf8(_("(correct)")) + "</b>";
        html += "</font></td></tr><tr><td width=\"60%\" valign=\"middle\">";
        const int rest = 100 - barPercent;
        html += "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"" +
                std::to_string(barPercent) + "%\" bgcolor=\"" +
                (chosen > 0 ? colour : colours.background) + "\">&nbsp;</td>" +
                (rest > 0 ? "<td width=\"" + std::to_string(rest) + "%\">&nbsp;</td>" : "") +
                "</tr></table>";
        html += "</td><td width=\"40%\" valign=\"middle\" nowrap>" +
                utf8(wxString::Format(_("%zu chosen, %s"), chosen, percentText(share)));
        html += "</td></tr>";
    }
    return html + "</table>";
}

}  // namespace

std::string itemDetailHtml(const results::ItemRow& row, const HtmlColours& colours) {
    const exam::PaperQuestion& q = row.question;
    const exam::ItemStatistics& s = row.statistics;
    std::string html =
        "<html><body bgcolor=\"" + colours.background + "\" text=\"" + colours.text + "\">";
    // Facts in a row, separated by a middle dot (kept out of the msgids, which stay ASCII).
    const wxString dot = wxString::FromUTF8(" · ");
    html += "<p><font color=\"" + colours.muted + "\">" +
            utf8(wxString::Format(_("Question %zu"), row.number) + dot + fromUtf8(q.questionId) +
                 dot + typeLabel(q.type) + dot + fromUtf8(q.category)) +
            "</font></p>";
    html += "<p><b>" + htmlParagraph(q.stem) + "</b></p>";
    const wxString reasons = flagReasons(s.flags);
    if (!reasons.empty())
        html += "<p><font color=\"" + colours.error + "\">" +
                htmlEscape(utf8(wxString::Format(_("Flagged: %s"), reasons))) + "</font></p>";
    html += "<p>" +
            utf8(wxString::Format(_("%zu people"), row.people) + dot +
                 wxString::Format(_("difficulty P %s"), ratioText(s.facility)) + dot +
                 wxString::Format(_("discrimination D %s"), ratioText(s.discrimination)) + dot +
                 wxString::Format(_("point-biserial %s"), ratioText(s.pointBiserial))) +
            "</p>";
    if (hasChoices(q) && !q.options.empty()) html += optionRows(row, colours);
    return html + "</body></html>";
}

}  // namespace tqm::gui
