#include "cert/position_import.h"

#include <map>

#include "cert/cell_words.h"

namespace tqm::cert {

const std::array<ColumnSpec, 3> kPositionColumns{{
    {"岗位|position|岗位名称|name", true},
    {"关键岗位|key|是否关键岗位|key_position", false},
    {"说明|description|备注", false},
}};

namespace {

constexpr std::size_t at(PositionField field) {
    return static_cast<std::size_t>(field);
}

}  // namespace

PositionFile readPositions(std::string_view bytes, const std::string& fileName) {
    PositionFile file;
    file.report.file = fileName;
    std::map<std::string, std::vector<SourceRow>> rowsByName;
    const CertCsvLayout layout{"positions", kPositionColumns};
    std::set<std::size_t> rejected = readCertCsv(bytes, layout, file.report, [&](CertCsvRow& row) {
        const auto name = row.required(at(PositionField::Name), "position (岗位)");
        bool key = false;
        if (const std::string_view cell = row.text(at(PositionField::Key)); !cell.empty()) {
            if (const auto yes = parseYesNo(cell))
                key = *yes;
            else
                row.error(at(PositionField::Key), "bad-yes-no",
                          "\"" + std::string(cell) +
                              "\" is neither yes nor no; write 是 or 否 (Y/N, 1/0, true/false)",
                          {0, {}, std::string(cell), {}});
        }
        if (name) rowsByName[*name].push_back(row.where());
        if (!row.accepted()) return;
        file.rows.push_back(
            {row.where(),
             Position{0, *name, key, std::string(row.text(at(PositionField::Description)))}});
    });
    rejectRepeatedKeys(rowsByName, at(PositionField::Name), "duplicate-position", "position (岗位)",
                       file.report, rejected);
    keepAcceptedRows(file.rows, rejected);
    finishReport(file.report, rejected);
    return file;
}

}  // namespace tqm::cert
