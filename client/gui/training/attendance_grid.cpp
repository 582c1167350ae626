#include "training/attendance_grid.h"

#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "store/training_class_repository.h"
#include "training/training_texts.h"
#include "widgets/colours.h"

namespace tqm::gui {

namespace {

constexpr int kFirstDayColumn = 2;  // after 工号 and name

}  // namespace

AttendanceGrid::AttendanceGrid(wxWindow* parent, LearnerWorkspace& workspace,
                               std::function<void()> changed)
    : wxPanel(parent), workspace_(workspace), changed_(std::move(changed)) {
    grid_ = new wxGrid(this, wxID_ANY);
    grid_->CreateGrid(0, kFirstDayColumn);
    grid_->EnableEditing(false);
    grid_->SetRowLabelSize(0);
    grid_->SetDefaultCellAlignment(wxALIGN_CENTER, wxALIGN_CENTER);
    auto* hint = new wxStaticText(this, wxID_ANY, _("Right-click a mark to correct it."));
    hint->SetForegroundColour(colour(Colour::MutedText));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(grid_, 1, wxEXPAND | wxALL, FromDIP(8));
    column->Add(hint, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
    SetSizer(column);
    grid_->Bind(wxEVT_GRID_CELL_RIGHT_CLICK, &AttendanceGrid::offerMarks, this);
}

void AttendanceGrid::show(const reports::ClassFile* file) {
    file_ = file ? std::optional(*file) : std::nullopt;
    grid_->BeginBatch();
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    if (grid_->GetNumberCols() > kFirstDayColumn)
        grid_->DeleteCols(kFirstDayColumn, grid_->GetNumberCols() - kFirstDayColumn);
    // TRANSLATORS: the employee number, 工号 in Chinese plants.
    grid_->SetColLabelValue(0, _("Employee no."));
    grid_->SetColLabelValue(1, _("Name"));
    if (file_) {
        grid_->AppendCols(static_cast<int>(file_->days.size()));
        for (std::size_t d = 0; d < file_->days.size(); ++d)
            grid_->SetColLabelValue(kFirstDayColumn + static_cast<int>(d),
                                    wxString::FromUTF8(formatDate(file_->days[d]).substr(5)));
        grid_->AppendRows(static_cast<int>(file_->trainees.size()));
        for (std::size_t r = 0; r < file_->trainees.size(); ++r) {
            const reports::TraineeRow& trainee = file_->trainees[r];
            const int row = static_cast<int>(r);
            grid_->SetCellValue(row, 0, wxString::FromUTF8(trainee.employeeNo));
            grid_->SetCellValue(row, 1, wxString::FromUTF8(trainee.name));
            for (std::size_t d = 0; d < trainee.days.size(); ++d) {
                const int col = kFirstDayColumn + static_cast<int>(d);
                grid_->SetCellValue(row, col, attendanceText(trainee.days[d]));
                const bool problem = !trainee.days[d] || !training::attended(*trainee.days[d]);
                grid_->SetCellTextColour(row, col,
                                         colour(!trainee.days[d] ? Colour::MutedText
                                                : problem        ? Colour::Warning
                                                                 : Colour::Text));
            }
        }
    }
    grid_->AutoSizeColumns(false);
    grid_->EndBatch();
}

void AttendanceGrid::offerMarks(wxGridEvent& event) {
    const int row = event.GetRow();
    const int col = event.GetCol();
    if (!file_ || col < kFirstDayColumn || row < 0) return;
    const auto dayIndex = static_cast<std::size_t>(col - kFirstDayColumn);
    grid_->SetGridCursor(row, col);
    wxMenu menu;
    for (const training::Attendance mark : kAttendanceChoices) {
        const int id = menu.Append(wxID_ANY, attendanceText(mark))->GetId();
        menu.Bind(
            wxEVT_MENU,
            [this, row, dayIndex, mark](wxCommandEvent&) { correct(row, dayIndex, mark); }, id);
    }
    menu.AppendSeparator();
    const int clear = menu.Append(wxID_ANY, _("Clear the mark"))->GetId();
    menu.Bind(
        wxEVT_MENU,
        [this, row, dayIndex](wxCommandEvent&) { correct(row, dayIndex, std::nullopt); }, clear);
    PopupMenu(&menu);
}

void AttendanceGrid::correct(int row, std::size_t dayIndex,
                             std::optional<training::Attendance> mark) {
    if (!file_ || row < 0 || row >= static_cast<int>(file_->trainees.size()) ||
        dayIndex >= file_->days.size())
        return;
    const std::int64_t classId = file_->trainingClass.id;
    const std::int64_t personId = file_->trainees[static_cast<std::size_t>(row)].personId;
    const Date day = file_->days[dayIndex];
    store::TrainingClassRepository classes(*workspace_.database());
    if (mark)
        classes.mark(classId, {personId, day, *mark});
    else
        classes.unmark(classId, personId, day);
    if (changed_) changed_();
}

}  // namespace tqm::gui
