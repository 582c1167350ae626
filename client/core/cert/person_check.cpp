#include "cert/person_check.h"

#include "base/text_normalize.h"
#include "base/utf8.h"

namespace tqm::cert {

namespace {

bool hasSpaceOrControl(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = decodeUtf8(text, pos);
        if (c <= 0x20 || c == 0x7F || c == 0x3000) return true;
    }
    return false;
}

}  // namespace

store::PersonUpdate normalizePerson(store::PersonUpdate person) {
    person.employeeNo = toHalfWidth(trimSpaces(person.employeeNo));
    person.name = std::string(trimSpaces(person.name));
    if (person.unit) person.unit = std::string(trimSpaces(*person.unit));
    if (person.department) person.department = std::string(trimSpaces(*person.department));
    return person;
}

std::vector<PersonProblem> checkPerson(const store::PersonUpdate& person) {
    const store::PersonUpdate normal = normalizePerson(person);
    std::vector<PersonProblem> problems;
    if (normal.employeeNo.empty())
        problems.push_back(PersonProblem::EmptyEmployeeNo);
    else if (hasSpaceOrControl(normal.employeeNo))
        problems.push_back(PersonProblem::BadEmployeeNo);
    if (normal.name.empty()) problems.push_back(PersonProblem::EmptyName);
    return problems;
}

}  // namespace tqm::cert
