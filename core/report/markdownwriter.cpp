// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownwriter.h"

#include <QRegularExpression>

namespace pc::report {

namespace {

/// A span with its emphasis markers placed round the words, never round the spaces (CommonMark
/// does not read "** bold**" as emphasis).
QString spanText(const Span& span)
{
    const QString escaped = escapeMarkdown(span.text);
    if (!span.bold && !span.italic)
        return escaped;
    const QString marker = span.bold && span.italic ? QStringLiteral("***")
                           : span.bold              ? QStringLiteral("**")
                                                    : QStringLiteral("*");
    const qsizetype first = escaped.indexOf(QRegularExpression(QStringLiteral("\\S")));
    if (first < 0)
        return escaped;
    const qsizetype last = escaped.lastIndexOf(QRegularExpression(QStringLiteral("\\S")));
    return escaped.left(first) + marker + escaped.mid(first, last - first + 1) + marker
           + escaped.mid(last + 1);
}

QString spansText(const Spans& spans)
{
    QString text;
    for (const Span& span : spans)
        text += spanText(span);
    // One paragraph is one line: a line break inside would end a list item or a table cell.
    return text.simplified();
}

QString tableRow(const QStringList& cells)
{
    QStringList escaped;
    for (const QString& cell : cells)
        escaped.append(escapeMarkdown(cell).simplified().replace(QLatin1Char('|'), QStringLiteral("\\|")));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

} // namespace

QString escapeMarkdown(const QString& text, bool lineStart)
{
    // Backslash escapes for what both CommonMark and Python-Markdown read as escapes; "<" and "&"
    // become entities, and only where they could start a tag or an entity ("5 < 6", "R&D" stay).
    static const QString special = QStringLiteral("\\`*_[]#");
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (special.contains(c)) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('<')
                   && (next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!')
                       || next == QLatin1Char('?'))) {
            escaped += QStringLiteral("&lt;");
        } else if (c == QLatin1Char('&')
                   && QRegularExpression(QStringLiteral("^&(#\\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"))
                          .match(text.mid(i, 40))
                          .hasMatch()) {
            escaped += QStringLiteral("&amp;");
        } else {
            escaped += c;
        }
    }
    if (!lineStart)
        return escaped;
    // What starts a list, a heading or a quote only at the start of a line: "1. ", "- ", "> ".
    static const QRegularExpression listStart(QStringLiteral("^(\\s*)(\\d+)([.)])"));
    // In a replacement Qt reads "\\" + "\\3" as one backslash, then capture 3.
    escaped.replace(listStart, QStringLiteral("\\1\\2\\\\3"));
    static const QRegularExpression bulletStart(QStringLiteral("^(\\s*)([-+=>])"));
    escaped.replace(bulletStart, QStringLiteral("\\1\\\\2"));
    return escaped;
}

QByteArray toMarkdown(const Document& document)
{
    const DocumentMeta& meta = document.meta;
    QStringList out;
    out.append(QStringLiteral("# ") + escapeMarkdown(meta.title).simplified());
    out.append(QString());
    QStringList facts;
    for (const QString& fact : {meta.kind, meta.subtitle, meta.dates, meta.version}) {
        if (!fact.isEmpty())
            facts.append(escapeMarkdown(fact));
    }
    if (!facts.isEmpty()) {
        out.append(QStringLiteral("**") + facts.takeFirst() + QStringLiteral("**"));
        for (const QString& fact : facts)
            out.last() += QStringLiteral("  \n") + fact;
        out.append(QString());
    }
    for (const Block& block : document.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading:
            out.append(QString(qBound(1, block.level, 5) + 1, QLatin1Char('#')) + QLatin1Char(' ')
                       + escapeMarkdown(headingText(block), false).simplified());
            break;
        case Block::Kind::Paragraph:
            out.append(spansText(block.spans));
            break;
        case Block::Kind::BulletList:
        case Block::Kind::NumberedList: {
            QStringList items;
            int number = block.start;
            for (const Spans& item : block.items) {
                const QString marker = block.kind == Block::Kind::BulletList
                                           ? QStringLiteral("- ")
                                           : QStringLiteral("%1. ").arg(number++);
                items.append(marker + spansText(item));
            }
            out.append(items.join(QLatin1Char('\n')));
            break;
        }
        case Block::Kind::Table: {
            const Table& t = block.table;
            QStringList lines{tableRow(t.header)};
            lines.append(QStringLiteral("|")
                         + QStringList(t.header.size(), QStringLiteral(" --- ")).join(QLatin1Char('|'))
                         + QStringLiteral("|"));
            for (const QStringList& row : t.rows) {
                QStringList cells = row;
                while (cells.size() < t.header.size())
                    cells.append(QString());
                lines.append(tableRow(cells));
            }
            out.append(lines.join(QLatin1Char('\n')));
            break;
        }
        case Block::Kind::PageBreak:
            continue;
        }
        out.append(QString());
    }
    return out.join(QLatin1Char('\n')).toUtf8();
}

} // namespace pc::report
