#include "learn/lesson_reader_panel.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/sizer.h>

#include "course/course_reader.h"
#include "learn/course_texts.h"
#include "learn/lesson_page.h"
#include "widgets/colours.h"
#include "widgets/html_word_break.h"

namespace tqm::gui {

namespace {

constexpr int kLessonListWidth = 220;
constexpr int kLessonListMaxWidth = 340;

bool finished(const course::CourseStatus* status, const std::string& lessonId) {
    if (!status) return false;
    for (const store::LessonProgressRow& row : status->lessons)
        if (row.lessonId == lessonId) return row.finishedAt.has_value();
    return false;
}

}  // namespace

LessonReaderPanel::LessonReaderPanel(wxWindow* parent) : wxPanel(parent) {
    back_ = new wxButton(this, wxID_ANY, _("All courses"));
    courseTitle_ = new wxStaticText(this, wxID_ANY, wxString());
    wxFont titleFont = GetFont().Bold();
    titleFont.SetPointSize(titleFont.GetPointSize() + 3);
    courseTitle_->SetFont(titleFont);
    position_ = new wxStaticText(this, wxID_ANY, wxString());
    position_->SetForegroundColour(colour(Colour::MutedText));
    lessons_ = new wxListBox(this, wxID_ANY, wxDefaultPosition,
                             wxSize(FromDIP(kLessonListWidth), -1), 0, nullptr, wxLB_SINGLE);
    page_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                             wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
    // Larger than the rest of the interface: lessons are read at length.
    page_->SetStandardFonts(textPointSize(), GetFont().GetFaceName());
    page_->SetBorders(FromDIP(16));
    enableWordBreakTag(*page_);
    quiz_ = new wxStaticText(this, wxID_ANY, wxString());
    quiz_->SetForegroundColour(colour(Colour::MutedText));
    note_ = new wxStaticText(this, wxID_ANY, wxString());
    previous_ = new wxButton(this, wxID_ANY, _("Previous lesson"));
    next_ = new wxButton(this, wxID_ANY, _("Next lesson"));
    finish_ = new wxButton(this, wxID_ANY, _("Finish lesson"));
    quizButton_ = new wxButton(this, wxID_ANY, _("Take the course quiz"));

    const int border = FromDIP(10);
    auto* header = new wxBoxSizer(wxHORIZONTAL);
    header->Add(back_, wxSizerFlags().CentreVertical().Border(wxRIGHT, border));
    header->Add(courseTitle_, wxSizerFlags().CentreVertical().Border(wxRIGHT, border));
    header->Add(position_, wxSizerFlags(1).CentreVertical());
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(lessons_, wxSizerFlags().Expand().Border(wxRIGHT, border));
    body->Add(page_, wxSizerFlags(1).Expand());
    auto* notes = new wxBoxSizer(wxVERTICAL);
    notes->Add(quiz_);
    notes->Add(note_, wxSizerFlags().Border(wxTOP, FromDIP(2)));
    auto* footer = new wxBoxSizer(wxHORIZONTAL);
    footer->Add(notes, wxSizerFlags(1).CentreVertical());
    footer->Add(previous_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    footer->Add(next_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    footer->Add(finish_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    footer->Add(quizButton_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(6)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(header, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(body, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(footer, wxSizerFlags().Expand().Border(wxALL, border));
    SetSizer(sizer);

    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (handlers_.backToCatalog) handlers_.backToCatalog();
    });
    auto step = [this](int by) {
        const int target = lessons_->GetSelection() + by;
        if (target >= 0 && target < static_cast<int>(lessons_->GetCount()) && handlers_.showLesson)
            handlers_.showLesson(static_cast<std::size_t>(target));
    };
    previous_->Bind(wxEVT_BUTTON, [step](wxCommandEvent&) { step(-1); });
    next_->Bind(wxEVT_BUTTON, [step](wxCommandEvent&) { step(1); });
    finish_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (handlers_.finishLesson) handlers_.finishLesson();
    });
    quizButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (handlers_.takeQuiz) handlers_.takeQuiz();
    });
    lessons_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& event) {
        if (event.GetInt() >= 0 && handlers_.showLesson)
            handlers_.showLesson(static_cast<std::size_t>(event.GetInt()));
    });
    Bind(wxEVT_SYS_COLOUR_CHANGED, &LessonReaderPanel::onSysColourChanged, this);
}

void LessonReaderPanel::showLesson(const course::Course& course, std::size_t index,
                                   const wxString& quizTitle, const course::CourseStatus* status) {
    const course::Lesson& lesson = course.lessons.at(index);
    courseTitle_->SetLabel(courseTitle(course));
    position_->SetLabel(lessonPosition(course, index));

    wxArrayString titles;
    for (std::size_t i = 0; i < course.lessons.size(); ++i) {
        const course::Lesson& each = course.lessons[i];
        const wxString mark = finished(status, each.id) ? wxString::FromUTF8("✓ ") : "    ";
        titles.Add(mark + wxString::Format("%zu. ", i + 1) + wxString::FromUTF8(each.title));
    }
    lessons_->Set(titles);
    // As wide as the longest title, within bounds: the lesson keeps most of the room.
    int widest = FromDIP(kLessonListWidth);
    for (const wxString& title : titles)
        widest = std::max(widest, lessons_->GetTextExtent(title).x + FromDIP(24));
    lessons_->SetMinSize(wxSize(std::min(widest, FromDIP(kLessonListMaxWidth)), -1));
    lessons_->SetSelection(static_cast<int>(index));

    const std::optional<std::string> html = course::renderLesson(course, lesson);
    lessonHtml_ = html
                      ? *html
                      : "<p>" +
                            htmlEscape(wxString::Format(_("The lesson file \"%s\" cannot be read."),
                                                        wxString::FromUTF8(lesson.file))
                                           .utf8_string()) +
                            "</p>";
    page_->SetPage(wxString::FromUTF8(lessonPageHtml(lessonHtml_, htmlColours())));

    quiz_->SetLabel(quizTitle.empty()
                        ? wxString()
                        : wxString::Format(_("The course quiz \"%s\" ends the course; take it "
                                             "from the last lesson or under Exams."),
                                           quizTitle));
    quizButton_->Show(!quizTitle.empty() && index + 1 == course.lessons.size());
    quizButton_->Enable(status != nullptr);
    const bool done = finished(status, lesson.id);
    finish_->SetLabel(done ? _("Lesson finished") : _("Finish lesson"));
    finish_->Enable(status != nullptr && !done);
    previous_->Enable(index > 0);
    next_->Enable(index + 1 < course.lessons.size());
    setNote(status ? wxString() : _("Sign in to record your progress."), false);
    Layout();
}

void LessonReaderPanel::setNote(const wxString& note, bool success) {
    note_->SetLabel(note);
    note_->SetForegroundColour(success ? colour(Colour::Correct) : colour(Colour::MutedText));
    Layout();
}

void LessonReaderPanel::onSysColourChanged(wxSysColourChangedEvent& event) {
    if (!lessonHtml_.empty())
        page_->SetPage(wxString::FromUTF8(lessonPageHtml(lessonHtml_, htmlColours())));
    event.Skip();
}

}  // namespace tqm::gui
