// How wide each column of a printed table is, and whether the table needs an A4 page turned
// on its side.
//
// Each column has two measures of its text: `natural`, the width that sets its widest cell and
// its heading on one line, and `least`, the width below which a short cell would wrap (an
// employee number such as E10000, a date, a figure, a period heading such as 2026-01). A table
// prints portrait when its least widths fit a portrait page (in slightly smaller type if need
// be); otherwise landscape, and if even
// that is too narrow, in a smaller type (not below a readable floor) before anything wraps.
// Whatever width is left goes first to the columns that would otherwise wrap (long names and
// remarks), in proportion to how much they lack; when every cell fits on one line the spare
// width is shared by the columns' relative weights.
#pragma once

#include <vector>

namespace tqm::report {

struct ColumnNeeds {
    double natural = 0;  // text only, without the cell's padding
    double least = 0;    // text only; never more than natural
    double weight = 1;   // share of any spare width
};

struct ColumnFit {
    bool landscape = false;
    double scale = 1;            // of the type size: below 1 only when landscape is too narrow
    std::vector<double> widths;  // of each column, padding included
};

struct PageWidths {
    double portrait = 0;   // the width between the margins of a portrait page
    double landscape = 0;  // of a landscape page
    double padding = 0;    // on each side of a cell's text
    double minScale = 1;   // the smallest type scale that is still readable
    // How much smaller a table may be set to stay portrait: a table a few points too wide is
    // better a little smaller than turned on its side.
    double portraitMinScale = 1;
};

ColumnFit fitColumns(const std::vector<ColumnNeeds>& needs, const PageWidths& page);
// As fitColumns, with the orientation given.
ColumnFit fitColumnsTo(const std::vector<ColumnNeeds>& needs, const PageWidths& page,
                       bool landscape);

}  // namespace tqm::report
