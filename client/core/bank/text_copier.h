// Copies a bank's text fields into a TextStore: Bank::compactText() copies a whole bank, and
// the reader copies each question as it is read when a bank is read to keep
// (readBankFileToKeep). Internal to the bank folder.
#pragma once

#include <string_view>
#include <unordered_set>
#include <vector>

#include "bank/bank.h"
#include "base/text_store.h"

namespace tqm::bank {

class TextCopier {
  public:
    explicit TextCopier(TextStore& store) : store_(store) {}

    // A text of its own (a stem, an option, an explanation): copied every time.
    void operator()(std::string_view& text) { text = store_.keep(text); }
    void operator()(std::vector<std::string_view>& texts) {
        for (std::string_view& text : texts) (*this)(text);
    }
    void operator()(std::vector<Category>& categories) {
        for (Category& category : categories) {
            share(category.id);
            (*this)(category.title);
            (*this)(category.children);
        }
    }
    // A name that many questions repeat (a category id, a tag, a key position, a source, an
    // image): copied once, and every later occurrence points at that copy. The benchmark's
    // 100,000-question bank names 712 categories, 12 tags, 8 positions and 7 sources; copying
    // every occurrence kept 6.5 MB of duplicates.
    void share(std::string_view& name) {
        if (name.empty()) {
            name = {};
            return;
        }
        const auto found = shared_.find(name);
        name = found != shared_.end() ? *found : *shared_.insert(store_.keep(name)).first;
    }
    void share(std::vector<std::string_view>& names) {
        for (std::string_view& name : names) share(name);
    }
    void operator()(Question& question) {
        (*this)(question.id);
        share(question.category);
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
        share(question.source);
        share(question.tags);
        share(question.positions);
        share(question.images);
    }
    // The bank's own fields and its category tree.
    void header(Bank& bank) {
        for (std::string_view* field : {&bank.id, &bank.version, &bank.title, &bank.language,
                                        &bank.organization, &bank.description})
            (*this)(*field);
        (*this)(bank.categories);
    }

  private:
    TextStore& store_;
    // The copies of the shared names, looked up by their text.
    std::unordered_set<std::string_view> shared_;
};

}  // namespace tqm::bank
