// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QRegularExpression>

namespace pc::csv {

namespace {

constexpr QChar guard = u'\'';

bool startsLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
           || first == u'\r';
}

/// A signed decimal number, optionally with thousands separators: nothing a spreadsheet can
/// evaluate beyond the number itself.
bool isPlainNumber(const QString& value)
{
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(?=[.0-9])[0-9]*(,[0-9]{3})*(\\.[0-9]+)?\\z"));
    return number.match(value).hasMatch();
}

QString quoted(const QString& cell)
{
    const bool needsQuotes =
        cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QChar(u'"') + escaped + QChar(u'"');
}

void appendRecord(QString& out, const QStringList& cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(u',');
        out.append(quoted(safeCell(cells.at(i))));
    }
    out.append(QStringLiteral("\r\n"));
}

} // namespace

QString safeCell(const QString& value)
{
    if (!startsLikeFormula(value) || isPlainNumber(value))
        return value;
    return guard + value;
}

QString unguardCell(const QString& value)
{
    if (value.startsWith(guard) && safeCell(value.mid(1)) == value)
        return value.mid(1);
    return value;
}

QByteArray write(const QStringList& header, const QList<QStringList>& rows)
{
    QString text;
    appendRecord(text, header);
    for (const QStringList& row : rows)
        appendRecord(text, row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace pc::csv
