// What the `tqm cert` commands share: the database they work on, finding the person, type,
// position and certificate a command names (printing why when there is none), the day "as of",
// table output aligned for Chinese text, and the one-line description of a certificate.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar_date.h"
#include "base/clock.h"
#include "cert/action_refusal.h"
#include "cert/certificate_model.h"
#include "store/database.h"

namespace tqm::cli {

class CertCommand {
  public:
    explicit CertCommand(const std::string& databasePath);
    CertCommand(const CertCommand&) = delete;
    CertCommand& operator=(const CertCommand&) = delete;

    bool opened() const { return db_.has_value(); }
    store::Database& db() { return *db_; }
    Date today() const { return dateAt(clock_.now()); }

    // Each returns nothing after printing "tqm: CODE: message" on standard error.
    std::optional<cert::PersonSummary> person(const std::string& employeeNo);
    std::optional<cert::CertificateType> type(const std::string& code);
    std::optional<cert::Position> position(const std::string& name);
    std::optional<cert::Certificate> certificate(const std::string& number);

  private:
    SystemClock clock_;
    std::optional<store::Database> db_;
};

// `text` as a date, or nothing after printing that `option` needs YYYY-MM-DD. An empty text is
// `fallback`.
std::optional<Date> dateOption(const std::string& text, std::string_view option, Date fallback);
std::optional<std::optional<Date>> optionalDateOption(const std::string& text,
                                                      std::string_view option);

// "tqm: CODE: message" on standard error.
void printRefusal(const cert::ActionRefusal& refusal);

// "2026-03-01" or "-".
std::string dateText(const std::optional<Date>& date);

// "ZJ-QI-2026-0001 D0001 赵明远 INT-QI 质量检验员上岗证, valid 2026-03-01 to 2028-02-29"
std::string certificateLine(const cert::Certificate& certificate, const cert::PersonSummary& person,
                            const cert::CertificateType& type);

// Columns padded to their widest cell, counting a Chinese character as two columns, separated by
// two spaces; the last column is not padded.
std::string alignedTable(const std::vector<std::vector<std::string>>& rows);

}  // namespace tqm::cli
