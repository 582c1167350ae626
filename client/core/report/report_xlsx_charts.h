// The charts of a training report (reports::ReportChart) as native Excel charts, so a manager can
// restyle, resize or copy them in Excel or WPS like any chart they made themselves.
//
// Each chart goes on a chart sheet of its own (图表, 图表2, ...) after the table sheets, as
// horizontal bars in percent (0 to 100) with its title, axis titles and legend in Chinese. A
// series refers to the table cells it was made from when a sheet holds them: the column whose
// heading is the series' name, on the sheet whose first column lists the chart's labels (the
// enterprise summary's 按单位 sheet), so the chart follows any correction typed into the table.
// A chart with no such table gets its figures written to a sheet 图表数据 that it refers to.
#pragma once

#include <xlsxwriter.h>

#include "reports/report_document.h"

namespace tqm::report {

// Adds the document's charts to `workbook`, whose table sheets (one per document table, named
// after it, header row 1 and data from row 2) are already written. Returns the first error.
lxw_error addReportCharts(lxw_workbook* workbook, const reports::ReportDocument& document);

}  // namespace tqm::report
