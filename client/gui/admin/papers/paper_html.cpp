#include "admin/papers/paper_html.h"

#include <wx/intl.h>

#include "bank_browser/question_labels.h"
#include "exam/points.h"
#include "widgets/value_texts.h"

namespace tqm::gui {

namespace {

std::string tr(const wxString& text) {
    return text.utf8_string();
}

std::string letter(std::size_t index) {
    return std::string(1, char('A' + index));
}

std::string keyLine(const std::string& label, const std::string& value,
                    const HtmlColours& colours) {
    return "<p><font color=\"" + colours.correct + "\"><b>" + htmlEscape(label) + "</b> " + value +
           "</font></p>";
}

std::string answerKey(const exam::PaperQuestion& q, const HtmlColours& colours) {
    using T = bank::QuestionType;
    std::string html;
    switch (q.type) {
        case T::SingleChoice:
        case T::MultipleChoice:
        case T::Ordering: {
            for (std::size_t i = 0; i < q.options.size(); ++i) {
                const bool key = q.type != T::Ordering && q.options[i].correct;
                html += "<p>" +
                        std::string(key ? "<font color=\"" + colours.correct + "\"><b>" : "") +
                        letter(i) + ". " + htmlParagraph(q.options[i].text) +
                        (key ? " ✓</b></font>" : "") + "</p>";
            }
            if (q.type == T::Ordering) {
                std::string order;
                for (std::size_t index : q.correctOrder) order += letter(index);
                html += keyLine(tr(_("Correct order:")), htmlEscape(order), colours);
            }
            break;
        }
        case T::TrueFalse:
            html += keyLine(tr(_("Answer:")), htmlEscape(tr(q.answerTrue ? _("True") : _("False"))),
                            colours);
            break;
        case T::FillBlank:
            for (std::size_t b = 0; b < q.blanks.size(); ++b) {
                std::string accepted;
                for (const std::string& text : q.blanks[b].accepted)
                    accepted += (accepted.empty() ? "" : " / ") + htmlEscape(text);
                html += keyLine(tr(wxString::Format(_("Blank %zu:"), b + 1)), accepted, colours);
            }
            break;
        case T::Matching:
            for (std::size_t p = 0; p < q.matchPrompts.size(); ++p) {
                const std::size_t answer = p < q.matchKey.size() ? q.matchKey[p] : 0;
                html +=
                    "<p>" + htmlParagraph(q.matchPrompts[p]) + " → <font color=\"" +
                    colours.correct + "\">" +
                    htmlParagraph(answer < q.matchAnswers.size() ? q.matchAnswers[answer] : "") +
                    "</font></p>";
            }
            break;
        case T::ShortAnswer:
            html += keyLine(tr(_("Reference answer:")), htmlParagraph(q.referenceAnswer), colours);
            if (!q.gradingNotes.empty())
                html += "<p><font color=\"" + colours.muted + "\"><b>" +
                        htmlEscape(tr(_("Grading notes:"))) + "</b> " +
                        htmlParagraph(q.gradingNotes) + "</font></p>";
            break;
    }
    return html;
}

}  // namespace

std::string paperQuestionHtml(const exam::PaperQuestion& q, std::size_t seq,
                              const HtmlColours& colours) {
    std::string html = "<p><b>" + std::to_string(seq) + ".</b> <font color=\"" + colours.muted +
                       "\">[" + htmlEscape(tr(typeLabel(q.type))) + " · " +
                       htmlEscape(tr(wxString::Format(_("%s points"), pointsLabel(q.points)))) +
                       " · " + htmlEscape(q.questionId) + "]</font></p>";
    html += "<p>" + htmlParagraph(q.stem) + "</p>";
    html += "<blockquote>" + answerKey(q, colours) + "</blockquote>";
    return html;
}

std::string paperHtml(const std::string& heading, const std::vector<exam::PaperQuestion>& paper,
                      const HtmlColours& colours) {
    std::string html = "<html><body bgcolor=\"" + colours.background + "\" text=\"" + colours.text +
                       "\"><h3>" + htmlEscape(heading) + "</h3>";
    for (std::size_t i = 0; i < paper.size(); ++i)
        html += paperQuestionHtml(paper[i], i + 1, colours);
    return html + "</body></html>";
}

}  // namespace tqm::gui
