// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfonts.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextLine>

namespace pc::report {

QString reportFontFamily()
{
    // Font registration is process-wide, so it is done once (thread-safe static initialisation).
    static const QString family = [] {
        QString found;
        for (const QString& face : {QStringLiteral("Regular"), QStringLiteral("Bold"),
                                    QStringLiteral("Italic"), QStringLiteral("BoldItalic")}) {
            const int id =
                QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/Carlito-%1.ttf").arg(face));
            if (id >= 0 && found.isEmpty())
                found = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return found;
    }();
    return family;
}

QFont reportFont(qreal pointSize, bool bold, bool italic)
{
    QFont font;
    const QString family = reportFontFamily();
    if (family.isEmpty()) {
        font.setStyleHint(QFont::SansSerif);
        font.setFamily(QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
    } else {
        font.setFamily(family);
    }
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

TextFlow::TextFlow(const QPaintDevice& device, const Spans& spans, qreal pointSize, qreal width,
                   qreal leading, bool bold)
    : m_layout(QString(), reportFont(pointSize, bold), &device)
    , m_leading(leading)
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const Span& span : spans) {
        QString part = span.text;
        // A line break in the text stays a line break, not a paragraph separator.
        part.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\n', QChar::LineSeparator);
        if (part.isEmpty())
            continue;
        QTextLayout::FormatRange range;
        range.start = int(text.size());
        range.length = int(part.size());
        range.format.setFontWeight(bold || span.bold ? QFont::Bold : QFont::Normal);
        range.format.setFontItalic(span.italic);
        formats.append(range);
        text += part;
    }
    m_layout.setText(text);
    m_layout.setFormats(formats);
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout.setTextOption(option);
    m_layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() + leading;
    }
    m_layout.endLayout();
}

qreal TextFlow::lineTop(int line) const
{
    return m_layout.lineAt(line).y();
}

qreal TextFlow::lineBottom(int line) const
{
    const QTextLine text = m_layout.lineAt(line);
    return text.y() + text.height();
}

qreal TextFlow::linePitch(int line) const
{
    return m_layout.lineAt(line).height() + m_leading;
}

qreal TextFlow::lineWidth(int line) const
{
    return m_layout.lineAt(line).naturalTextWidth();
}

qreal TextFlow::lineAscent(int line) const
{
    return m_layout.lineAt(line).ascent();
}

qreal TextFlow::height() const
{
    return m_layout.lineCount() == 0 ? 0 : lineBottom(m_layout.lineCount() - 1);
}

void TextFlow::draw(QPainter& painter, const QPointF& topLeft, qreal from, qreal to) const
{
    for (int i = 0; i < m_layout.lineCount(); ++i) {
        const QTextLine line = m_layout.lineAt(i);
        if (line.y() >= from - 0.5 && line.y() < to - 0.5)
            line.draw(&painter, topLeft - QPointF(0, from));
    }
}

void TextFlow::drawLine(QPainter& painter, int line, const QPointF& topLeft) const
{
    m_layout.lineAt(line).draw(&painter, topLeft - QPointF(0, lineTop(line)));
}

} // namespace pc::report
