#include "exam/answer_input.h"

#include "exam/choice_input.h"
#include "exam/matching_input.h"
#include "exam/ordering_input.h"
#include "exam/text_input.h"

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

}  // namespace tqm::gui
