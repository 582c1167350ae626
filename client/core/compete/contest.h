// An individual contest (个人赛): an exam that many workstations run at the same time, known on
// every machine by one id. Each workstation makes the same competition from the same blueprint,
// bank, id and seed (`tqm compete create ... --id ID --seed SEED`), so that every machine
// assembles the same papers and computes the same paper hash; result packages carry both, and the
// organizer's merge checks them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tqm::compete {

// Every seat the same paper, or a paper of its own per seat (seeded by the 工号).
enum class SeatPaper : std::uint8_t { Same, PerSeat };

std::string_view seatPaperName(SeatPaper mode);  // "same" / "per-seat"
std::optional<SeatPaper> seatPaperFromName(std::string_view name);

struct Competition {
    std::string id;  // a random UUID (version 4), lower-case: the same on every workstation
    std::string name;
    std::int64_t examId = 0;    // the local exam that runs it
    std::int64_t opensAt = 0;   // Unix ms UTC: no one starts before
    std::int64_t closesAt = 0;  // Unix ms UTC: no one starts from then on
    std::int64_t timeLimitMs = 0;
    SeatPaper seatPaper = SeatPaper::Same;
    std::int64_t seed = 0;
    // SHA-256 (lower-case hex) of the paper as shown: the paper every seat gets, or for a paper
    // per seat the paper the seed gives before any 工号 is mixed in (it identifies the blueprint,
    // bank and seed that make every seat's paper).
    std::string paperSha256;
    std::int64_t createdAt = 0;

    bool operator==(const Competition&) const = default;
};

// A fresh random id, "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".
std::string newCompetitionId();

// True for the 36-character lower-case form newCompetitionId() makes.
bool isCompetitionId(std::string_view text);

}  // namespace tqm::compete
