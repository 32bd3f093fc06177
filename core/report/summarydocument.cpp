// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarydocument.h"

#include "exchange/engagementsummary.h"

#include <QLocale>
#include <QObject>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

namespace pc {

namespace {

void addHeading(QTextCursor& cursor, const QString& text, int level)
{
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin(level == 1 ? 0 : 14);
    block.setBottomMargin(6);
    QTextCharFormat chars;
    chars.setFontWeight(QFont::DemiBold);
    chars.setFontPointSize(level == 1 ? 18 : 13);
    cursor.insertBlock(block, chars);
    cursor.insertText(text);
}

void addTable(QTextCursor& cursor, const QList<QPair<QString, QString>>& rows)
{
    if (rows.isEmpty())
        return;
    QTextTableFormat format;
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    QTextTable* table = cursor.insertTable(int(rows.size()), 2, format);
    QTextCharFormat label;
    label.setForeground(QColor(0x55, 0x5b, 0x66));
    for (int row = 0; row < rows.size(); ++row) {
        table->cellAt(row, 0).firstCursorPosition().insertText(rows[row].first, label);
        table->cellAt(row, 1).firstCursorPosition().insertText(rows[row].second);
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

std::unique_ptr<QTextDocument> buildSummaryDocument(const EngagementSummary& summary)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDocumentMargin(16);
    QTextCursor cursor(document.get());
    QTextBlockFormat first;
    first.setHeadingLevel(1);
    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::DemiBold);
    titleFormat.setFontPointSize(18);
    cursor.setBlockFormat(first);
    cursor.setCharFormat(titleFormat);
    cursor.insertText(summary.title);

    const QString notSet = QObject::tr("Not set");
    addHeading(cursor, QObject::tr("Engagement"), 2);
    addTable(cursor,
             {{QObject::tr("Host organisation"), summary.hostName.isEmpty() ? notSet : summary.hostName},
              {QObject::tr("Programme"), summary.programmeName.isEmpty() ? notSet : summary.programmeName}});

    addHeading(cursor, QObject::tr("Key dates"), 2);
    QList<QPair<QString, QString>> dates;
    const QLocale locale;
    for (const auto& [label, date] : summary.milestones)
        dates.append({label, locale.toString(date, QStringLiteral("dddd d MMMM yyyy"))});
    if (dates.isEmpty())
        dates.append(
            {QObject::tr("No dates yet"), QObject::tr("Add the scoping meeting and onsite dates first.")});
    addTable(cursor, dates);

    addHeading(cursor, QObject::tr("Contents"), 2);
    QList<QPair<QString, QString>> counts;
    for (const auto& [table, count] : summary.counts) {
        if (table == QStringLiteral("devices"))
            continue; // bookkeeping for merges, not part of the engagement
        QString label = EngagementSummary::countLabel(table, 2);
        label[0] = label[0].toUpper();
        counts.append({label, locale.toString(count)});
    }
    addTable(cursor, counts);
    return document;
}

} // namespace pc
