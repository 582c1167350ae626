// The training reports as documents (report_document.h), in Chinese as they are printed.
#pragma once

#include <string>

#include "reports/class_file.h"
#include "reports/enterprise_summary.h"
#include "reports/hours_ledger.h"
#include "reports/person_file.h"
#include "reports/report_document.h"

namespace tqm::reports {

// 一期一档: the plan, the attendance table with hours, and one table per exam; the header
// lines carry the class's dates, place, teachers, hours, attendance rate, each exam's figures
// and the closing summary.
ReportDocument classFileDocument(const ClassFile& file, const std::string& organization,
                                 Date reportDate);

// 学时台账: one row per person with a column per period and the total, a table of hours per
// course, and the unit totals.
ReportDocument ledgerDocument(const HoursLedger& ledger, const std::string& organization,
                              Date reportDate);

// 一人一档: identity in the header lines (ID number masked, in full only once revealed by
// reports/id_unlock.h), then tables of classes, courses
// with hours, exam and competition results, and certificates with their status on the day.
ReportDocument personFileDocument(const PersonFile& file, const std::string& organization,
                                  Date reportDate);

// The enterprise summary: one table per unit and one per department (rates are numbers in
// percent), the whole enterprise's figures in the header lines.
ReportDocument summaryDocument(const EnterpriseSummary& summary, const std::string& organization,
                               Date reportDate);

}  // namespace tqm::reports
