// The rules a person's record must meet before it is written, the same whether it comes from a
// roster file or from an organizer's edit: a 工号 without spaces and a name.
#pragma once

#include <cstdint>
#include <vector>

#include "store/people_repository.h"

namespace tqm::cert {

enum class PersonProblem : std::uint8_t {
    EmptyEmployeeNo,  // the 工号 is empty
    BadEmployeeNo,    // the 工号 contains a space or a control character
    EmptyName,        // the name (姓名) is empty
};

// Every problem of `person`, in field order; empty when it may be written. Spaces around the
// 工号 and the name do not count: they are trimmed by normalizePerson().
std::vector<PersonProblem> checkPerson(const store::PersonUpdate& person);

// The person as it is written: 工号 and name trimmed, the 工号's full-width letters and digits
// made half-width (as a roster import does), unit and department trimmed.
store::PersonUpdate normalizePerson(store::PersonUpdate person);

}  // namespace tqm::cert
