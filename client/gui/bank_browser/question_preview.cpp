#include "bank_browser/question_preview.h"

#include <system_error>

#include <wx/intl.h>

#include "bank_browser/question_labels.h"
#include "widgets/html_text.h"

namespace tqm::gui {

namespace {

using bank::Question;
using bank::QuestionType;

// Translated labels are escaped too: a translation may contain "&" or "<".
std::string label(const wxString& text) {
    return htmlEscape(text.utf8_string());
}

std::string openPage(const HtmlColours& colours) {
    return "<html><body bgcolor=\"" + colours.background + "\" text=\"" + colours.text + "\">";
}

std::string section(const wxString& title) {
    return "<p><b>" + label(title) + "</b><br>";
}

std::string optionLetter(std::size_t index) {
    if (index < 26) return std::string(1, static_cast<char>('A' + index));
    return std::to_string(index + 1);
}

bool safeImagePath(const std::filesystem::path& relative) {
    const std::string text = relative.generic_string();
    if (relative.is_absolute() || text.find('\\') != std::string::npos ||
        text.find(':') != std::string::npos)
        return false;
    for (const auto& part : relative)
        if (part == "..") return false;
    return true;
}

std::string imageSizeAttributes(const std::filesystem::path& file,
                                const ImageSizeReader& imageSize) {
    if (!imageSize) return {};
    const std::optional<PixelSize> size = imageSize(file);
    if (!size || size->width <= kPreviewImageWidth || size->width <= 0) return {};
    const int height = size->height * kPreviewImageWidth / size->width;
    return " width=\"" + std::to_string(kPreviewImageWidth) + "\" height=\"" +
           std::to_string(height) + "\"";
}

void appendImages(std::string& html, const Question& q, const std::filesystem::path& bankDir,
                  const HtmlColours& colours, const ImageSizeReader& imageSize) {
    for (std::string_view src : q.images) {
        const std::filesystem::path relative{std::string(src)};
        const std::filesystem::path file = bankDir / relative;
        std::error_code error;
        if (!bankDir.empty() && safeImagePath(relative) &&
            std::filesystem::is_regular_file(file, error)) {
            // A large figure is scaled down so that it does not push the answer out of sight.
            html += "<p><img src=\"" + htmlEscape(file.string()) + "\" alt=\"" + htmlEscape(src) +
                    "\"" + imageSizeAttributes(file, imageSize) + "></p>";
        } else {
            html += "<p><font color=\"" + colours.error + "\">" +
                    label(wxString::Format(_("Image not shown: %s"), fromUtf8(src))) +
                    "</font></p>";
        }
    }
}

void appendChoices(std::string& html, const Question& q, const HtmlColours& colours) {
    html += "<table cellspacing=\"0\" cellpadding=\"4\">";
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        const bank::Choice& choice = q.choices[i];
        const std::string letter = optionLetter(i) + ".";
        if (choice.correct) {
            html += "<tr><td><font color=\"" + colours.correct + "\"><b>" + letter +
                    "</b></font></td><td><font color=\"" + colours.correct + "\"><b>" +
                    htmlParagraph(choice.text) + "</b></font></td><td><font color=\"" +
                    colours.correct + "\">&#10004; " + label(_("Correct answer")) +
                    "</font></td></tr>";
        } else {
            html += "<tr><td><b>" + letter + "</b></td><td>" + htmlParagraph(choice.text) +
                    "</td><td></td></tr>";
        }
    }
    html += "</table>";
}

std::string joinAccepted(const bank::Blank& blank) {
    std::string text;
    for (std::string_view accepted : blank.accepted) {
        if (!text.empty()) text += " / ";
        text += htmlEscape(accepted);
    }
    if (blank.number) {
        if (!text.empty()) text += " / ";
        text += htmlEscape(pointsText(*blank.number).utf8_string());
        if (blank.tolerance > 0)
            text += " &#177; " + htmlEscape(pointsText(blank.tolerance).utf8_string());
    }
    return text;
}

void appendAnswer(std::string& html, const Question& q, const HtmlColours& colours) {
    const std::string correctOpen = "<font color=\"" + colours.correct + "\">";
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            appendChoices(html, q, colours);
            break;
        case QuestionType::TrueFalse:
            html += section(_("Answer")) + correctOpen + "<b>" +
                    label(q.answerTrue ? _("True") : _("False")) + "</b></font></p>";
            break;
        case QuestionType::FillBlank:
            html += section(_("Accepted answers"));
            for (std::size_t i = 0; i < q.blanks.size(); ++i) {
                html += label(wxString::Format(_("Blank %zu:"), i + 1)) + " " + correctOpen +
                        "<b>" + joinAccepted(q.blanks[i]) + "</b></font><br>";
            }
            html += label(q.caseSensitive ? _("Letter case matters.")
                                          : _("Letter case does not matter.")) +
                    "</p>";
            break;
        case QuestionType::Ordering:
            html += section(_("Correct order")) + "</p><ol>";
            for (const bank::Choice& item : q.choices)
                html += "<li>" + correctOpen + htmlParagraph(item.text) + "</font></li>";
            html += "</ol>";
            break;
        case QuestionType::Matching:
            html +=
                section(_("Matching pairs")) + "</p><table cellspacing=\"0\" cellpadding=\"4\">";
            for (const bank::MatchPair& pair : q.pairs) {
                html += "<tr><td>" + htmlParagraph(pair.prompt) + "</td><td>&#8594;</td><td>" +
                        correctOpen + htmlParagraph(pair.answer) + "</font></td></tr>";
            }
            html += "</table>";
            break;
        case QuestionType::ShortAnswer:
            html += section(_("Reference answer")) + htmlParagraph(q.referenceAnswer) + "</p>";
            if (!q.gradingNotes.empty())
                html += section(_("Grading notes")) + htmlParagraph(q.gradingNotes) + "</p>";
            break;
    }
}

std::string joinList(const std::vector<std::string_view>& items) {
    std::string text;
    for (std::string_view item : items) {
        if (!text.empty()) text += "&#12289;";  // 、 the Chinese enumeration comma
        text += htmlEscape(item);
    }
    return text;
}

std::string categoryTrail(const bank::Bank& bank, std::string_view id) {
    std::string trail;
    for (std::string_view step : bank.categoryPath(id)) {
        if (!trail.empty()) trail += " &#8250; ";
        const bank::Category* category = bank.findCategory(step);
        trail += htmlEscape(category && !category->title.empty() ? category->title : step);
    }
    return trail.empty() ? htmlEscape(id) : trail;
}

void appendDetailRow(std::string& html, const HtmlColours& colours, const wxString& name,
                     const std::string& valueHtml) {
    html += "<tr><td bgcolor=\"" + colours.tableHeader + "\" nowrap><font color=\"" +
            colours.muted + "\">" + label(name) + "</font></td><td>" + valueHtml + "</td></tr>";
}

void appendDetails(std::string& html, const bank::Bank& bank, const Question& q,
                   const HtmlColours& colours) {
    html += "<p><table cellspacing=\"1\" cellpadding=\"4\">";
    appendDetailRow(html, colours, _("Category"), categoryTrail(bank, q.category));
    appendDetailRow(html, colours, _("Difficulty"), label(difficultyStars(q.difficulty)));
    const int pluralCount = q.points == 1.0 ? 1 : 2;
    appendDetailRow(html, colours, _("Points"),
                    label(wxString::Format(wxPLURAL("%s point", "%s points", pluralCount),
                                           pointsText(q.points))));
    if (q.type == QuestionType::MultipleChoice)
        appendDetailRow(html, colours, _("Scoring"), label(scoringLabel(bank.scoringFor(q))));
    if (!q.source.empty()) appendDetailRow(html, colours, _("Source"), htmlEscape(q.source));
    if (!q.tags.empty()) appendDetailRow(html, colours, _("Tags"), joinList(q.tags));
    if (!q.positions.empty())
        appendDetailRow(html, colours, _("Key positions"), joinList(q.positions));
    html += "</table></p>";
}

}  // namespace

std::string questionPreviewHtml(const bank::Bank& bank, const Question& q,
                                const std::filesystem::path& bankDir, const HtmlColours& colours,
                                const ImageSizeReader& imageSize) {
    std::string html = openPage(colours);
    std::string heading = label(typeLabel(q.type)) + " &#183; " + htmlEscape(q.id);
    if (!q.title.empty()) heading += " &#183; " + htmlEscape(q.title);
    html += "<p><font color=\"" + colours.muted + "\">" + heading + "</font></p>";
    html += "<p><font size=\"+1\">" + htmlParagraph(q.stem) + "</font></p>";
    appendImages(html, q, bankDir, colours, imageSize);
    appendAnswer(html, q, colours);
    if (!q.explanation.empty())
        html += section(_("Explanation")) + htmlParagraph(q.explanation) + "</p>";
    appendDetails(html, bank, q, colours);
    html += "</body></html>";
    return html;
}

std::string emptyPreviewHtml(const HtmlColours& colours) {
    return openPage(colours) + "<p><font color=\"" + colours.muted + "\">" +
           label(_("Select a question to see it with its answer and explanation.")) +
           "</font></p></body></html>";
}

}  // namespace tqm::gui
