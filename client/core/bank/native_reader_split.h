// Parsing a large bank's <questions> content as two XML fragments on two threads. Internal to the
// native reader.
//
// pugixml parses on one thread, and on a large bank that parse is the longest single step of a
// load. The questions are independent siblings, so their content is cut in two right after the
// end tag of a question near the middle and each half is parsed on its own thread. The rest of
// the document (everything before the content of <questions> and everything after it) is copied
// into a small outline and parsed separately.
//
// The split is only used when it is proved to give the document a single parse would: the
// outline must parse, with the <questions> element found by the search as a child of <bank>
// whose start and end tags meet at the cut; the first half must parse as a fragment, which fails
// when the cut lies inside a comment, a CDATA section, an attribute value or an unclosed element;
// the second half must parse too; and the top level of either half may hold only what pugixml
// also accepts inside an element (elements, text, CDATA). Anything else falls back to the single
// parse, which then reports whatever is wrong exactly as it always did.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include <pugixml.hpp>

#include "bank/question.h"

namespace tqm::bank::reader {

// A child of <questions>; `type` is empty for text and for elements that are not questions.
struct QuestionsChild {
    pugi::xml_node node;
    std::optional<QuestionType> type;
};

// Byte offsets (into the text without its byte order mark) of the cut.
struct SplitPoints {
    std::size_t contentBegin = 0;  // just after the <questions> start tag
    std::size_t middle = 0;        // just after a question's end tag near the middle
    std::size_t contentEnd = 0;    // where the </questions> end tag starts
};

// Finds where a split would cut `text`, without proving anything yet: nullopt when there is no
// plain <questions> start tag, no </questions> end tag after it, or no question end tag between.
std::optional<SplitPoints> findSplitPoints(std::string_view text);

struct SplitDocument {
    std::unique_ptr<char[]> outlineBytes;  // the text before contentBegin and from contentEnd on
    std::size_t headSize = 0;              // bytes of outlineBytes taken from before contentBegin
    std::size_t tailOffset = 0;            // offset in the text of the rest (contentEnd)
    pugi::xml_document outline;
    pugi::xml_node questions;  // the <questions> element of `outline`, with no children
    pugi::xml_document halves[2];
    std::vector<QuestionsChild> children;  // the children of <questions>, both halves in order
};

enum class SplitOutcome {
    NotSplit,  // no provable split; the text is untouched
    Split,     // `out` holds the document
    Spoiled,   // the halves were parsed in place and refused: start again from intact bytes
};

// Parses `text` (writable, in place) as described above, with the reader's parse flags.
SplitOutcome parseSplit(char* text, std::size_t size, SplitDocument& out);

// Reads the children of a <questions> element that was parsed whole.
std::vector<QuestionsChild> collectQuestionsChildren(pugi::xml_node questions);

}  // namespace tqm::bank::reader
