// Bank::compactText: every text field of the bank, copied into storage of its own.
#include "bank/bank.h"

namespace tqm::bank {

namespace {

class TextCopier {
  public:
    explicit TextCopier(TextStore& store) : store_(store) {}

    void operator()(std::string_view& text) { text = store_.keep(text); }
    void operator()(std::vector<std::string_view>& texts) {
        for (std::string_view& text : texts) (*this)(text);
    }
    void operator()(std::vector<Category>& categories) {
        for (Category& category : categories) {
            (*this)(category.id);
            (*this)(category.title);
            (*this)(category.children);
        }
    }
    void operator()(Question& question) {
        (*this)(question.id);
        (*this)(question.category);
        (*this)(question.title);
        (*this)(question.stem);
        for (Choice& choice : question.choices) (*this)(choice.text);
        for (Blank& blank : question.blanks) (*this)(blank.accepted);
        for (MatchPair& pair : question.pairs) {
            (*this)(pair.prompt);
            (*this)(pair.answer);
        }
        (*this)(question.referenceAnswer);
        (*this)(question.gradingNotes);
        (*this)(question.explanation);
        (*this)(question.source);
        (*this)(question.tags);
        (*this)(question.positions);
        (*this)(question.images);
    }

  private:
    TextStore& store_;
};

}  // namespace

void Bank::compactText() {
    auto fresh = std::make_shared<TextStore>();
    TextCopier copy(*fresh);
    for (std::string_view* field : {&id, &version, &title, &language, &organization, &description})
        copy(*field);
    copy(categories);
    for (Question& question : questions) copy(question);
    text_ = std::move(fresh);
    reindex();
}

}  // namespace tqm::bank
