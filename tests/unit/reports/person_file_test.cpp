// 一人一档: a person's classes, courses with hours, exam results and certificates on the day.
#include <catch2/catch.hpp>

#include "../training/training_fixture.h"
#include "reports/person_file.h"
#include "reports/report_documents.h"
#include "store/certificate_repository.h"
#include "store/certificate_type_repository.h"
#include "store/course_progress_repository.h"
#include "store/id_number_repository.h"

using tqm::reports::CertificateLine;
using tqm::reports::ClassLine;
using tqm::reports::CourseLine;
using tqm::reports::ResultLine;
using tqm::training::Attendance;
using tqm::training::HoursSource;
using tqm::trainingtest::day;
using tqm::trainingtest::TrainingFixture;

namespace {

void addCertificate(TrainingFixture& f, std::int64_t personId, const char* number,
                    const char* issued, const char* until) {
    tqm::cert::CertificateType type;
    type.code = "QC";
    type.name = "质量检验员";
    type.validityMonths = 24;
    REQUIRE(tqm::store::CertificateTypeRepository(f.db).upsert(type).ok());
    const auto typeId = tqm::store::CertificateTypeRepository(f.db).findByCode("QC")->id;
    tqm::cert::Certificate certificate;
    certificate.number = number;
    certificate.personId = personId;
    certificate.certificateTypeId = typeId;
    certificate.issuedOn = day(issued);
    certificate.validFrom = day(issued);
    certificate.validUntil = day(until);
    const auto written = tqm::store::CertificateRepository(f.db).insert(certificate);
    INFO((written.refusal ? written.refusal->message : std::string()));
    REQUIRE(written.ok());
}

}  // namespace

TEST_CASE(
    "the person file gathers classes, counted course hours, exam results and certificate "
    "statuses") {
    TrainingFixture f;
    const auto id = f.idOf("A001");
    f.classes.addMember(f.classId, id);
    for (const char* on : {"2026-11-02", "2026-11-03"})
        f.classes.mark(f.classId, {id, day(on), Attendance::Present});
    tqm::store::CourseProgressRepository progress(f.db);
    progress.addStudyHours({id, "5s", "1", 150, 1792461600000});  // 2026-10-20
    progress.writeCourse({id, "5s", 1792461600000, std::nullopt, std::nullopt});
    f.db.sql().exec(
        "INSERT INTO exam (title, time_limit_ms, pass_mark, attempts_allowed, "
        "attempts_combine, show_answers, timer_policy, paper_mode, seed, created_at) "
        "VALUES ('结业考试', 3600000, 6000, 1, 'highest', 'after-submit', "
        "'deadline-runs', 'same', 1, 0)");
    f.db.sql().exec(
        "INSERT INTO attempt (exam_id, person_id, attempt_no, seed, bank_id, "
        "bank_version, bank_sha256, started_at, time_limit_ms, deadline, heartbeat_at, "
        "submitted_at, submitted_by, earned, max_points, verdict) VALUES (1, " +
        std::to_string(id) +
        ", 1, 1, 'b', '1', printf('%064d', 0), 1794000000000, 1000, 1794000001000, "
        "1794000000000, 1794000000500, 'person', 8650, 10000, 'pass')");
    addCertificate(f, id, "TQM-2024-000001", "2024-11-01", "2026-10-31");
    addCertificate(f, id, "TQM-2026-000002", "2026-11-01", "2028-10-31");
    tqm::store::IdNumberRepository(f.db).setIdNumber(id, std::vector<unsigned char>(48, 1),
                                                     "110101********1234");

    const auto file = tqm::reports::loadPersonFile(f.db, "A001", day("2026-11-24"));
    REQUIRE(file);
    CHECK(file->maskedIdNumber == "110101********1234");
    CHECK(file->classes ==
          std::vector<ClassLine>{{"2026-Q4-01", "班组长质量管理培训班", day("2026-11-02"),
                                  day("2026-11-04"), 2, 3, 600}});
    CHECK(file->courses ==
          std::vector<CourseLine>{{"5s", 150, day("2026-10-20"), HoursSource::SelfStudy},
                                  {"qc-tools", 200, day("2026-11-04"), HoursSource::Class, "QC七大手法"},
                                  {"tqm-basics", 400, day("2026-11-02"), HoursSource::Class,
                                   "全面质量管理基础"}});
    CHECK(file->totalHours == 750);
    // Submitted at Unix 1794000000500 ms: 2026-11-06 21:20 UTC, 2026-11-07 in Beijing.
    CHECK(file->results ==
          std::vector<ResultLine>{{false, "结业考试", day("2026-11-07"), 1, 8650, 10000, true}});
    CHECK(file->certificates ==
          std::vector<CertificateLine>{
              {"TQM-2024-000001", "质量检验员", day("2024-11-01"), day("2026-10-31"), "expired"},
              {"TQM-2026-000002", "质量检验员", day("2026-11-01"), day("2028-10-31"), "valid"}});
    const auto document = tqm::reports::personFileDocument(*file, "某机械厂", day("2026-11-24"));
    CHECK(document.headerLines[2] == "工号：A001　姓名：张伟　身份证号：110101********1234");
    CHECK(document.tables[3].rows[0][4].text == "已过期");
    CHECK_FALSE(tqm::reports::loadPersonFile(f.db, "Z999", day("2026-11-24")));
}
