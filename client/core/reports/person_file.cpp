#include "reports/person_file.h"

#include <algorithm>
#include <map>

#include "cert/certificate_status.h"
#include "reports/course_titles.h"
#include "store/certificate_repository.h"
#include "store/course_progress_repository.h"
#include "store/id_number_repository.h"
#include "store/person_record_queries.h"
#include "store/training_class_repository.h"

namespace tqm::reports {

namespace {

std::vector<ClassLine> classLines(store::Database& database, std::int64_t personId) {
    store::TrainingClassRepository classes(database);
    std::vector<ClassLine> lines;
    for (const std::int64_t classId : classes.classesOf(personId)) {
        const training::TrainingClass c = *classes.find(classId);
        const auto marks = classes.attendance(classId);
        ClassLine line{c.code,    c.name, c.startDate,
                       c.endDate, 0,      static_cast<int>(training::classDays(c).size()),
                       0};
        for (const training::AttendanceMark& mark : marks)
            if (mark.personId == personId && training::attended(mark.status)) ++line.attendedDays;
        line.hoursHundredths = training::totalHundredths(training::classHours(c, marks, personId));
        lines.push_back(std::move(line));
    }
    return lines;
}

std::vector<CourseLine> courseLines(store::Database& database, std::int64_t personId,
                                    const std::vector<training::HoursEntry>& hours) {
    std::map<std::string, CourseLine> byCourse;
    for (const training::HoursEntry& entry : hours) {
        CourseLine& line = byCourse[entry.courseId];
        line.courseId = entry.courseId;
        line.hoursHundredths += entry.hundredths;
        line.source = entry.source;
        if (!line.completedOn || *line.completedOn < entry.day) line.completedOn = entry.day;
    }
    const CourseTitles titles = loadCourseTitles(database);
    for (auto& [courseId, line] : byCourse)
        if (titles.contains(courseId)) line.title = titles.at(courseId);
    store::CourseProgressRepository progress(database);
    std::vector<CourseLine> lines;
    for (auto& [courseId, line] : byCourse) {
        const auto course = progress.findCourse(personId, courseId);
        if (course && course->finishedAt)
            line.completedOn = dateAt(fromUnixMillis(*course->finishedAt));
        lines.push_back(std::move(line));
    }
    return lines;
}

std::vector<ResultLine> resultLines(store::Database& database, const store::Person& person) {
    store::PersonRecordQueries queries(database);
    std::vector<ResultLine> lines;
    const auto add = [&](const std::vector<store::ScoredResultRow>& rows, bool competition) {
        for (const store::ScoredResultRow& row : rows)
            lines.push_back({competition, row.title, dateAt(fromUnixMillis(row.submittedAt)),
                             row.attemptNo, row.earned, row.maxPoints, row.passed});
    };
    add(queries.examAttempts(person.id), false);
    add(queries.competitionResults(person.employeeNo), true);
    return lines;
}

std::vector<CertificateLine> certificateLines(store::Database& database, std::int64_t personId,
                                              Date asOf) {
    const cert::CertificateBook book = store::CertificateRepository(database).loadBook();
    std::vector<CertificateLine> lines;
    for (const cert::Certificate& certificate : book.certificates) {
        if (certificate.personId != personId) continue;
        const auto type = std::find_if(
            book.types.begin(), book.types.end(),
            [&](const cert::CertificateType& t) { return t.id == certificate.certificateTypeId; });
        if (type == book.types.end()) continue;
        const cert::CertificateStatus status = cert::certificateStatus(certificate, *type, asOf);
        lines.push_back({certificate.number, type->name, certificate.issuedOn, status.validUntil,
                         std::string(cert::statusWord(status.status))});
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const auto& a, const auto& b) { return a.issuedOn < b.issuedOn; });
    return lines;
}

}  // namespace

std::optional<PersonFile> loadPersonFile(store::Database& database, std::string_view employeeNo,
                                         Date asOf) {
    std::optional<store::Person> person =
        store::PeopleRepository(database).findByEmployeeNo(employeeNo);
    if (!person) return std::nullopt;
    PersonFile file;
    file.person = std::move(*person);
    file.maskedIdNumber = store::IdNumberRepository(database).maskedIdNumber(file.person.id);
    file.asOf = asOf;
    file.classes = classLines(database, file.person.id);
    const std::vector<training::HoursEntry> hours =
        training::studyHoursOf(database, file.person.id);
    file.courses = courseLines(database, file.person.id, hours);
    file.totalHours = training::totalHundredths(hours);
    file.results = resultLines(database, file.person);
    file.certificates = certificateLines(database, file.person.id, asOf);
    return file;
}

}  // namespace tqm::reports
