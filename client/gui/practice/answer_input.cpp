#include "practice/answer_input.h"

#include "practice/arrange_inputs.h"
#include "practice/choice_input.h"
#include "practice/text_inputs.h"

namespace tqm::gui {

AnswerInput* makeAnswerInput(wxWindow* parent, const exam::PaperQuestion& question) {
    switch (question.type) {
        case bank::QuestionType::SingleChoice:
        case bank::QuestionType::MultipleChoice:
        case bank::QuestionType::TrueFalse:
            break;
        case bank::QuestionType::FillBlank:
            return new BlankInput(parent, question);
        case bank::QuestionType::Ordering:
            return new OrderingInput(parent, question);
        case bank::QuestionType::Matching:
            return new MatchingInput(parent, question);
        case bank::QuestionType::ShortAnswer:
            return new EssayInput(parent, question);
    }
    return new ChoiceInput(parent, question);
}

}  // namespace tqm::gui
