// The rules an edited person must meet: a 工号 without spaces and a name; spaces around them
// are trimmed, and a full-width 工号 is written half-width, as a roster import writes it.
#include <catch2/catch.hpp>

#include "cert/person_check.h"

using tqm::cert::checkPerson;
using tqm::cert::normalizePerson;
using tqm::cert::PersonProblem;
using tqm::store::PersonUpdate;
using Problems = std::vector<PersonProblem>;

TEST_CASE("a person needs a 工号 without spaces and a name") {
    CHECK(checkPerson({"E001", "张三", {}, {}, {}}).empty());
    CHECK(checkPerson({"  E001 ", " 张三 ", {}, {}, {}}).empty());
    CHECK(checkPerson({"", "张三", {}, {}, {}}) == Problems{PersonProblem::EmptyEmployeeNo});
    CHECK(checkPerson({"E 001", "张三", {}, {}, {}}) == Problems{PersonProblem::BadEmployeeNo});
    CHECK(checkPerson({"E\u3000001", "张三", {}, {}, {}}) ==
          Problems{PersonProblem::BadEmployeeNo});
    CHECK(checkPerson({"E001", "  ", {}, {}, {}}) == Problems{PersonProblem::EmptyName});
    CHECK(checkPerson({" ", "", {}, {}, {}}) ==
          Problems{PersonProblem::EmptyEmployeeNo, PersonProblem::EmptyName});
}

TEST_CASE("a person is written trimmed, with a half-width 工号") {
    const PersonUpdate person =
        normalizePerson({" Ｅ００１ ", " 张三 ", std::string(" 一车间 "), std::string("质检科 "),
                         std::vector<std::string>{"质检员"}});
    CHECK(person.employeeNo == "E001");
    CHECK(person.name == "张三");
    CHECK(person.unit == std::string("一车间"));
    CHECK(person.department == std::string("质检科"));
    CHECK(person.positions == std::vector<std::string>{"质检员"});
}
