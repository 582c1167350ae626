#include "cert/certificate_file_import.h"

#include <map>
#include <set>
#include <span>
#include <utility>
#include <vector>

#include "cert/certificate_import.h"
#include "cert/id_number.h"
#include "cert/known_records.h"
#include "store/certificate_repository.h"
#include "store/id_number_repository.h"
#include "store/write_scope.h"

namespace tqm::cert {

namespace {

constexpr std::size_t at(CertificateField field) {
    return static_cast<std::size_t>(field);
}

std::span<const unsigned char> bytesOf(std::string_view text) {
    return {reinterpret_cast<const unsigned char*>(text.data()), text.size()};
}

std::optional<Date> reviewDue(const Certificate& certificate) {
    if (certificate.reviews.empty()) return std::nullopt;
    return certificate.reviews.front().dueOn;
}

// Whether the stored certificate is what the row says: the same file imported again.
bool sameCertificate(const Certificate& stored, const CertificateRow& row, std::int64_t personId,
                     std::int64_t typeId) {
    const Certificate& file = row.certificate;
    if (stored.personId != personId || stored.certificateTypeId != typeId ||
        stored.issuedOn != file.issuedOn || stored.validFrom != file.validFrom ||
        stored.validUntil != file.validUntil || stored.issuer != file.issuer ||
        stored.evidenceFile != file.evidenceFile)
        return false;
    const std::optional<Date> due = reviewDue(file);
    if (!due) return true;
    for (const ReviewEvent& review : stored.reviews)
        if (review.dueOn == *due) return true;
    return false;
}

std::optional<std::int64_t> idOf(const std::map<std::string, std::int64_t>& ids,
                                 const std::string& key) {
    const auto found = ids.find(key);
    if (found == ids.end()) return std::nullopt;
    return found->second;
}

// Writes the rows of one file inside the import's transaction, each row in its own savepoint so
// that a row refused half-way leaves nothing of itself behind.
class CertificateWriter {
  public:
    CertificateWriter(store::Database& database, admin::KeyStore& keys, FileImportResult& result)
        : database_(database),
          keys_(keys),
          result_(result),
          certificates_(database),
          idNumbers_(database),
          today_(dateAt(database.clock().now())) {}

    void add(const CertificateRow& row) {
        std::optional<std::string> idNumber = checkedIdNumber(row);
        if (!accepted(row)) return;
        store::WriteScope scope(database_.sql(), "certificate_row");
        const store::Written<Certificate> written = certificates_.insert(row.certificate);
        if (!written.ok()) {
            error(row, at(CertificateField::Number), "database-refused",
                  "the database refused the certificate: " + written.refusal->message);
            return;
        }
        if (idNumber && !storeIdNumber(row, row.certificate.personId, *idNumber)) return;
        scope.commit();
        ++result_.counts.added;
    }

    // A row the database already holds: only its 身份证号 may be new.
    void keep(const CertificateRow& row, std::int64_t personId) {
        std::optional<std::string> idNumber = checkedIdNumber(row);
        if (!accepted(row)) return;
        store::WriteScope scope(database_.sql(), "certificate_row");
        if (idNumber && !storeIdNumber(row, personId, *idNumber)) return;
        scope.commit();
        ++result_.counts.unchanged;
    }

    void finish() {
        sortProblems(result_.report);
        result_.report.rejected += rejected_.size();
        result_.counts.rejected = result_.report.rejected;
    }

  private:
    bool accepted(const CertificateRow& row) const { return rejected_.count(row.source.row) == 0; }

    void error(const CertificateRow& row, std::size_t field, std::string code,
               const std::string& message, const std::string& value = {}) {
        addRowError(result_.report, row.source, field, std::move(code), message,
                    {0, {}, value, {}});
        rejected_.insert(row.source.row);
    }

    // The row's 身份证号 normalised and checked; nothing when the row has none or it is bad
    // (then the row has an error).
    std::optional<std::string> checkedIdNumber(const CertificateRow& row) {
        if (row.idNumber.empty()) return std::nullopt;
        std::string number = normalizeIdNumber(row.idNumber);
        if (const auto refusal = checkIdNumber(number, today_)) {
            error(row, at(CertificateField::IdNumber), refusal->code, refusal->message);
            return std::nullopt;
        }
        return number;
    }

    bool storeIdNumber(const CertificateRow& row, std::int64_t personId,
                       const std::string& number) {
        const admin::KeyAccess<admin::SealKey> seal = keys_.sealKey();
        if (!seal) {
            error(row, at(CertificateField::IdNumber), seal.problem->code, seal.problem->message);
            return false;
        }
        if (const auto stored = idNumbers_.sealedIdNumber(personId)) {
            const std::string_view sealed(reinterpret_cast<const char*>(stored->data()),
                                          stored->size());
            const OpenedIdNumber opened = openIdNumber(sealed, *seal.key);
            if (opened.refusal) {
                error(row, at(CertificateField::IdNumber), opened.refusal->code,
                      "the 身份证号 stored for the 工号 " + row.employeeNo +
                          " cannot be opened with this workstation's key, so it cannot be "
                          "compared; leave the cell empty or restore the keys folder");
                return false;
            }
            if (opened.idNumber == number) return true;
            error(row, at(CertificateField::IdNumber), "id-number-differs",
                  "the 工号 " + row.employeeNo +
                      " already has another 身份证号 in the database; correct the file, or "
                      "change the person's record first",
                  row.employeeNo);
            return false;
        }
        const std::string sealed = sealIdNumber(number, *seal.key);
        if (const store::MaybeRefusal refusal =
                idNumbers_.setIdNumber(personId, bytesOf(sealed), maskIdNumber(number))) {
            error(row, at(CertificateField::IdNumber), "database-refused",
                  "the database refused the 身份证号: " + refusal->message);
            return false;
        }
        return true;
    }

    store::Database& database_;
    admin::KeyStore& keys_;
    FileImportResult& result_;
    store::CertificateRepository certificates_;
    store::IdNumberRepository idNumbers_;
    Date today_;
    std::set<std::size_t> rejected_;
};

struct RosterNames {
    std::map<std::int64_t, std::string> byId;

    explicit RosterNames(const CertificateBook& book) {
        for (const PersonSummary& person : book.people) byId[person.id] = person.name;
    }
};

void warnAboutName(const CertificateRow& row, const RosterNames& names, const KnownRecords& known,
                   ImportReport& report) {
    const auto personId = idOf(known.personIds, row.employeeNo);
    if (row.name.empty() || !personId) return;
    const std::string& rosterName = names.byId.at(*personId);
    if (row.name != rosterName)
        addRowWarning(report, row.source, at(CertificateField::Name), "name-differs",
                      "the roster names the 工号 " + row.employeeNo + " " + rosterName + ", not " +
                          row.name + "; the certificate is imported for " + rosterName,
                      {0, {}, row.name, {}});
}

}  // namespace

FileImportResult importCertificates(store::Database& database, admin::KeyStore& keys,
                                    std::string_view bytes, const std::string& fileName) {
    CertificateFile file = readCertificates(bytes, fileName);
    const CertificateBook book = store::CertificateRepository(database).loadBook();
    const KnownRecords known = knownRecordsOf(book);
    std::map<std::string, const Certificate*> stored;
    for (const Certificate& certificate : book.certificates)
        stored.emplace(certificate.number, &certificate);

    // The same certificates imported again are set apart before resolution, which would refuse
    // their numbers as taken.
    std::vector<std::pair<CertificateRow, std::int64_t>> again;
    std::erase_if(file.rows, [&](const CertificateRow& row) {
        const auto found = stored.find(row.certificate.number);
        const auto personId = idOf(known.personIds, row.employeeNo);
        const auto typeId = idOf(known.typeIds, row.typeCode);
        if (found == stored.end() || !personId || !typeId ||
            !sameCertificate(*found->second, row, *personId, *typeId))
            return false;
        again.emplace_back(row, *personId);
        return true;
    });
    CertificateFile resolved = resolveCertificates(std::move(file), known);

    FileImportResult result{std::move(resolved.report), {}};
    const RosterNames names(book);
    for (const CertificateRow& row : resolved.rows) warnAboutName(row, names, known, result.report);
    for (const auto& entry : again) warnAboutName(entry.first, names, known, result.report);
    CertificateWriter writer(database, keys, result);
    store::WriteScope scope(database.sql(), "certificates_import");
    for (const CertificateRow& row : resolved.rows) writer.add(row);
    for (const auto& [row, personId] : again) writer.keep(row, personId);
    scope.commit();
    writer.finish();
    return result;
}

}  // namespace tqm::cert
