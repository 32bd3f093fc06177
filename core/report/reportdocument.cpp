// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "common/error.h"

#include <QObject>

namespace pc::report {

void advance(const Progress& progress, int done, int total, const QString& what)
{
    if (progress && !progress(done, total))
        throw Error(ErrorKind::Cancelled,
                    QObject::tr("Writing %1 was cancelled; nothing was written.").arg(what));
}

Block heading(int level, const QString& number, const QString& text, bool inContents)
{
    Block b;
    b.kind = Block::Kind::Heading;
    b.level = level;
    b.number = number;
    b.spans = {Span{text}};
    b.inContents = inContents;
    return b;
}

Block paragraph(const QString& text)
{
    return paragraph(Spans{Span{text}});
}

Block paragraph(const Spans& spans)
{
    Block b;
    b.kind = Block::Kind::Paragraph;
    b.spans = spans;
    return b;
}

Block bullets(const QStringList& items)
{
    QList<Spans> spans;
    for (const QString& item : items)
        spans.append(Spans{Span{item}});
    return bullets(spans);
}

Block bullets(const QList<Spans>& items)
{
    Block b;
    b.kind = Block::Kind::BulletList;
    b.items = items;
    return b;
}

Block numbered(const QStringList& items, int start)
{
    Block b = bullets(items);
    b.kind = Block::Kind::NumberedList;
    b.start = start;
    return b;
}

Block table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.table = Table{header, rows, widths};
    return b;
}

Block pageBreak()
{
    Block b;
    b.kind = Block::Kind::PageBreak;
    return b;
}

QString plainText(const Spans& spans)
{
    QString text;
    for (const Span& span : spans)
        text += span.text;
    return text;
}

QString headingText(const Block& heading)
{
    const QString text = plainText(heading.spans);
    return heading.number.isEmpty() ? text : heading.number + QLatin1Char(' ') + text;
}

} // namespace pc::report
