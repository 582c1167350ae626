#include "practice/practice_panel.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "session/review_book_listing.h"
#include "store/review_book_repository.h"

namespace tqm::gui {

PracticePanel::PracticePanel(wxWindow* parent, LearnerWorkspace& workspace,
                             const BankLibrary& library)
    : wxPanel(parent), workspace_(workspace), library_(library) {
    book_ = new wxSimplebook(this);
    choose_ = new ChoosePage(book_);
    question_ = new QuestionPage(book_);
    summary_ = new SummaryPage(book_);
    bookPage_ = new BookPage(book_);
    book_->AddPage(choose_, _("Practice"));
    book_->AddPage(question_, _("Question"));
    book_->AddPage(summary_, _("Summary"));
    book_->AddPage(bookPage_, _("Wrong-answer book"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(book_, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    choose_->setStartHandler([this](const RoundRequest& request) { startRound(request); });
    choose_->setReviewHandler([this] { startTodaysReview(); });
    choose_->setBookHandler([this] { showBook(); });
    question_->setFinishedHandler([this] {
        if (!round_) return;
        summary_->show(*round_);
        showPage(Page::Summary);
    });
    summary_->setAgainHandler([this] {
        if (round_) begin(round_->partsToPractiseAgain(), _("The wrong ones again"));
    });
    summary_->setDoneHandler([this] { showChoose(); });
    bookPage_->setReviewHandler([this] { startTodaysReview(); });
    bookPage_->setBackHandler([this] { showChoose(); });
    showChoose();
}

PracticePanel::~PracticePanel() = default;

bool PracticePanel::ready() {
    return workspace_.database() && workspace_.signedIn();
}

std::chrono::sys_days PracticePanel::today() {
    return store::ReviewBookRepository(*workspace_.database()).dayOf(workspace_.clock().now());
}

void PracticePanel::refresh() {
    if (page() == Page::Choose) showChoose();
    if (page() == Page::Book) showBook();
}

void PracticePanel::reset() {
    round_.reset();
    showChoose();
}

bool PracticePanel::begin(std::vector<session::RoundPart> parts, const wxString& title) {
    if (!ready()) return false;
    session::PracticeSettings settings;
    settings.seed = static_cast<std::uint64_t>(unixMillis(workspace_.clock().now()));
    auto round = std::make_unique<session::PracticeRound>(
        *workspace_.database(), workspace_.clock(), workspace_.signedIn()->id, std::move(parts),
        settings);
    if (round->empty()) return false;
    round_ = std::move(round);
    question_->start(*round_, title);
    showPage(Page::Question);
    question_->input()->SetFocus();
    return true;
}

bool PracticePanel::startRound(const RoundRequest& request) {
    if (request.source >= choose_->sources().size()) return false;
    const PracticeSource& source = choose_->sources()[request.source];
    session::PracticeOptions options;
    options.order =
        request.random ? session::PracticeOrder::Random : session::PracticeOrder::Sequential;
    options.seed = static_cast<std::uint64_t>(unixMillis(workspace_.clock().now()));
    options.limit = request.limit;
    session::PracticeSelection selection =
        session::selectByCategories(*source.bank, source.categories, options);
    return begin({{source.bank, std::move(selection.items)}}, source.title);
}

bool PracticePanel::startTodaysReview() {
    if (!ready()) return false;
    store::ReviewBookRepository repository(*workspace_.database());
    const std::vector<store::BookEntry> due =
        repository.dueEntries(workspace_.signedIn()->id, today());
    const std::vector<const bank::Bank*> banks = loadedBanks(library_);
    session::TodaysReview review = session::todaysReview(due, banks);
    return begin(std::move(review.parts), _("Today's review"));
}

void PracticePanel::showBook() {
    if (!ready()) {
        showChoose();
        return;
    }
    store::ReviewBookRepository repository(*workspace_.database());
    const std::int64_t person = workspace_.signedIn()->id;
    const std::vector<store::BookEntry> entries = repository.allEntries(person);
    const std::vector<const bank::Bank*> banks = loadedBanks(library_);
    const std::size_t reviewCount =
        session::todaysReview(repository.dueEntries(person, today()), banks).questions;
    bookPage_->show(session::bookRows(entries, banks, today()), reviewCount);
    showPage(Page::Book);
}

void PracticePanel::showChoose() {
    std::size_t inBook = 0;
    std::size_t due = 0;
    if (ready()) {
        store::ReviewBookRepository repository(*workspace_.database());
        const std::int64_t person = workspace_.signedIn()->id;
        inBook = repository.counts(person, today()).inBook;
        due = session::todaysReview(repository.dueEntries(person, today()), loadedBanks(library_))
                  .questions;
    }
    choose_->show(practiceSources(workspace_, library_), inBook, due);
    showPage(Page::Choose);
}

void PracticePanel::showPage(Page page) {
    book_->ChangeSelection(static_cast<std::size_t>(page));
    // Labels changed while the page was hidden are laid out again now that it shows.
    book_->GetCurrentPage()->Layout();
}

}  // namespace tqm::gui
