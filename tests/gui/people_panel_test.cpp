// 管理 → 人员 People: a roster imported through the panel (on its worker thread) writes the good
// rows and lists the bad ones in Chinese; an edit is checked and written.
#include <catch2/catch.hpp>

#include <fstream>

#include "admin/people/person_dialog.h"
#include "learner_fixture.h"
#include "store/people_repository.h"

using namespace tqm::gui;
using namespace tqm::gui::test;
using tqm::store::PeopleRepository;
using tqm::store::Person;
using Strings = std::vector<std::string>;

namespace {

const wxString u8(const char* text) {
    return wxString::FromUTF8(text);
}

}  // namespace

TEST_CASE("a roster imported in the People tab writes the good rows and lists the bad ones") {
    LearnerFixture fixture("people-import");
    const std::filesystem::path csv = fixture.folder() / "roster.csv";
    std::ofstream(csv, std::ios::binary) << "工号,姓名,单位,部门,岗位\n"
                                            "T001,张三,一车间,质检科,质检员\n"
                                            "T002,,二车间,生产科,操作工\n"
                                            "T003,王五,二车间,生产科,操作工、班组长\n"
                                            "T0 04,赵六,三车间,设备科,维修工\n"
                                            "T005,钱七,三车间,设备科,\n";
    FramePtr frame = fixture.open();
    frame->showScreen(Screen::Admin);
    frame->admin()->tabs()->SetSelection(1);
    PeoplePanel& people = *frame->admin()->people();
    REQUIRE(pumpUntil([&] { return people.rosterText() != wxString(); }));
    CHECK(people.list()->personCount() == 0);

    people.importRoster(csv);
    CHECK(people.importing());
    REQUIRE(pumpUntil([&] { return !people.importing(); }, std::chrono::seconds(10)));

    const std::vector<Person> rows = PeopleRepository(*frame->workspace().database()).list();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].employeeNo == "T001");
    CHECK(rows[0].name == "张三");
    CHECK(rows[0].unit == "一车间");
    CHECK(rows[0].department == "质检科");
    CHECK(rows[0].positions == Strings{"质检员"});
    CHECK(rows[1].employeeNo == "T003");
    CHECK(rows[1].name == "王五");
    CHECK(rows[1].positions == Strings{"操作工", "班组长"});
    CHECK(rows[2].employeeNo == "T005");
    CHECK(rows[2].name == "钱七");
    CHECK(rows[2].unit == "三车间");
    CHECK(rows[2].positions.empty());

    CHECK(people.importSummary() ==
          u8("roster.csv：新增 3 人，更新 0 人，未变 0 人；2 行因有错误被跳过。"));
    RosterProblemList& problems = *people.problemList();
    REQUIRE(problems.problemCount() == 2);
    CHECK(problems.IsShown());
    CHECK(problems.cellText(0, 0) == "3");
    CHECK(problems.cellText(0, 1) == u8("姓名"));
    CHECK(problems.cellText(0, 2) == u8("错误"));
    CHECK(problems.cellText(0, 3) == u8("姓名为空，该行未导入。"));
    CHECK(problems.cellText(1, 0) == "5");
    CHECK(problems.cellText(1, 1) == u8("工号"));
    CHECK(problems.cellText(1, 3) == u8("工号“T0 04”含有空格，该行未导入。请删除空格后重新导入。"));
    CHECK(people.list()->personCount() == 3);
    CHECK(people.rosterText() == u8("共 3 人，显示 3 人"));

    people.setSearchText(u8("王"));
    REQUIRE(people.list()->shownCount() == 1);
    CHECK(people.list()->personAt(0).employeeNo == "T003");
}

TEST_CASE("an edited person is checked and written, and a blank name is refused with a message") {
    LearnerFixture fixture("people-edit");
    FramePtr frame = fixture.open();
    tqm::store::Database& database = *frame->workspace().database();
    PeopleRepository repository(database);
    repository.upsert(
        {"T001", "张三", std::string("一车间"), std::string("质检科"), Strings{"质检员"}});
    const Person before = *repository.findByEmployeeNo("T001");

    PersonDialog dialog(frame.get(), database, before);
    dialog.nameField()->SetValue("  ");
    CHECK_FALSE(dialog.save());
    CHECK(dialog.message() == u8("请填写姓名。"));
    CHECK(repository.findByEmployeeNo("T001")->name == "张三");

    dialog.nameField()->SetValue(u8(" 张三丰 "));
    dialog.unitField()->SetValue(u8("二车间"));
    dialog.positionsField()->SetValue(u8("质检员、班组长"));
    REQUIRE(dialog.save());
    const Person after = *repository.findByEmployeeNo("T001");
    CHECK(after.name == "张三丰");
    CHECK(after.unit == "二车间");
    CHECK(after.department == "质检科");
    CHECK(after.positions == Strings{"班组长", "质检员"});
    CHECK(dialog.message().empty());
}
