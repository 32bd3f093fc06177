// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pc::csv {

/// A CSV file that Excel opens correctly by double-click: UTF-8 with a BOM, comma-separated, CRLF
/// after every record, fields quoted when they hold a comma, a quote or a line break, and every
/// cell passed through safeCell().
[[nodiscard]] QByteArray write(const QStringList& header, const QList<QStringList>& rows);

/// Guards against spreadsheet formula injection (OWASP "CSV Injection"): a spreadsheet treats a
/// cell that starts with `=`, `+`, `-` or `@` as a formula (tab and carriage return can hide such a
/// start), so a peer's name like `=HYPERLINK(...)` could run when the file is opened. Such a cell
/// gets a leading single quote, which spreadsheets show as text and do not display. Plain numbers
/// ("-12.5", "+44", "-1,250.00") cannot call anything and are left alone so they stay numbers.
[[nodiscard]] QString safeCell(const QString& value);

/// Undoes safeCell() on import, so that exporting and importing gives back what was exported: a
/// leading single quote is dropped when safeCell() would have added it.
[[nodiscard]] QString unguardCell(const QString& value);

} // namespace pc::csv
