#include "cert/import_resolution.h"

namespace tqm::cert {

namespace {

template <class Field>
constexpr std::size_t at(Field field) {
    return static_cast<std::size_t>(field);
}

std::optional<std::int64_t> idOf(const std::map<std::string, std::int64_t>& ids,
                                 const std::string& key) {
    const auto found = ids.find(key);
    if (found == ids.end()) return std::nullopt;
    return found->second;
}

// Reports a problem of a resolved row; the row is left out when the step finishes.
class Resolution {
  public:
    explicit Resolution(ImportReport& report) : report_(report) {}

    void error(SourceRow where, std::size_t field, std::string code, const std::string& message,
               const std::string& value) {
        addRowError(report_, where, field, std::move(code), message, {0, {}, value, {}});
        rejected_.insert(where.row);
    }
    std::optional<std::int64_t> typeId(SourceRow where, std::size_t field,
                                       const KnownRecords& known, const std::string& code) {
        const auto id = idOf(known.typeIds, code);
        if (!id)
            error(where, field, "unknown-type-code",
                  "there is no certificate type with the code " + code +
                      "; import it in a certificate types file first or correct the code",
                  code);
        return id;
    }
    template <class Row>
    void finish(std::vector<Row>& rows) {
        keepAcceptedRows(rows, rejected_);
        finishReport(report_, rejected_);
    }

  private:
    ImportReport& report_;
    std::set<std::size_t> rejected_;
};

}  // namespace

CertificateTypeFile resolveCertificateTypes(CertificateTypeFile file, const KnownRecords& known) {
    Resolution resolution(file.report);
    for (CertificateTypeRow& row : file.rows) {
        row.type.id = idOf(known.typeIds, row.type.code).value_or(0);
        if (row.type.examId && known.examIds && known.examIds->count(*row.type.examId) == 0) {
            const std::string exam = std::to_string(*row.type.examId);
            resolution.error(row.source, at(TypeField::ExamId), "unknown-exam",
                             "there is no exam " + exam +
                                 "; leave 考试编号 empty or write the number of an existing exam",
                             exam);
        }
    }
    resolution.finish(file.rows);
    return file;
}

PositionFile resolvePositions(PositionFile file, const KnownRecords& known) {
    for (PositionRow& row : file.rows)
        row.position.id = idOf(known.positionIds, row.position.name).value_or(0);
    return file;
}

RequirementFile resolveRequirements(RequirementFile file, const KnownRecords& known) {
    Resolution resolution(file.report);
    for (RequirementRow& row : file.rows) {
        const auto positionId = idOf(known.positionIds, row.positionName);
        if (!positionId)
            resolution.error(row.source, at(RequirementField::Position), "unknown-position",
                             "there is no position \"" + row.positionName +
                                 "\"; import it in a positions file first or correct the name",
                             row.positionName);
        const auto typeId =
            resolution.typeId(row.source, at(RequirementField::TypeCode), known, row.typeCode);
        row.requirement.positionId = positionId.value_or(0);
        row.requirement.certificateTypeId = typeId.value_or(0);
    }
    resolution.finish(file.rows);
    return file;
}

CertificateFile resolveCertificates(CertificateFile file, const KnownRecords& known) {
    Resolution resolution(file.report);
    for (CertificateRow& row : file.rows) {
        if (known.certificateNumbers.count(row.certificate.number))
            resolution.error(row.source, at(CertificateField::Number), "certificate-number-exists",
                             "the certificate number (证书编号) " + row.certificate.number +
                                 " is already in the database; it is not imported again",
                             row.certificate.number);
        const auto personId = idOf(known.personIds, row.employeeNo);
        if (!personId)
            resolution.error(row.source, at(CertificateField::EmployeeNo), "unknown-employee-no",
                             "there is no person with the 工号 " + row.employeeNo +
                                 " in the roster; import the roster first or correct the 工号",
                             row.employeeNo);
        const auto typeId =
            resolution.typeId(row.source, at(CertificateField::TypeCode), known, row.typeCode);
        row.certificate.personId = personId.value_or(0);
        row.certificate.certificateTypeId = typeId.value_or(0);
    }
    resolution.finish(file.rows);
    return file;
}

}  // namespace tqm::cert
