// Certificate numbers (证书编号) made from a type's pattern, e.g. "TQM-{yyyy}-{seq:6}" →
// "TQM-2026-000123". Placeholders: {yyyy} the year of issue, {yy} its last two digits, {mm} the
// month of issue (01-12), {type} the type's code, {seq:N} the sequence number zero-padded to N
// digits (1 to 12; more digits when it outgrows them; {seq} alone is not padded). Everything else
// is kept as written. The sequence counts within the prefix, the pattern's expansion before
// {seq}: with "TQM-{yyyy}-{seq:6}" the first certificate of 2027 is TQM-2027-000001 again.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar_date.h"

namespace tqm::cert {

// What is wrong with a pattern. `code`: pattern-no-seq, pattern-repeated-seq,
// pattern-unknown-placeholder, pattern-bad-seq-width, pattern-unclosed-brace,
// pattern-unopened-brace. `column` is the 1-based character (not byte) where the problem starts;
// 0 for the whole pattern. `message` is an English sentence quoting the pattern.
struct NumberPatternProblem {
    std::string code;
    std::size_t column = 0;
    std::string message;

    bool operator==(const NumberPatternProblem&) const = default;
};

// Every problem of the pattern, left to right (a missing {seq} last); empty when it is usable.
std::vector<NumberPatternProblem> checkNumberPattern(std::string_view pattern);

// What a number is made from besides its sequence.
struct NumberContext {
    Date issuedOn{};
    std::string typeCode;
};

// The pattern's text before and after {seq} with the placeholders filled in. The pattern must be
// usable (checkNumberPattern() empty).
struct NumberFrame {
    std::string prefix;
    std::string suffix;
    int width = 1;  // the N of {seq:N}
};
NumberFrame numberFrame(std::string_view pattern, const NumberContext& context);

// The number with this sequence.
std::string formatCertificateNumber(std::string_view pattern, const NumberContext& context,
                                    std::int64_t sequence);

// The sequence of `number` in the frame: nothing when the number is not prefix, digits, suffix.
std::optional<std::int64_t> sequenceOf(std::string_view number, const NumberFrame& frame);

// The next number: one more than the highest sequence among `existing` numbers in the same frame
// (1 when none is). Numbers of other frames (other years, other types) are ignored.
std::string nextCertificateNumber(std::string_view pattern, const NumberContext& context,
                                  std::span<const std::string> existing);

}  // namespace tqm::cert
