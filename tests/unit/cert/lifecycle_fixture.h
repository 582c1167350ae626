// A database on a fake clock (2026-11-24, China Standard Time) with the session tests' people
// E001 张三 and E002 李四, a four-question exam (7 points, pass mark 5) and an exam service that
// signs certificates with the fixture's own in-memory keys, so tests can verify the codes.
#pragma once

#include <string>

#include "../session/session_test_support.h"
#include "admin/key_store.h"
#include "exam/answer.h"
#include "store/certificate_type_repository.h"

namespace tqm::lifecycletest {

inline store::ExamSettings certifyingExam() {
    store::ExamSettings settings = sessiontest::sampleSettings();
    settings.passMark = 500;
    settings.attemptsAllowed = 3;
    return settings;
}

inline std::vector<exam::PaperQuestion> objectivePaper() {
    std::vector<exam::PaperQuestion> paper = sessiontest::samplePaper();
    paper.pop_back();  // no essay: the verdict is known on submission
    return paper;
}

// QC-TQM: 24 months, renewal window 60 days, grace 15 days, no review, earned by `examId`.
inline cert::CertificateType tqmType(std::int64_t examId) {
    cert::CertificateType type;
    type.code = "QC-TQM";
    type.name = "全面质量管理上岗证";
    type.issuerName = "本公司质量部";
    type.validityMonths = 24;
    type.renewalWindowDays = 60;
    type.graceDays = 15;
    type.examId = examId;
    return type;
}

struct LifecycleFixture {
    LifecycleFixture()
        : db(std::move(*store::Database::open(store::kInMemory, clock).database)),
          service(db, keys) {
        store::PeopleRepository people(db);
        people.upsert({"E001", "张三", std::string("一车间"), {}, {}});
        people.upsert({"E002", "李四", std::string("二车间"), {}, {}});
        zhang = people.findByEmployeeNo("E001")->id;
        li = people.findByEmployeeNo("E002")->id;
        examId = *service.createExam(certifyingExam()).examId;
    }

    cert::CertificateType addType() {
        return store::CertificateTypeRepository(db).upsert(tqmType(examId)).value->type;
    }

    // Sits the exam for `person`, every answer right (pass) or every answer wrong (fail), and
    // submits.
    session::SubmitResult sit(std::int64_t person, bool pass) {
        const std::vector<exam::PaperQuestion> paper = objectivePaper();
        const std::int64_t attempt =
            service.start(examId, person, sessiontest::assembled(paper)).attempt->attempt.id;
        const std::vector<std::string> right{"B", "T", "AC", "PDCA|戴明"};
        const std::vector<std::string> wrong{"A", "F", "B", "x|y"};
        for (std::size_t i = 0; i < paper.size(); ++i)
            service.answer(attempt, i + 1,
                           exam::parseAnswer(paper[i], (pass ? right : wrong)[i]).answer);
        return service.submit(attempt);
    }

    int count(const std::string& sql) { return db.sql().execAndGet(sql).getInt(); }

    FakeClock clock{storetest::knownMoment()};
    admin::KeyStore keys;
    store::Database db;
    session::ExamService service;
    std::int64_t zhang = 0;
    std::int64_t li = 0;
    std::int64_t examId = 0;
};

inline Date day(const char* text) {
    return *parseDate(text);
}

}  // namespace tqm::lifecycletest
