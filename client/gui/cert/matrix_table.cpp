#include "cert/matrix_table.h"

#include <wx/intl.h>

#include "widgets/colours.h"
#include "widgets/text_wrap.h"

namespace tqm::gui {

namespace {

wxGridCellAttr* centredAttr(const wxColour& background) {
    auto* attr = new wxGridCellAttr;
    attr->SetBackgroundColour(background);
    attr->SetTextColour(colour(Colour::Text));
    attr->SetAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    attr->SetReadOnly();
    return attr;
}

}  // namespace

wxString matrixCellText(cert::MatrixAxis axis, const cert::MatrixCell& cell) {
    if (!cell.required) return {};
    if (axis == cert::MatrixAxis::Positions) {
        if (cell.rows == 0) return _("Nobody");
        // TRANSLATORS: a matrix cell: how many of the people in a position hold a qualifying
        // certificate of the type, e.g. "2/3 qualified".
        return wxString::Format(_("%d/%d qualified"), cell.qualified, cell.rows);
    }
    const wxString word = statusLabel(cell.worst);
    // TRANSLATORS: a recommended (not mandatory) certificate's status in a matrix cell.
    return cell.mandatory ? word : wxString::Format(_("(%s)"), word);
}

MatrixTable::MatrixTable() {
    refreshColours();
}

MatrixTable::~MatrixTable() {
    for (wxGridCellAttr* attr : statusAttrs_)
        if (attr) attr->DecRef();
    if (blankAttr_) blankAttr_->DecRef();
}

void MatrixTable::refreshColours() {
    for (std::size_t i = 0; i < kAllStatuses.size(); ++i) {
        if (statusAttrs_[i]) statusAttrs_[i]->DecRef();
        statusAttrs_[i] = centredAttr(statusColour(kAllStatuses[i]));
    }
    if (blankAttr_) blankAttr_->DecRef();
    blankAttr_ = centredAttr(colour(Colour::StatusNotRequired));
}

void MatrixTable::show(std::shared_ptr<const CertificateSnapshot> snapshot, cert::MatrixAxis axis,
                       std::vector<std::size_t> rows) {
    snapshot_ = std::move(snapshot);
    axis_ = axis;
    rows_ = std::move(rows);
    wxGrid* grid = GetView();
    const int newRows = GetNumberRows();
    const int newColumns = GetNumberCols();
    if (grid) {
        grid->BeginBatch();
        if (newRows < shownRows_) {
            wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_ROWS_DELETED, newRows,
                                       shownRows_ - newRows);
            grid->ProcessTableMessage(message);
        } else if (newRows > shownRows_) {
            wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_ROWS_APPENDED,
                                       newRows - shownRows_);
            grid->ProcessTableMessage(message);
        }
        if (newColumns < shownColumns_) {
            wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_COLS_DELETED, newColumns,
                                       shownColumns_ - newColumns);
            grid->ProcessTableMessage(message);
        } else if (newColumns > shownColumns_) {
            wxGridTableMessage message(this, wxGRIDTABLE_NOTIFY_COLS_APPENDED,
                                       newColumns - shownColumns_);
            grid->ProcessTableMessage(message);
        }
        grid->EndBatch();
        grid->ForceRefresh();
    }
    shownRows_ = newRows;
    shownColumns_ = newColumns;
}

std::int64_t MatrixTable::rowId(int row) const {
    return snapshot_->matrix(axis_).rowIds.at(rows_.at(static_cast<std::size_t>(row)));
}

std::int64_t MatrixTable::typeId(int column) const {
    return snapshot_->matrix(axis_).typeIds.at(static_cast<std::size_t>(column));
}

const cert::MatrixCell& MatrixTable::cell(int row, int column) const {
    return snapshot_->matrix(axis_).at(rows_.at(static_cast<std::size_t>(row)),
                                       static_cast<std::size_t>(column));
}

int MatrixTable::GetNumberRows() {
    return static_cast<int>(rows_.size());
}

int MatrixTable::GetNumberCols() {
    return snapshot_ ? static_cast<int>(snapshot_->matrix(axis_).typeIds.size()) : 0;
}

wxString MatrixTable::GetValue(int row, int col) {
    if (!snapshot_ || row >= GetNumberRows() || col >= GetNumberCols()) return {};
    return matrixCellText(axis_, cell(row, col));
}

bool MatrixTable::IsEmptyCell(int row, int col) {
    return !snapshot_ || row >= GetNumberRows() || col >= GetNumberCols() ||
           !cell(row, col).required;
}

wxString MatrixTable::GetRowLabelValue(int row) {
    if (!snapshot_ || row >= GetNumberRows()) return {};
    const std::int64_t id = rowId(row);
    if (axis_ == cert::MatrixAxis::People) {
        const cert::PersonSummary* person = snapshot_->index->person(id);
        if (!person) return {};
        return wxString::FromUTF8(person->employeeNo + "  " + person->name);
    }
    const cert::Position* position = snapshot_->index->position(id);
    if (!position) return {};
    const wxString name = wxString::FromUTF8(position->name);
    // TRANSLATORS: a key position's name in the matrix, marked as key.
    return position->key ? wxString::Format(_("%s (key)"), name) : name;
}

wxString MatrixTable::GetColLabelValue(int col) {
    if (!snapshot_ || col >= GetNumberCols()) return {};
    const cert::CertificateType* type = snapshot_->index->type(typeId(col));
    if (!type) return {};
    const wxString name = wxString::FromUTF8(type->name);
    // Long Chinese names break between characters to fit the column.
    wxGrid* grid = GetView();
    return grid ? wrappedText(*grid, name, grid->GetColSize(col) - grid->FromDIP(8)) : name;
}

wxGridCellAttr* MatrixTable::GetAttr(int row, int col, wxGridCellAttr::wxAttrKind) {
    wxGridCellAttr* attr = blankAttr_;
    if (snapshot_ && row < GetNumberRows() && col < GetNumberCols()) {
        const cert::MatrixCell& shown = cell(row, col);
        if (shown.required) attr = statusAttrs_[static_cast<std::size_t>(shown.worst)];
    }
    attr->IncRef();
    return attr;
}

}  // namespace tqm::gui
