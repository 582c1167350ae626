#include "compete/team_contest_frozen.h"

#include <sstream>

#include <pugixml.hpp>

namespace tqm::compete {

std::string frozenContestXml(std::string_view bytes, const TeamContest& contest) {
    pugi::xml_document document;
    if (!document.load_buffer(bytes.data(), bytes.size(),
                              pugi::parse_default | pugi::parse_declaration | pugi::parse_comments))
        return std::string(bytes);
    pugi::xml_node root = document.document_element();
    root.remove_child("bank");
    std::size_t roundIndex = 0;
    for (pugi::xml_node round : root.child("rounds").children()) {
        if (round.type() != pugi::node_element || roundIndex >= contest.rounds.size()) continue;
        const Round& read = contest.rounds[roundIndex++];
        std::size_t questionIndex = 0;
        for (pugi::xml_node question : round.children("question")) {
            if (questionIndex >= read.questions.size()) break;
            const ContestQuestion& resolved = read.questions[questionIndex++];
            if (question.child("text")) continue;
            question.append_child("text").text().set(resolved.text.c_str());
            question.append_child("answer").text().set(resolved.answer.c_str());
        }
    }
    std::ostringstream out;
    document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    return out.str();
}

}  // namespace tqm::compete
