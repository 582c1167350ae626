// Reads an .xlsx file back for the export tests: the zip container (stored or deflated entries,
// inflated with zlib) and, with pugixml, the sheet names and each cell's value and number format.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <zlib.h>
#include <pugixml.hpp>

#include "../store/store_test_support.h"

namespace tqm::reporttest {

struct Cell {
    std::string text;  // the shared string, or the number as written in the XML
    bool isText = false;
    std::string numberFormat;  // the cell's format code, empty for General
};

class XlsxContents {
  public:
    explicit XlsxContents(const std::filesystem::path& file) {
        const std::string zip = storetest::bytesOf(file);
        readEntries(zip);
        readSharedStrings();
        readFormats();
    }

    const std::string& entry(const std::string& name) const { return entries_.at(name); }

    std::vector<std::string> sheetNames() const {
        pugi::xml_document workbook;
        workbook.load_string(entry("xl/workbook.xml").c_str());
        std::vector<std::string> names;
        for (auto sheet : workbook.child("workbook").child("sheets").children("sheet"))
            names.emplace_back(sheet.attribute("name").value());
        return names;
    }

    // Cells of sheet `number` (1-based) by reference ("A1").
    std::map<std::string, Cell> cells(int number) const {
        pugi::xml_document sheet;
        sheet.load_string(entry("xl/worksheets/sheet" + std::to_string(number) + ".xml").c_str());
        std::map<std::string, Cell> out;
        for (auto row : sheet.child("worksheet").child("sheetData").children("row")) {
            for (auto c : row.children("c")) {
                Cell cell;
                const std::string value = c.child("v").text().get();
                cell.isText = std::string(c.attribute("t").value()) == "s";
                cell.text = cell.isText ? strings_.at(std::stoul(value)) : value;
                const auto style = c.attribute("s").as_uint();
                if (style < cellFormats_.size()) cell.numberFormat = cellFormats_[style];
                out[c.attribute("r").value()] = cell;
            }
        }
        return out;
    }

  private:
    static std::uint32_t le(const std::string& b, std::size_t at, int bytes) {
        std::uint32_t v = 0;
        for (int i = bytes - 1; i >= 0; --i)
            v = (v << 8) | static_cast<unsigned char>(b.at(at + static_cast<std::size_t>(i)));
        return v;
    }

    void readEntries(const std::string& zip) {
        const std::size_t end = zip.rfind(std::string("PK\x05\x06", 4));
        if (end == std::string::npos) throw std::runtime_error("not a zip file");
        const std::size_t count = le(zip, end + 10, 2);
        std::size_t at = le(zip, end + 16, 4);
        for (std::size_t i = 0; i < count; ++i) {
            const std::uint32_t method = le(zip, at + 10, 2);
            const std::uint32_t packed = le(zip, at + 20, 4);
            const std::uint32_t size = le(zip, at + 24, 4);
            const std::size_t nameLength = le(zip, at + 28, 2);
            const std::size_t skip = nameLength + le(zip, at + 30, 2) + le(zip, at + 32, 2);
            const std::string name = zip.substr(at + 46, nameLength);
            const std::size_t local = le(zip, at + 42, 4);
            const std::size_t data = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
            entries_[name] =
                method == 0 ? zip.substr(data, size) : inflated(zip.substr(data, packed), size);
            at += 46 + skip;
        }
    }

    static std::string inflated(const std::string& packed, std::size_t size) {
        std::string out(size, '\0');
        z_stream stream{};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) throw std::runtime_error("zlib");
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
        stream.avail_in = static_cast<uInt>(packed.size());
        stream.next_out = reinterpret_cast<Bytef*>(out.data());
        stream.avail_out = static_cast<uInt>(out.size());
        const int status = inflate(&stream, Z_FINISH);
        inflateEnd(&stream);
        if (status != Z_STREAM_END) throw std::runtime_error("a zip entry does not inflate");
        return out;
    }

    void readSharedStrings() {
        if (!entries_.contains("xl/sharedStrings.xml")) return;
        pugi::xml_document doc;
        doc.load_string(entry("xl/sharedStrings.xml").c_str());
        for (auto si : doc.child("sst").children("si"))
            strings_.emplace_back(si.child("t").text().get());
    }

    void readFormats() {
        pugi::xml_document doc;
        doc.load_string(entry("xl/styles.xml").c_str());
        auto styleSheet = doc.child("styleSheet");
        std::map<unsigned, std::string> codes{{0, ""}};
        for (auto f : styleSheet.child("numFmts").children("numFmt"))
            codes[f.attribute("numFmtId").as_uint()] = f.attribute("formatCode").value();
        for (auto xf : styleSheet.child("cellXfs").children("xf"))
            cellFormats_.push_back(codes[xf.attribute("numFmtId").as_uint()]);
    }

    std::map<std::string, std::string> entries_;
    std::vector<std::string> strings_;
    std::vector<std::string> cellFormats_;
};

// The fill colour (ARGB as styles.xml writes it) of a cell of sheet 1: empty when it has none,
// "no cell" when the sheet has no such cell.
inline std::string fillOf(const XlsxContents& xlsx, const std::string& ref) {
    pugi::xml_document sheet;
    sheet.load_string(xlsx.entry("xl/worksheets/sheet1.xml").c_str());
    const auto cell = sheet.select_node(("//c[@r='" + ref + "']").c_str()).node();
    if (!cell) return "no cell";
    pugi::xml_document styles;
    styles.load_string(xlsx.entry("xl/styles.xml").c_str());
    const auto root = styles.child("styleSheet");
    unsigned index = cell.attribute("s").as_uint();
    pugi::xml_node xf = root.child("cellXfs").first_child();
    while (index-- > 0) xf = xf.next_sibling("xf");
    unsigned fillId = xf.attribute("fillId").as_uint();
    pugi::xml_node fill = root.child("fills").first_child();
    while (fillId-- > 0) fill = fill.next_sibling("fill");
    return fill.child("patternFill").child("fgColor").attribute("rgb").value();
}

}  // namespace tqm::reporttest
