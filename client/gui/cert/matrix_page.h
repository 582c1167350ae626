// 资格矩阵 The qualification matrix: people (or positions) down, certificate types across, each
// cell coloured by its status as of the chosen day, with filters, a search, the legend and the
// selected cell's certificate beside it. Double-clicking a person opens their page.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include "cert/cell_details.h"
#include "cert/matrix_filter.h"
#include "cert/matrix_table.h"

namespace tqm::gui {

class MatrixPage : public wxPanel {
  public:
    explicit MatrixPage(wxWindow* parent);

    // Shows the snapshot with the filters as they are.
    void show(std::shared_ptr<const CertificateSnapshot> snapshot);
    void setAxis(cert::MatrixAxis axis);
    cert::MatrixAxis axis() const;
    // Called with a person's id when their row is double-clicked.
    void setOpenPersonHandler(std::function<void(std::int64_t)> handler) {
        onOpenPerson_ = std::move(handler);
    }

    // The shown row of a person or position id; -1 when it is not shown.
    int rowOf(std::int64_t id) const;
    // The column of a certificate type code; -1 when there is none.
    int columnOf(const std::string& typeCode) const;
    // Selects the cell and shows its details, as a click does.
    void selectCell(int row, int column);
    // Opens the page of the person in `row`, as a double-click does.
    void openRow(int row);
    // Reapplies the filter controls, as typing in them does.
    void applyFilter();

    wxGrid* grid() const { return grid_; }
    MatrixTable& table() { return *table_; }
    CellDetails* details() const { return details_; }
    wxSearchCtrl* searchBox() const { return search_; }
    wxChoice* unitChoice() const { return unit_; }
    wxChoice* positionChoice() const { return position_; }
    wxCheckBox* keyOnlyBox() const { return keyOnly_; }
    wxString countText() const { return count_->GetLabel(); }

  private:
    wxSizer* buildFilters();
    void fillFilterChoices();
    MatrixFilter currentFilter() const;
    void onCellSelected(wxGridEvent& event);
    void sizeColumns();

    std::shared_ptr<const CertificateSnapshot> snapshot_;
    MatrixTable* table_ = nullptr;  // owned by grid_
    wxGrid* grid_ = nullptr;
    wxRadioButton* byPerson_ = nullptr;
    wxRadioButton* byPosition_ = nullptr;
    wxChoice* unit_ = nullptr;
    wxChoice* position_ = nullptr;
    std::vector<std::int64_t> positionIds_;  // of position_'s entries after "every position"
    wxCheckBox* keyOnly_ = nullptr;
    wxSearchCtrl* search_ = nullptr;
    wxStaticText* count_ = nullptr;
    CellDetails* details_ = nullptr;
    std::function<void(std::int64_t)> onOpenPerson_;
};

}  // namespace tqm::gui
