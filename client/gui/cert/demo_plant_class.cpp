// The demo plant's training class (cert/demo_plant_setup.h): a finished three-day class of
// twelve of its people, made through the same training records as the 培训班 page.
#include <chrono>
#include <variant>

#include "cert/demo_plant_setup.h"
#include "store/people_repository.h"
#include "store/training_class_repository.h"
#include "store/write_scope.h"

namespace tqm::gui {

namespace {

using training::Attendance;

constexpr Date kFirstDay{std::chrono::year{2026} / 11 / 16};

training::TrainingClass demoClass() {
    training::TrainingClass c;
    c.code = std::string(kDemoClassCode);
    c.name = "质量管理体系内审员培训班";
    c.startDate = kFirstDay;
    c.endDate = kFirstDay + std::chrono::days{2};
    c.place = "培训中心三号教室";
    c.teachers = {"张志刚", "刘敏"};
    c.plan = {
        {"iso9001", "", "ISO 9001 质量管理体系", kFirstDay, 800},
        {"tqm-basics", "", "全面质量管理基础", kFirstDay + std::chrono::days{1}, 600},
        // Spread over the three days: earned in proportion to the days attended.
        {"pdca", "", "PDCA与持续改进", std::nullopt, 600},
    };
    c.summary = "12 名学员参加培训，内审流程与不符合项判定掌握较好；建议下一期增加现场审核演练。";
    return c;
}

// The marks that are not "present": who came late, took leave or stayed away, and on which day.
struct Exception {
    const char* employeeNo;
    int day;  // 0, 1 or 2
    Attendance status;
};

constexpr Exception kExceptions[] = {
    {"D0004", 0, Attendance::Late},
    {"D0007", 1, Attendance::Late},
    {"D0009", 1, Attendance::Leave},
    {"D0011", 2, Attendance::Absent},
};

Attendance statusOf(const std::string& employeeNo, int day) {
    for (const Exception& exception : kExceptions)
        if (employeeNo == exception.employeeNo && day == exception.day) return exception.status;
    return Attendance::Present;
}

}  // namespace

std::string addDemoClass(store::Database& database) {
    store::TrainingClassRepository classes(database);
    if (classes.findByCode(kDemoClassCode)) return {};
    store::PeopleRepository people(database);
    store::WriteScope scope(database.sql(), "demo_plant_class");
    const auto made = classes.create(demoClass());
    if (const auto* refusal = std::get_if<training::Refusal>(&made)) return refusal->message;
    const std::int64_t classId = std::get<std::int64_t>(made);
    for (int number = 1; number <= 12; ++number) {
        std::string employeeNo = std::to_string(number);
        employeeNo.insert(0, 4 - employeeNo.size(), '0');
        employeeNo.insert(0, 1, 'D');
        const auto person = people.findByEmployeeNo(employeeNo);
        if (!person) return "the demo roster has no " + employeeNo;
        const auto added = classes.addMember(classId, person->id);
        if (const auto* refusal = std::get_if<training::Refusal>(&added)) return refusal->message;
        for (int day = 0; day < 3; ++day) {
            const training::AttendanceMark mark{person->id, kFirstDay + std::chrono::days{day},
                                                statusOf(employeeNo, day)};
            const auto marked = classes.mark(classId, mark);
            if (const auto* refusal = std::get_if<training::Refusal>(&marked))
                return refusal->message;
        }
    }
    scope.commit();
    return {};
}

}  // namespace tqm::gui
