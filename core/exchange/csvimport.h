// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>

namespace pc::csv {

/// A column an importer understands. A header matches it when, ignoring case and spaces, it equals
/// the key, the label or one of the aliases ("E-mail", "Email address").
struct ColumnSpec
{
    QString key;   // the name the converter looks fields up by
    QString label; // what the mapping step and messages show
    bool required = false;
    QStringList aliases;
};

/// Which file column feeds which spec. The mapping step shows it (with preview()) and lets the
/// person change `columnOf` before importing.
struct ColumnMapping
{
    QHash<QString, int> columnOf; // spec key -> column index in the header
    QStringList unmappedRequired; // labels of required specs no header matched
    QStringList ignoredHeaders;   // non-empty header names no spec took
};

/// Matches each spec to the first header that names it; a header serves one spec at most.
[[nodiscard]] ColumnMapping guessMapping(const QStringList& header, const QList<ColumnSpec>& specs);

/// The mapping after the person has chosen columns in the mapping step: keeps the choices that name
/// a spec and a column of the header, and works out again what is missing and what is ignored.
[[nodiscard]] ColumnMapping completeMapping(const QHash<QString, int>& columnOf, const QStringList& header,
                                            const QList<ColumnSpec>& specs);

/// One rejected row (or, at the header's line, a missing column).
struct RowProblem
{
    int line = 0; // 1-based line in the file
    QString message;
};

/// "Line 7: <message>", for lists shown to people and for the CLI.
[[nodiscard]] QString describe(const RowProblem& problem);

/// Every record converted, or every problem found. The caller imports `records` only when ok():
/// an import is all or nothing.
template <typename T>
struct ImportResult
{
    QList<T> records;
    QList<RowProblem> problems;
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

/// Problems that stop an import before any row is read: required columns the mapping lacks.
[[nodiscard]] QList<RowProblem> mappingProblems(const CsvTable& table, const ColumnMapping& mapping);

/// A row's values by spec key, trimmed, with the formula guard of write() undone (see
/// unguardCell); columns missing from a short row read as empty. Problems with the row's shape
/// (values beyond the header) are returned as a message.
struct RowFields
{
    QHash<QString, QString> fields;
    QString shapeProblem; // empty when the row fits the header
};
[[nodiscard]] RowFields fieldsOf(const QStringList& row, const CsvTable& table, const ColumnMapping& mapping);

/// Converts every row with `convert`, which returns a record or a sentence saying what is wrong
/// with the row. All rows are tried, so one pass reports every problem with its line. When the
/// mapping lacks a required column, only that is reported and no row is converted.
template <typename T>
[[nodiscard]] ImportResult<T>
importRows(const CsvTable& table, const ColumnMapping& mapping,
           const std::function<std::variant<T, QString>(const QHash<QString, QString>& fields)>& convert)
{
    ImportResult<T> result;
    result.problems = mappingProblems(table, mapping);
    if (!result.problems.isEmpty())
        return result;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const int line = table.lines.value(i);
        RowFields row = fieldsOf(table.rows.at(i), table, mapping);
        if (!row.shapeProblem.isEmpty()) {
            result.problems.append(RowProblem{line, row.shapeProblem});
            continue;
        }
        // By index, so that T may itself be QString.
        std::variant<T, QString> converted = convert(row.fields);
        if (auto* problem = std::get_if<1>(&converted))
            result.problems.append(RowProblem{line, *problem});
        else
            result.records.append(std::move(std::get<0>(converted)));
    }
    if (!result.problems.isEmpty())
        result.records.clear(); // nothing half-imported, even by a caller that forgets ok()
    return result;
}

} // namespace pc::csv
