#!/usr/bin/env python3
"""Prints an XLSX workbook as JSON, read the way a user's program reads it (openpyxl).

For each worksheet: its name, frozen panes, whether every used column has a width set, and its
cells row by row as [kind, value] with kind "n" (number), "d" (date, as YYYY-MM-DD), "s" (text)
or "" (empty). Chart sheets are listed by name with kind "chart".
Exit code 3 when openpyxl is missing, so the caller can say so and skip.
"""
import json
import sys

try:
    import openpyxl
    from openpyxl.chartsheet import Chartsheet
    from openpyxl.utils import get_column_letter
except ImportError:
    sys.exit(3)


def cell_of(cell):
    if cell.value is None:
        return ["", ""]
    if cell.is_date:
        return ["d", cell.value.strftime("%Y-%m-%d")]
    if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
        return ["n", cell.value]
    return ["s", str(cell.value)]


def sheet_of(sheet):
    if isinstance(sheet, Chartsheet):
        return {"name": sheet.title, "kind": "chart"}
    widths = [sheet.column_dimensions[get_column_letter(col)].width
              for col in range(1, sheet.max_column + 1)]
    return {
        "name": sheet.title,
        "kind": "table",
        "freeze": sheet.freeze_panes,
        "widths": widths,
        "widthsSet": all(sheet.column_dimensions[get_column_letter(col)].customWidth
                         for col in range(1, sheet.max_column + 1)),
        "rows": [[cell_of(cell) for cell in row] for row in sheet.iter_rows()],
    }


workbook = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([sheet_of(workbook[name]) for name in workbook.sheetnames], ensure_ascii=False))
