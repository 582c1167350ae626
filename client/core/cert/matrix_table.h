// The matrix of the overview (certificate_overview.h) as the plain table the exports write
// (report/certificate_matrix_export.h): head columns 工号, 姓名, 单位 for people or 岗位, 关键岗位
// for positions, and per type the worst status of the cell's requirement rows (what needs
// attention first), empty where the type is not required.
#pragma once

#include "cert/certificate_overview.h"
#include "report/certificate_matrix_export.h"

namespace tqm::cert {

report::CertificateMatrixTable matrixTable(const MatrixView& view,
                                           report::RegisterLanguage language);

}  // namespace tqm::cert
