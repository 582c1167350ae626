#include "compete/buzz_arbiter.h"

#include <algorithm>

namespace tqm::compete {

void BuzzArbiter::reset(std::size_t teams) {
    order_.clear();
    barred_.assign(teams, false);
    buzzedThisOpening_.assign(teams, false);
    winner_.reset();
    openedAtMs_ = 0;
    windowMs_ = 0;
    opening_ = 0;
    isOpen_ = false;
}

void BuzzArbiter::open(std::int64_t atMs, std::int64_t windowMs) {
    openedAtMs_ = atMs;
    windowMs_ = windowMs;
    ++opening_;
    isOpen_ = true;
    winner_.reset();
    std::fill(buzzedThisOpening_.begin(), buzzedThisOpening_.end(), false);
}

bool BuzzArbiter::anyoneLeft() const {
    return std::find(barred_.begin(), barred_.end(), false) != barred_.end();
}

BuzzVerdict BuzzArbiter::offer(std::size_t team, std::int64_t atMs, bool foulBars) {
    if (barred_.at(team)) return BuzzVerdict::Barred;
    const bool early = opening_ == 0 || !isOpen_ || atMs < openedAtMs_;
    if (!early) {
        if (atMs > openedAtMs_ + windowMs_) return BuzzVerdict::WindowClosed;
        if (buzzedThisOpening_[team]) return BuzzVerdict::AlreadyBuzzed;
    }
    BuzzRecord record{team, atMs, early && opening_ == 0 ? 0 : opening_, std::nullopt, early};
    if (record.opening > 0) record.sinceOpenMs = atMs - openedAtMs_;
    // Kept sorted by opening, then time; a press that arrived late goes where it belongs.
    const auto at = std::upper_bound(
        order_.begin(), order_.end(), record, [](const BuzzRecord& a, const BuzzRecord& b) {
            return a.opening != b.opening ? a.opening < b.opening : a.atMs < b.atMs;
        });
    order_.insert(at, record);
    if (early) {
        if (foulBars) barred_[team] = true;
        return BuzzVerdict::Foul;
    }
    buzzedThisOpening_[team] = true;
    if (!winner_ || atMs < winnerAtMs_) {
        winner_ = team;
        winnerAtMs_ = atMs;
    }
    return BuzzVerdict::Valid;
}

}  // namespace tqm::compete
