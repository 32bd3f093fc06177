// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetablepainter.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace pc::ui {

namespace {

/// Mid-tone hues that keep their character whether mixed into a light or a dark background.
QColor kindColour(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Interview:
        return QColor(0x3a, 0x7b, 0xd5);
    case SessionKind::FocusGroup:
        return QColor(0x8a, 0x5a, 0xd0);
    case SessionKind::SiteVisit:
        return QColor(0x1d, 0x9a, 0x8a);
    case SessionKind::MeetingObserved:
        return QColor(0x4c, 0x9a, 0x2a);
    case SessionKind::Workshop:
        return QColor(0xd9, 0x82, 0x2b);
    case SessionKind::TeamHuddle:
        return QColor(0x5b, 0x6b, 0xbf);
    case SessionKind::Travel:
        return QColor(0x80, 0x88, 0x91);
    case SessionKind::Meal:
        return QColor(0xc6, 0xa0, 0x25);
    case SessionKind::FeedbackPresentation:
        return QColor(0xc2, 0x49, 0x8f);
    case SessionKind::Other:
        break;
    }
    return QColor(0x9a, 0x7b, 0x62);
}

const QColor problemColour(0xe0, 0x3e, 0x3e);
const QColor nowColour(0xe0, 0x3e, 0x3e);

double luminance(const QColor& c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

QColor mix(const QColor& from, const QColor& to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(float(alpha));
    return c;
}

/// Draws `text` wrapped at words into at most `maxLines` lines from `topLeft`. The last line, or a
/// word too long for a line, is elided and ends it: "Monitori…" reads better than "Monitorin/g".
int drawWrapped(QPainter& p, const QFont& font, const QString& text, const QPointF& topLeft, double width,
                int maxLines, double lineHeight)
{
    if (maxLines <= 0 || text.isEmpty() || width <= 0)
        return 0;
    p.setFont(font);
    const QFontMetricsF fm(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    int used = 0;
    while (used < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const bool overflows = line.naturalTextWidth() > width + 0.5;
        const bool last = overflows || used == maxLines - 1;
        QString part = text.mid(line.textStart(), line.textLength()).trimmed();
        if (last && (overflows || line.textStart() + line.textLength() < text.size()))
            part = fm.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width);
        p.drawText(QPointF(topLeft.x(), topLeft.y() + used * lineHeight + fm.ascent()), part);
        ++used;
        if (last)
            break;
    }
    layout.endLayout();
    return used;
}

/// A red warning triangle with a white exclamation mark, drawn rather than a glyph the font may lack.
void drawWarningBadge(QPainter& p, const QRectF& box)
{
    QPainterPath triangle;
    triangle.moveTo(box.center().x(), box.top());
    triangle.lineTo(box.right(), box.bottom());
    triangle.lineTo(box.left(), box.bottom());
    triangle.closeSubpath();
    p.setPen(QPen(problemColour, box.width() / 8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(problemColour);
    p.drawPath(triangle);
    const double stroke = std::max(1.5, box.width() / 8);
    const double x = box.center().x();
    p.setPen(QPen(Qt::white, stroke, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(x, box.top() + box.height() * 0.38), QPointF(x, box.top() + box.height() * 0.66));
    p.drawPoint(QPointF(x, box.top() + box.height() * 0.84));
}

void paintGrid(QPainter& painter, const TimetableScene& s)
{
    const TimetableGeometry& g = s.geometry;
    const QColor text = s.palette.color(QPalette::Text);
    const double right = g.ruler + s.headers.size() * g.columnWidth - s.scroll.x();
    const double bottom = g.bodyTop + (s.to - s.from) * g.pixelsPerMinute - s.scroll.y();
    for (int minute = (s.from + 29) / 30 * 30; minute <= s.to; minute += 30) {
        const double y = std::round(g.bodyTop + (minute - s.from) * g.pixelsPerMinute) - s.scroll.y() + 0.5;
        if (y < g.header || y > s.viewport.height())
            continue;
        painter.setPen(QPen(withAlpha(text, minute % 60 == 0 ? 0.16 : 0.06), 1));
        painter.drawLine(QPointF(g.ruler, y), QPointF(right, y));
    }
    painter.setPen(QPen(withAlpha(text, 0.16), 1));
    for (int column = 1; column <= s.headers.size(); ++column) {
        const double x = g.ruler + column * g.columnWidth - s.scroll.x() - 0.5;
        painter.drawLine(QPointF(x, g.header), QPointF(x, bottom));
    }
}

void paintBlockText(QPainter& painter, const TimetableScene& s, const TimetableBlock& block,
                    const QRectF& rect, const QColor& colour)
{
    const int pad = s.geometry.pad;
    QFont bold = s.font;
    bold.setWeight(QFont::DemiBold);
    bold.setStrikeOut(block.cancelled);
    const QFontMetricsF fm(s.font);
    const QFontMetricsF boldMetrics(bold);
    const double line = std::max(fm.lineSpacing(), boldMetrics.lineSpacing());
    const QRectF area = rect.adjusted(pad, pad / 2.0, -pad, -pad / 2.0);
    const double badge = block.problems.isEmpty() ? 0 : fm.height() * 0.9 + pad / 2.0;
    const int lines = int((area.height() + 1) / line);
    // In a narrow lane the start alone says more than an elided range.
    QString time = blockTimeRange(block.start, block.end);
    if (fm.horizontalAdvance(time) > area.width())
        time = clockTime(block.start);
    if (block.cancelled)
        time = QCoreApplication::translate("pc::ui::TimetableGrid", "%1 · cancelled").arg(time);
    const QColor faded = withAlpha(colour, colour.alphaF() * 0.8);
    painter.save();
    painter.setClipRect(rect);
    painter.setPen(colour);
    if (lines <= 1) {
        // One line: the title, then the time when both fit.
        const QRectF row(area.left(), rect.top(), area.width() - badge, rect.height());
        const QString title = boldMetrics.elidedText(block.title, Qt::ElideRight, row.width());
        painter.setFont(bold);
        painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, title);
        const double used = boldMetrics.horizontalAdvance(title) + fm.horizontalAdvance(QStringLiteral("  "));
        if (title == block.title && used + fm.horizontalAdvance(time) <= row.width()) {
            painter.setFont(s.font);
            painter.setPen(faded);
            painter.drawText(row.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, time);
        }
        painter.restore();
        return;
    }
    const int titleLines = drawWrapped(painter, bold, block.title, area.topLeft(), area.width() - badge,
                                       lines >= 4 ? 2 : 1, line);
    painter.setPen(faded);
    const QPointF next = area.topLeft() + QPointF(0, titleLines * line);
    drawWrapped(painter, s.font, time, next, area.width(), 1, line);
    drawWrapped(painter, s.font, block.detail, next + QPointF(0, line), area.width(), lines - titleLines - 1,
                line);
    painter.restore();
}

void paintBlock(QPainter& painter, const TimetableScene& s, const TimetableBlock& block, const QRectF& rect,
                bool selected)
{
    const QFontMetrics metrics(s.font);
    const QColor accent = kindColour(block.kind);
    const QColor base = s.palette.color(QPalette::Base);
    const bool dark = luminance(base) < 0.5;
    const double tint = block.cancelled ? (dark ? 0.14 : 0.08)
                        : selected      ? (dark ? 0.56 : 0.32)
                                        : (dark ? 0.42 : 0.2);
    const QColor fill = mix(base, accent, tint);
    const double radius = std::min(4.0, rect.height() / 2);
    const double bar = std::max(3, metrics.averageCharWidth() / 2);
    QPainterPath shape;
    shape.addRoundedRect(rect, radius, radius);

    painter.save();
    painter.setClipPath(shape, Qt::IntersectClip);
    painter.fillRect(rect, fill);
    painter.fillRect(QRectF(rect.left(), rect.top(), bar, rect.height()),
                     block.cancelled ? withAlpha(accent, 0.45) : accent);
    if (block.cancelled) {
        painter.setPen(QPen(withAlpha(accent, dark ? 0.45 : 0.35), 1));
        const double step = 2.5 * bar;
        for (double x = rect.left() - rect.height(); x < rect.right(); x += step)
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    }
    painter.restore();

    painter.setBrush(Qt::NoBrush);
    if (block.problems.isEmpty()) {
        painter.setPen(QPen(withAlpha(accent, dark ? 0.7 : 0.55), 1));
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    } else {
        painter.setPen(QPen(problemColour, 2));
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
    }
    const QColor ink = luminance(fill) > 0.5 ? QColor(0x1b, 0x1d, 0x21) : QColor(0xf3, 0xf4, 0xf6);
    paintBlockText(painter, s, block, rect.adjusted(bar, 0, 0, 0),
                   block.cancelled ? withAlpha(ink, 0.7) : ink);
    if (!block.problems.isEmpty()) {
        const double pad = s.geometry.pad / 2.0 + 1;
        const double size = std::min(metrics.height() * 0.9, rect.height() - 2 * pad);
        drawWarningBadge(painter, QRectF(rect.right() - pad - size, rect.top() + pad, size, size));
    }
}

void paintBlocks(QPainter& painter, const TimetableScene& s)
{
    const TimetableGeometry& g = s.geometry;
    const QRectF view(g.ruler, g.header, s.viewport.width(), s.viewport.height());
    for (int i = 0; i < s.blocks.size(); ++i) {
        if (i == s.selected || !s.rects[i].intersects(view))
            continue;
        paintBlock(painter, s, s.blocks[i], s.rects[i], false);
    }
    if (s.selected < 0)
        return;
    // The selected block last, so its outline lies over its neighbours; while dragged, a faint
    // copy stays where it was and the block follows the pointer.
    QRectF r = s.rects[s.selected];
    if (s.carried) {
        painter.setOpacity(0.35);
        paintBlock(painter, s, s.blocks[s.selected], r, false);
        painter.setOpacity(1);
        r = s.carried->rect;
        // A soft shadow lifts the block off the grid while it is carried.
        const double radius = std::min(4.0, r.height() / 2);
        painter.setPen(Qt::NoPen);
        for (const double spread : {4.0, 2.0}) {
            painter.setBrush(QColor(0, 0, 0, 28));
            painter.drawRoundedRect(r.adjusted(-spread / 2, spread / 2, spread / 2, spread), radius + spread,
                                    radius + spread);
        }
        paintBlock(painter, s, s.carried->block, r, true);
    } else {
        paintBlock(painter, s, s.blocks[s.selected], r, true);
    }
    // The ring stands a pixel off the block so it reads on a block of the highlight's own hue.
    const double radius = std::min(4.0, r.height() / 2) + 2;
    painter.setPen(QPen(s.palette.color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(r.adjusted(-2, -2, 2, 2), radius, radius);
}

void paintNow(QPainter& painter, const TimetableScene& s)
{
    if (!s.now || s.now->first < 0 || s.now->first >= s.headers.size() || s.now->second < s.from
        || s.now->second > s.to)
        return;
    const TimetableGeometry& g = s.geometry;
    const double y = g.bodyTop + (s.now->second - s.from) * g.pixelsPerMinute - s.scroll.y();
    const double left = g.ruler + s.now->first * g.columnWidth - s.scroll.x();
    const double dot = std::max(3.0, g.pad * 0.9);
    painter.setPen(QPen(nowColour, 2));
    painter.drawLine(QPointF(left + dot, y), QPointF(left + g.columnWidth - 1, y));
    painter.setPen(Qt::NoPen);
    painter.setBrush(nowColour);
    painter.drawEllipse(QPointF(left + dot, y), dot, dot);
}

void paintHeader(QPainter& painter, const TimetableScene& s)
{
    const TimetableGeometry& g = s.geometry;
    const QColor text = s.palette.color(QPalette::WindowText);
    painter.fillRect(QRect(0, 0, s.viewport.width(), g.header), s.palette.color(QPalette::Window));
    QFont bold = s.font;
    bold.setWeight(QFont::DemiBold);
    painter.setFont(bold);
    const QFontMetrics fm(bold);
    for (int column = 0; column < s.headers.size(); ++column) {
        const QRect cell(g.ruler + column * g.columnWidth - s.scroll.x(), 0, g.columnWidth, g.header);
        painter.setPen(column == s.highlightedColumn ? s.palette.color(QPalette::Highlight) : text);
        const QRect label = cell.adjusted(g.pad, 0, -g.pad, 0);
        painter.drawText(label, Qt::AlignCenter,
                         fm.elidedText(s.headers[column], Qt::ElideRight, label.width()));
        painter.setPen(QPen(withAlpha(text, 0.16), 1));
        painter.drawLine(QPointF(cell.right() + 0.5, g.pad), QPointF(cell.right() + 0.5, g.header));
    }
    painter.setPen(QPen(withAlpha(text, 0.3), 1));
    painter.drawLine(QPointF(0, g.header - 0.5), QPointF(s.viewport.width(), g.header - 0.5));
}

void paintRuler(QPainter& painter, const TimetableScene& s)
{
    const TimetableGeometry& g = s.geometry;
    const QColor text = s.palette.color(QPalette::WindowText);
    const QRect band(0, g.header, g.ruler, s.viewport.height() - g.header);
    painter.fillRect(QRect(0, 0, g.ruler, s.viewport.height()), s.palette.color(QPalette::Window));
    painter.save();
    painter.setClipRect(band);
    painter.setFont(s.font);
    painter.setPen(withAlpha(text, 0.7));
    const int height = QFontMetrics(s.font).height();
    for (int minute = (s.from + 59) / 60 * 60; minute <= s.to; minute += 60) {
        const int y = int(std::lround(g.bodyTop + (minute - s.from) * g.pixelsPerMinute)) - s.scroll.y();
        painter.drawText(QRect(0, y - height / 2, g.ruler - g.pad * 3 / 2, height),
                         Qt::AlignRight | Qt::AlignVCenter, clockTime(minute));
    }
    painter.restore();
    painter.setPen(QPen(withAlpha(text, 0.3), 1));
    painter.drawLine(QPointF(g.ruler - 0.5, 0), QPointF(g.ruler - 0.5, s.viewport.height()));
    painter.drawLine(QPointF(0, g.header - 0.5), QPointF(g.ruler, g.header - 0.5));
}

} // namespace

void paintTimetable(QPainter& painter, const TimetableScene& scene)
{
    const QRect all(QPoint(), scene.viewport);
    painter.fillRect(all, scene.palette.color(QPalette::Base));
    if (scene.headers.isEmpty()) {
        painter.setPen(scene.palette.color(QPalette::PlaceholderText));
        const int margin = 4 * scene.geometry.pad;
        painter.drawText(all.adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap,
                         scene.emptyText);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    paintGrid(painter, scene);
    paintBlocks(painter, scene);
    paintNow(painter, scene);
    paintHeader(painter, scene);
    paintRuler(painter, scene);
}

QString blockTimeRange(int start, int end)
{
    return QStringLiteral("%1–%2").arg(clockTime(start), clockTime(end));
}

} // namespace pc::ui
