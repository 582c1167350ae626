#include "cert/matrix_table.h"

namespace tqm::cert {

report::CertificateMatrixTable matrixTable(const MatrixView& view,
                                           report::RegisterLanguage language) {
    const bool chinese = language == report::RegisterLanguage::Chinese;
    report::CertificateMatrixTable table;
    if (view.axis == MatrixAxis::People)
        table.headColumns = chinese ? std::vector<std::string>{"工号", "姓名", "单位"}
                                    : std::vector<std::string>{"Employee No.", "Name", "Unit"};
    else
        table.headColumns = chinese ? std::vector<std::string>{"岗位", "关键岗位"}
                                    : std::vector<std::string>{"Position", "Key position"};
    for (const TypeLabel& type : view.columns) {
        table.typeCodes.push_back(type.code);
        table.typeNames.push_back(type.name);
    }
    for (const MatrixRow& row : view.rows) {
        report::CertificateMatrixTable::Row out;
        if (view.axis == MatrixAxis::People)
            out.head = {row.person.employeeNo, row.person.name, row.person.unit};
        else
            out.head = {row.position.name,
                        row.position.key ? (chinese ? "是" : "yes") : (chinese ? "否" : "no")};
        for (const MatrixCell& cell : row.cells)
            out.words.push_back(cell.required ? std::string(statusWord(cell.worst))
                                              : std::string());
        table.rows.push_back(std::move(out));
    }
    return table;
}

}  // namespace tqm::cert
