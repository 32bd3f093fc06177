// SPDX-License-Identifier: GPL-3.0-or-later
// One table as a spreadsheet: what the action plan exports as XLSX (libxlsxwriter).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pc::report {

struct Spreadsheet
{
    QString sheetName;  // shown on the sheet's tab; cut to 31 characters, []:*?/\ replaced
    QString title;      // the first row: bold, larger
    QString subtitle;   // the second row: muted (e.g. "Northmoor District Council – 3 December 2026")
    QStringList header; // the header row (after a blank row): bold, shaded, frozen, filtered
    QList<QList<QVariant>> rows; // QString, QDate (shown as 3 Dec 2026), int, double or null (empty)
    QList<double> widths;        // column widths in characters; empty: 15 each
    int ragColumn = -1;          // a column of "Red", "Amber", "Green": its cells filled in that colour
    QList<int> wrapColumns;      // columns whose text wraps (long descriptions)
};

/// Writes the spreadsheet as an XLSX file. Text is always written as text (a cell starting with
/// "=" is never a formula). Throws pc::Error(Io) naming the file when it cannot be written;
/// nothing is left at `path` then.
void writeXlsx(const QString& path, const Spreadsheet& sheet);

} // namespace pc::report
