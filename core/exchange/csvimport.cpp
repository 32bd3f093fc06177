// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "csvwriter.h"

#include <QObject>

#include <algorithm>

namespace pc::csv {

namespace {

/// How header names compare: without case and without any white space.
QString normalised(const QString& name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (!c.isSpace())
            result.append(c.toCaseFolded());
    }
    return result;
}

bool names(const ColumnSpec& spec, const QString& normalisedHeader)
{
    if (normalisedHeader.isEmpty())
        return false;
    if (normalised(spec.key) == normalisedHeader || normalised(spec.label) == normalisedHeader)
        return true;
    return std::any_of(spec.aliases.cbegin(), spec.aliases.cend(),
                       [&](const QString& alias) { return normalised(alias) == normalisedHeader; });
}

/// The first header column not yet taken that names `spec`, or -1.
int findColumn(const ColumnSpec& spec, const QStringList& normalisedHeader, const QList<bool>& taken)
{
    for (qsizetype column = 0; column < normalisedHeader.size(); ++column) {
        if (!taken.at(column) && names(spec, normalisedHeader.at(column)))
            return int(column);
    }
    return -1;
}

} // namespace

ColumnMapping guessMapping(const QStringList& header, const QList<ColumnSpec>& specs)
{
    QStringList normalisedHeader;
    for (const QString& name : header)
        normalisedHeader.append(normalised(name));
    QList<bool> taken(header.size(), false);

    QHash<QString, int> columnOf;
    for (const ColumnSpec& spec : specs) {
        const int column = findColumn(spec, normalisedHeader, taken);
        if (column >= 0) {
            columnOf.insert(spec.key, column);
            taken[column] = true;
        }
    }
    return completeMapping(columnOf, header, specs);
}

ColumnMapping completeMapping(const QHash<QString, int>& columnOf, const QStringList& header,
                              const QList<ColumnSpec>& specs)
{
    ColumnMapping mapping;
    for (const ColumnSpec& spec : specs) {
        const int column = columnOf.value(spec.key, -1);
        if (column >= 0 && column < header.size())
            mapping.columnOf.insert(spec.key, column);
        else if (spec.required)
            mapping.unmappedRequired.append(spec.label);
    }
    const QList<int> used = mapping.columnOf.values();
    for (qsizetype column = 0; column < header.size(); ++column) {
        if (!used.contains(int(column)) && !header.at(column).trimmed().isEmpty())
            mapping.ignoredHeaders.append(header.at(column));
    }
    return mapping;
}

QString describe(const RowProblem& problem)
{
    return QObject::tr("Line %1: %2").arg(problem.line).arg(problem.message);
}

QList<RowProblem> mappingProblems(const CsvTable& table, const ColumnMapping& mapping)
{
    QList<RowProblem> problems;
    for (const QString& label : mapping.unmappedRequired)
        problems.append(
            RowProblem{table.headerLine, QObject::tr("the required column \"%1\" is missing.").arg(label)});
    return problems;
}

RowFields fieldsOf(const QStringList& row, const CsvTable& table, const ColumnMapping& mapping)
{
    RowFields result;
    // Empty cells beyond the header are what spreadsheets leave behind; only values count.
    qsizetype used = row.size();
    while (used > 0 && row.at(used - 1).trimmed().isEmpty())
        --used;
    if (used > table.header.size())
        result.shapeProblem = QObject::tr("the row has %1 values but the header names only %2 columns.")
                                  .arg(used)
                                  .arg(table.header.size());
    for (auto it = mapping.columnOf.cbegin(); it != mapping.columnOf.cend(); ++it)
        result.fields.insert(it.key(), unguardCell(row.value(it.value()).trimmed()));
    return result;
}

} // namespace pc::csv
