#include "practice/answer_input.h"

#include "practice/arrange_inputs.h"
#include "practice/choice_input.h"
#include "practice/text_inputs.h"

namespace tqm::gui {

PracticeInput* makePracticeInput(wxWindow* parent, const exam::PaperQuestion& question) {
    switch (question.type) {
        case bank::QuestionType::SingleChoice:
        case bank::QuestionType::MultipleChoice:
        case bank::QuestionType::TrueFalse:
            break;
        case bank::QuestionType::FillBlank:
            return new PracticeBlankInput(parent, question);
        case bank::QuestionType::Ordering:
            return new PracticeOrderingInput(parent, question);
        case bank::QuestionType::Matching:
            return new PracticeMatchingInput(parent, question);
        case bank::QuestionType::ShortAnswer:
            return new PracticeEssayInput(parent, question);
    }
    return new PracticeChoiceInput(parent, question);
}

}  // namespace tqm::gui
