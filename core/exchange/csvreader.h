// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pc::csv {

/// A CSV file read into memory: the first non-blank record is the header, the others are rows.
/// Rows keep the number of fields they had in the file (they may be shorter or longer than the
/// header); `lines` gives, for each row, the 1-based line of the file where it starts, so problems
/// can be named the way a person finds them in an editor.
struct CsvTable
{
    QStringList header; // names trimmed of surrounding spaces
    QList<QStringList> rows;
    QList<int> lines; // 1-based line where each row starts
    int headerLine = 1;
};

/// Reads RFC 4180 text: fields optionally in double quotes, a doubled quote for a quote, commas
/// and line breaks inside quoted fields (kept as "\n"), CRLF, LF or CR line ends, with or without
/// a final one. Records whose fields are all empty (blank lines, ",,,") are skipped. Spaces around
/// a quoted field are tolerated. Throws pc::Error(InvalidInput) naming the line for an unclosed
/// quote, a quote inside an unquoted field, or text after a closing quote.
[[nodiscard]] CsvTable parse(const QString& text, QChar separator = u',');

/// The separator a header line uses: whichever of comma, semicolon (Excel where the decimal
/// separator is a comma) and tab occurs most outside quotes; a comma when none does.
[[nodiscard]] QChar detectSeparator(const QString& firstLine);

/// decodeText(), detectSeparator() on the first line, then parse(): what every importer does with
/// the bytes of a file.
[[nodiscard]] CsvTable read(const QByteArray& bytes);

/// The largest file an import reads: far above any real list of peers or timetable, far below
/// what would stall the machine.
inline constexpr qint64 maxFileBytes = 50 * 1024 * 1024;

/// read() of a file's bytes. Throws pc::Error: Io naming the file and the reason when it cannot
/// be read, InvalidInput when it is larger than maxFileBytes ("%1 is too large to be <what>."),
/// and what read() throws.
[[nodiscard]] CsvTable readFile(const QString& path, const QString& what);

/// The first `rows` rows for the column-mapping step, each padded or cut to the header's width so
/// they show as a rectangle under table.header.
[[nodiscard]] QList<QStringList> preview(const CsvTable& table, int rows = 5);

} // namespace pc::csv
