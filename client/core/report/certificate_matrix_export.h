// The certificate matrix (持证矩阵) as a file: rows are people or positions, a column per
// certificate type, and each cell the status of that row and type in words (有效, 缺证, ...; or
// in English), empty where the row does not require the type. CSV is UTF-8 with a byte-order mark;
// the workbook fills each status cell with its colour (as the register does) and adds a legend
// sheet (图例 / Legend) with every status, its colour and what it means, and every type's name.
// The rows are plain values filled by whoever computed the statuses.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "report/certificate_register.h"
#include "report/result_rows.h"

namespace tqm::report {

struct CertificateMatrixTable {
    std::vector<std::string> headColumns;  // 工号, 姓名, 单位 — or 岗位, 关键岗位
    std::vector<std::string> typeCodes;    // one column per type
    std::vector<std::string> typeNames;    // the same order, for the headers and the legend
    struct Row {
        std::vector<std::string> head;   // as many as headColumns
        std::vector<std::string> words;  // status words (valid, missing ...); "" not required
    };
    std::vector<Row> rows;
};

// Headers are "CODE 名称" for each type.
std::string certificateMatrixCsv(const CertificateMatrixTable& table,
                                 RegisterLanguage language = RegisterLanguage::Chinese);

std::optional<ExportError> writeCertificateMatrixCsv(
    const std::filesystem::path& file, const CertificateMatrixTable& table,
    RegisterLanguage language = RegisterLanguage::Chinese);

std::optional<ExportError> writeCertificateMatrixXlsx(
    const std::filesystem::path& file, const CertificateMatrixTable& table,
    RegisterLanguage language = RegisterLanguage::Chinese);

}  // namespace tqm::report
