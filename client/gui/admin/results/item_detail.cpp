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
        html += "<tr><td width=\"45%\" valign=\"top\"><font color=\"" + colour + "\"><b>" +
                exam::optionLetter(i) + ".</b> " + htmlParagraph(q.options[i].text);
        if (right) html += " <b>" + utf8(_("(correct)")) + "</b>";
        html += "</font></td><td width=\"20%\" align=\"right\" valign=\"top\">" +
                utf8(wxString::Format(_("%zu chosen, %s"), chosen, percentText(share))) +
                "</td><td width=\"35%\" valign=\"middle\">";
        if (chosen > 0)
            html += "<table width=\"" + std::to_string(barPercent) +
                    "%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td bgcolor=\"" + colour +
                    "\" height=\"10\"></td></tr></table>";
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
    html += "<p><font color=\"" + colours.muted + "\">" +
            utf8(wxString::Format(_("No. %zu · %s · %s · %s"), row.number, fromUtf8(q.questionId),
                                  typeLabel(q.type), fromUtf8(q.category))) +
            "</font></p>";
    html += "<p><b>" + htmlParagraph(q.stem) + "</b></p>";
    const wxString reasons = flagReasons(s.flags);
    if (!reasons.empty())
        html += "<p><font color=\"" + colours.error + "\">" +
                htmlEscape(utf8(wxString::Format(_("Flagged: %s"), reasons))) + "</font></p>";
    html += "<p>" +
            utf8(wxString::Format(_("%zu people · difficulty P %s · discrimination D %s · "
                                    "point-biserial %s"),
                                  row.people, ratioText(s.facility), ratioText(s.discrimination),
                                  ratioText(s.pointBiserial))) +
            "</p>";
    if (hasChoices(q) && !q.options.empty()) html += optionRows(row, colours);
    return html + "</body></html>";
}

}  // namespace tqm::gui
