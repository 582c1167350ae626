// Bank::compactText: every text field of the bank, copied into storage of its own.
#include "bank/bank.h"
#include "bank/text_copier.h"

namespace tqm::bank {

void Bank::compactText() {
    auto fresh = std::make_shared<TextStore>();
    TextCopier copy(*fresh);
    copy.header(*this);
    for (Question& question : questions) copy(question);
    text_ = std::move(fresh);
    reindex();
}

}  // namespace tqm::bank
