#include "exam/review_html.h"

#include <algorithm>

#include <wx/filename.h>
#include <wx/filesys.h>
#include <wx/intl.h>

#include "bank_browser/question_labels.h"
#include "exam/exam_texts.h"
#include "session/practice_feedback.h"

namespace tqm::gui {

namespace {

std::string text(const wxString& translated) {
    return htmlEscape(translated.utf8_string());
}

std::string option(const exam::PaperQuestion& question, std::size_t index) {
    const std::string body = index < question.options.size() ? question.options[index].text : "";
    return exam::optionLetter(index) + ". " + body;
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

std::string statusText(const store::StoredQuestion& scored) {
    if (!scored.status) return {};
    switch (*scored.status) {
        case exam::ScoreStatus::Correct:
            return text(_("Correct"));
        case exam::ScoreStatus::PartiallyCorrect:
            return text(_("Partly correct"));
        case exam::ScoreStatus::Wrong:
            return text(_("Wrong"));
        case exam::ScoreStatus::Unanswered:
            return text(_("Not answered"));
        default:
            break;
    }
    return text(_("Awaiting marking"));
}

std::string statusColour(const store::StoredQuestion& scored, const HtmlColours& colours) {
    if (!scored.status) return colours.muted;
    switch (*scored.status) {
        case exam::ScoreStatus::Correct:
            return colours.correct;
        case exam::ScoreStatus::PartiallyCorrect:
        case exam::ScoreStatus::Wrong:
        case exam::ScoreStatus::Unanswered:
            return colours.error;
        default:
            break;
    }
    return colours.muted;
}

// The label of a row of the answer table: spaces become no-break spaces, so the label column is
// as wide as its widest label in the current language and no label wraps.
std::string rowLabel(const wxString& translated, const HtmlColours& colours) {
    std::string label = text(translated);
    for (std::size_t at = label.find(' '); at != std::string::npos; at = label.find(' ', at))
        label.replace(at, 1, "&nbsp;");
    return "<td valign=\"top\" nowrap><font color=\"" + colours.muted + "\">" + label +
           "</font></td>";
}

std::string figureHtml(const exam::PaperImage& image, const HtmlColours& colours,
                       const ReviewFigures& figures) {
    const std::optional<PixelSize> size =
        figures.imageSize ? figures.imageSize(std::filesystem::path(image.path)) : std::nullopt;
    if (!size || size->width <= 0 || size->height <= 0)
        return "<p><font color=\"" + colours.error + "\">" +
               text(wxString::Format(_("Figure not available: the file %s is missing or "
                                       "unreadable."),
                                     wxString::FromUTF8(image.path))) +
               "</font></p>";
    const double factor = std::min({1.0, static_cast<double>(figures.maxWidth) / size->width,
                                    static_cast<double>(figures.maxHeight) / size->height});
    const int width = std::max(1, static_cast<int>(size->width * factor));
    const int height = std::max(1, static_cast<int>(size->height * factor));
    const wxString url = wxFileSystem::FileNameToURL(wxFileName(wxString::FromUTF8(image.path)));
    return "<p><img src=\"" + htmlEscape(url.utf8_string()) + "\" width=\"" +
           std::to_string(width) + "\" height=\"" + std::to_string(height) + "\"></p>";
}

}  // namespace

std::string reviewAnchor(std::size_t index) {
    return "question-" + std::to_string(index + 1);
}

std::string readableAnswer(const exam::PaperQuestion& question, const exam::Answer& answer) {
    if (const auto* choice = std::get_if<exam::ChoiceAnswer>(&answer)) {
        std::vector<std::string> parts;
        for (const std::size_t index : choice->chosen) parts.push_back(option(question, index));
        return joined(parts, "；");
    }
    if (const auto* truth = std::get_if<exam::TrueFalseAnswer>(&answer))
        return (truth->value ? _("True") : _("False")).utf8_string();
    if (const auto* blanks = std::get_if<exam::BlankAnswer>(&answer))
        return joined(blanks->texts, " / ");
    if (const auto* order = std::get_if<exam::OrderAnswer>(&answer)) {
        std::vector<std::string> parts;
        for (const std::size_t index : order->order) parts.push_back(option(question, index));
        return joined(parts, " → ");
    }
    if (const auto* match = std::get_if<exam::MatchAnswer>(&answer)) {
        std::vector<std::string> parts;
        for (std::size_t i = 0; i < match->chosen.size(); ++i) {
            if (!match->chosen[i] || i >= question.matchPrompts.size()) continue;
            const std::size_t to = *match->chosen[i];
            parts.push_back(exam::optionLetter(i) + ". " + question.matchPrompts[i] + " — " +
                            std::to_string(to + 1) + ". " +
                            (to < question.matchAnswers.size() ? question.matchAnswers[to] : ""));
        }
        return joined(parts, "；");
    }
    if (const auto* essay = std::get_if<exam::EssayAnswer>(&answer)) return essay->text;
    return {};
}

std::string reviewHtml(const std::vector<ReviewItem>& items, const HtmlColours& colours,
                       const ReviewFigures& figures) {
    std::string html =
        "<html><body bgcolor=\"" + colours.background + "\" text=\"" + colours.text + "\">";
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ReviewItem& item = items[i];
        const exam::PaperQuestion& question = *item.question;
        const std::string mine = readableAnswer(question, item.answer);
        html +=
            "<a name=\"" + reviewAnchor(i) + "\"></a><p><b>" +
            text(wxString::Format(_("Question %zu"), i + 1)) + "</b> &nbsp;<font color=\"" +
            colours.muted + "\">" + text(typeLabel(question.type)) + " · " +
            text(wxString::Format(_("%s of %s points"), pointsLabel(item.scored.earned.value_or(0)),
                                  pointsLabel(item.scored.points))) +
            "</font> &nbsp;<font color=\"" + statusColour(item.scored, colours) + "\"><b>" +
            statusText(item.scored) + "</b></font><br>";
        html += htmlParagraph(question.stem) + "</p>";
        for (const exam::PaperImage& image : question.images)
            html += figureHtml(image, colours, figures);
        html += "<table cellspacing=\"0\" cellpadding=\"3\">";
        html += "<tr>" + rowLabel(_("Your answer"), colours) + "<td>" +
                (mine.empty() ? text(_("(no answer)")) : htmlParagraph(mine)) + "</td></tr>";
        const std::string key = session::readableAnswerOf(question);
        if (!key.empty())
            html +=
                "<tr>" +
                rowLabel(question.type == bank::QuestionType::ShortAnswer ? _("Reference answer")
                                                                          : _("Correct answer"),
                         colours) +
                "<td><font color=\"" + colours.correct + "\">" + htmlParagraph(key) +
                "</font></td></tr>";
        if (!question.explanation.empty())
            html += "<tr>" + rowLabel(_("Explanation"), colours) + "<td>" +
                    htmlParagraph(question.explanation) + "</td></tr>";
        html += "</table><hr>";
    }
    return html + "</body></html>";
}

}  // namespace tqm::gui
