// The certificate matrix as a wxGrid table: it draws only the cells on screen from the
// snapshot, so 10,000 people × 20 certificate types scroll as smoothly as ten. Each cell shows a
// short status word on the status's colour; a recommended (not mandatory) cell has its word in
// brackets, and a cell that asks for nothing stays blank.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <vector>

#include <wx/grid.h>

#include "cert/cert_snapshot.h"
#include "cert/cert_texts.h"

namespace tqm::gui {

class MatrixTable : public wxGridTableBase {
  public:
    MatrixTable();
    ~MatrixTable() override;

    // Shows `rows` (indexes into the axis's matrix) of the snapshot; tells `grid` when the number
    // of rows or columns changed.
    void show(std::shared_ptr<const CertificateSnapshot> snapshot, cert::MatrixAxis axis,
              std::vector<std::size_t> rows);
    // Takes the status colours of the current theme.
    void refreshColours();

    cert::MatrixAxis axis() const { return axis_; }
    const CertificateSnapshot* snapshot() const { return snapshot_.get(); }
    // The person or position id of a shown row, and the type id of a column.
    std::int64_t rowId(int row) const;
    std::int64_t typeId(int column) const;
    const cert::MatrixCell& cell(int row, int column) const;

    int GetNumberRows() override;
    int GetNumberCols() override;
    wxString GetValue(int row, int col) override;
    void SetValue(int, int, const wxString&) override {}
    bool IsEmptyCell(int row, int col) override;
    wxString GetRowLabelValue(int row) override;
    wxString GetColLabelValue(int col) override;
    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind kind) override;

  private:
    std::shared_ptr<const CertificateSnapshot> snapshot_;
    cert::MatrixAxis axis_ = cert::MatrixAxis::People;
    std::vector<std::size_t> rows_;
    int shownRows_ = 0;
    int shownColumns_ = 0;
    std::array<wxGridCellAttr*, kAllStatuses.size()> statusAttrs_{};
    wxGridCellAttr* blankAttr_ = nullptr;
};

// The text of a cell: the status word (in brackets when only recommended), "2/3 qualified" for
// a position, "Nobody" for a position nobody holds; empty when the cell asks for nothing.
wxString matrixCellText(cert::MatrixAxis axis, const cert::MatrixCell& cell);

}  // namespace tqm::gui
