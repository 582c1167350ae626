#include "cert/matrix_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "cert/status_legend.h"
#include "widgets/colours.h"

namespace tqm::gui {

MatrixPage::MatrixPage(wxWindow* parent) : wxPanel(parent) {
    grid_ = new wxGrid(this, wxID_ANY);
    table_ = new MatrixTable;
    grid_->SetTable(table_, true, wxGrid::wxGridSelectCells);
    grid_->EnableEditing(false);
    grid_->EnableDragRowSize(false);
    grid_->DisableDragColMove();
    grid_->SetDefaultRowSize(FromDIP(26), true);
    grid_->SetDefaultColSize(FromDIP(88), true);
    grid_->SetRowLabelSize(FromDIP(150));
    grid_->SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    grid_->SetColLabelSize(GetCharHeight() * 3 + FromDIP(10));
    grid_->SetLabelFont(GetFont());
    grid_->SetDefaultCellFont(GetFont());
    grid_->SetCellHighlightPenWidth(FromDIP(2));
    details_ = new CellDetails(this);

    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(grid_, wxSizerFlags(1).Expand());
    body->Add(details_, wxSizerFlags().Expand().Border(wxLEFT, FromDIP(12)));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = FromDIP(8);
    sizer->Add(buildFilters(), wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(body, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(new StatusLegend(this), wxSizerFlags().Expand().Border(wxALL, border));
    SetSizer(sizer);

    grid_->Bind(wxEVT_GRID_SELECT_CELL, &MatrixPage::onCellSelected, this);
    grid_->Bind(wxEVT_GRID_CELL_LEFT_DCLICK,
                [this](wxGridEvent& event) { openRow(event.GetRow()); });
    grid_->Bind(wxEVT_GRID_LABEL_LEFT_DCLICK, [this](wxGridEvent& event) {
        if (event.GetRow() >= 0) openRow(event.GetRow());
    });
    Bind(wxEVT_SYS_COLOUR_CHANGED, [this](wxSysColourChangedEvent& event) {
        table_->refreshColours();
        grid_->ForceRefresh();
        event.Skip();
    });
}

wxSizer* MatrixPage::buildFilters() {
    byPerson_ = new wxRadioButton(this, wxID_ANY, _("By person"), wxDefaultPosition, wxDefaultSize,
                                  wxRB_GROUP);
    byPosition_ = new wxRadioButton(this, wxID_ANY, _("By position"));
    unit_ = new wxChoice(this, wxID_ANY);
    position_ = new wxChoice(this, wxID_ANY);
    keyOnly_ = new wxCheckBox(this, wxID_ANY, _("Key positions only"));
    search_ =
        new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(200, -1)));
    search_->SetDescriptiveText(_("Employee no. or name"));
    search_->ShowCancelButton(true);
    count_ = new wxStaticText(this, wxID_ANY, wxString());
    count_->SetForegroundColour(colour(Colour::MutedText));

    auto* filters = new wxBoxSizer(wxHORIZONTAL);
    const auto centred = wxSizerFlags().CentreVertical();
    filters->Add(byPerson_, centred);
    filters->Add(byPosition_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
    filters->Add(new wxStaticText(this, wxID_ANY, _("Unit:")),
                 wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(16)));
    filters->Add(unit_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(4)));
    filters->Add(new wxStaticText(this, wxID_ANY, _("Position:")),
                 wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(12)));
    filters->Add(position_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(4)));
    filters->Add(keyOnly_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(12)));
    filters->Add(search_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(12)));
    filters->AddStretchSpacer();
    filters->Add(count_, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(12)));

    byPerson_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { applyFilter(); });
    byPosition_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { applyFilter(); });
    unit_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { applyFilter(); });
    position_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { applyFilter(); });
    keyOnly_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { applyFilter(); });
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { applyFilter(); });
    search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
        search_->Clear();
        applyFilter();
    });
    return filters;
}

void MatrixPage::fillFilterChoices() {
    const wxString unit = unit_->GetStringSelection();
    const std::int64_t positionId =
        position_->GetSelection() > 0 ? positionIds_.at(position_->GetSelection() - 1) : 0;
    unit_->Clear();
    unit_->Append(_("Every unit"));
    for (const std::string& name : matrixUnits(*snapshot_)) unit_->Append(wxString::FromUTF8(name));
    const int unitAt = unit.empty() ? wxNOT_FOUND : unit_->FindString(unit, true);
    unit_->SetSelection(unitAt == wxNOT_FOUND ? 0 : unitAt);

    position_->Clear();
    positionIds_.clear();
    position_->Append(_("Every position"));
    int positionAt = 0;
    for (const cert::Position* position : snapshot_->index->positionsByName()) {
        if (position->id == positionId) positionAt = static_cast<int>(positionIds_.size()) + 1;
        positionIds_.push_back(position->id);
        position_->Append(wxString::FromUTF8(position->name));
    }
    position_->SetSelection(positionAt);
}

MatrixFilter MatrixPage::currentFilter() const {
    MatrixFilter filter;
    filter.axis = byPosition_->GetValue() ? cert::MatrixAxis::Positions : cert::MatrixAxis::People;
    if (unit_->GetSelection() > 0) filter.unit = unit_->GetStringSelection().utf8_string();
    if (position_->GetSelection() > 0)
        filter.positionId =
            positionIds_.at(static_cast<std::size_t>(position_->GetSelection() - 1));
    filter.keyPositionsOnly = keyOnly_->GetValue();
    filter.search = search_->GetValue();
    return filter;
}

void MatrixPage::show(std::shared_ptr<const CertificateSnapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    fillFilterChoices();
    applyFilter();
}

void MatrixPage::setAxis(cert::MatrixAxis axis) {
    byPerson_->SetValue(axis == cert::MatrixAxis::People);
    byPosition_->SetValue(axis == cert::MatrixAxis::Positions);
    applyFilter();
}

cert::MatrixAxis MatrixPage::axis() const {
    return byPosition_->GetValue() ? cert::MatrixAxis::Positions : cert::MatrixAxis::People;
}

void MatrixPage::applyFilter() {
    if (!snapshot_) return;
    const MatrixFilter filter = currentFilter();
    // Units are people's: for positions the choice would only mislead.
    unit_->Enable(filter.axis == cert::MatrixAxis::People);
    search_->SetDescriptiveText(filter.axis == cert::MatrixAxis::People ? _("Employee no. or name")
                                                                        : _("Position"));
    std::vector<std::size_t> rows = shownMatrixRows(*snapshot_, filter);
    const std::size_t total = snapshot_->matrix(filter.axis).rowIds.size();
    count_->SetLabel(
        filter.axis == cert::MatrixAxis::People
            ? wxString::Format(wxPLURAL("%zu of %zu person", "%zu of %zu people", total),
                               rows.size(), total)
            : wxString::Format(wxPLURAL("%zu of %zu position", "%zu of %zu positions", total),
                               rows.size(), total));
    table_->show(snapshot_, filter.axis, std::move(rows));
    sizeColumns();
    details_->clear();
    Layout();
}

void MatrixPage::sizeColumns() {
    // A person's row label is "工号  name"; a position's name may be longer. Measuring every
    // label of 10,000 rows would cost more than a fixed width saves.
    grid_->SetRowLabelSize(FromDIP(table_->axis() == cert::MatrixAxis::People ? 120 : 150));
    grid_->ForceRefresh();
}

int MatrixPage::rowOf(std::int64_t id) const {
    for (int row = 0; row < table_->GetNumberRows(); ++row)
        if (table_->rowId(row) == id) return row;
    return -1;
}

int MatrixPage::columnOf(const std::string& typeCode) const {
    if (!snapshot_) return -1;
    for (int column = 0; column < table_->GetNumberCols(); ++column) {
        const cert::CertificateType* type = snapshot_->index->type(table_->typeId(column));
        if (type && type->code == typeCode) return column;
    }
    return -1;
}

void MatrixPage::selectCell(int row, int column) {
    grid_->SetGridCursor(row, column);
    grid_->MakeCellVisible(row, column);
    details_->showCell(*snapshot_, table_->axis(), table_->rowId(row), table_->typeId(column));
}

void MatrixPage::onCellSelected(wxGridEvent& event) {
    event.Skip();
    const int row = event.GetRow();
    const int column = event.GetCol();
    if (!snapshot_ || row < 0 || column < 0 || row >= table_->GetNumberRows() ||
        column >= table_->GetNumberCols())
        return;
    details_->showCell(*snapshot_, table_->axis(), table_->rowId(row), table_->typeId(column));
}

void MatrixPage::openRow(int row) {
    if (!snapshot_ || row < 0 || row >= table_->GetNumberRows()) return;
    if (table_->axis() != cert::MatrixAxis::People) return;
    if (onOpenPerson_) onOpenPerson_(table_->rowId(row));
}

}  // namespace tqm::gui
