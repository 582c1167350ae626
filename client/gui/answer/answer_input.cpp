#include "answer/answer_input.h"

#include "answer/choice_input.h"
#include "answer/matching_input.h"
#include "answer/ordering_input.h"
#include "answer/text_input.h"

namespace tqm::gui {

AnswerInput* createAnswerInput(wxWindow* parent, const exam::PaperQuestion& question) {
    switch (question.type) {
        case bank::QuestionType::SingleChoice:
        case bank::QuestionType::MultipleChoice:
        case bank::QuestionType::TrueFalse:
            return new ChoiceInput(parent, question);
        case bank::QuestionType::Ordering:
            return new OrderingInput(parent, question);
        case bank::QuestionType::Matching:
            return new MatchingInput(parent, question);
        case bank::QuestionType::FillBlank:
        case bank::QuestionType::ShortAnswer:
            break;
    }
    return new TextInput(parent, question);
}

int optionIndexOfKey(wxChar key) {
    if (key >= '1' && key <= '9') return key - '1';
    if (key >= 'A' && key <= 'H') return key - 'A';
    return -1;
}

wxChar pickingKey(int keyCode) {
    if (keyCode >= '0' && keyCode <= '9') return static_cast<wxChar>(keyCode);
    if (keyCode >= WXK_NUMPAD0 && keyCode <= WXK_NUMPAD9)
        return static_cast<wxChar>('0' + keyCode - WXK_NUMPAD0);
    if (keyCode >= 'A' && keyCode <= 'Z') return static_cast<wxChar>(keyCode);
    if (keyCode >= 'a' && keyCode <= 'z') return static_cast<wxChar>(keyCode - 'a' + 'A');
    return 0;
}

}  // namespace tqm::gui
