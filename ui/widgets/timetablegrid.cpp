// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetablegrid.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace pc::ui {

namespace {

constexpr int keyboardStep = 15;
constexpr int minimumLength = 5;
constexpr int newSessionLength = 60;
constexpr double laneGap = 4; // room for the selection outline between blocks side by side

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

/// Blocks shorter than a few minutes still get a sliver to click.
int visualEnd(const TimetableBlock& b)
{
    return std::max(b.end, b.start + minimumLength);
}

QString timeRange(int start, int end)
{
    return QStringLiteral("%1–%2").arg(clockTime(start), clockTime(end));
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

} // namespace

TimetableGrid::TimetableGrid(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timetableGrid"));
    setAccessibleName(tr("Timetable"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
}

void TimetableGrid::setColumns(const QStringList& headers)
{
    m_headers = headers;
    m_currentColumn = std::clamp(m_currentColumn, 0, std::max(0, int(headers.size()) - 1));
    cancelDrag();
    relayout();
}

void TimetableGrid::setBlocks(const QList<TimetableBlock>& blocks)
{
    m_blocks = blocks;
    cancelDrag(); // its index may now name another block
    relayout();
    if (!m_selected.isNull() && indexOf(m_selected) < 0)
        setSelected({});
    else
        setSelected(m_selected); // the description follows an edited title
}

void TimetableGrid::setTimeRange(int firstMinute, int lastMinute)
{
    m_firstMinute = std::max(0, firstMinute);
    m_lastMinute = std::max(m_firstMinute + 60, lastMinute);
    relayout();
}

void TimetableGrid::setSnapMinutes(int minutes)
{
    m_snap = std::max(1, minutes);
}

void TimetableGrid::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    cancelDrag();
}

void TimetableGrid::setNowMarker(std::optional<std::pair<int, int>> columnAndMinute)
{
    m_now = columnAndMinute;
    viewport()->update();
}

void TimetableGrid::setEmptyText(const QString& text)
{
    m_emptyText = text;
    viewport()->update();
}

void TimetableGrid::selectBlock(const QUuid& id)
{
    const int index = indexOf(id);
    setSelected(index >= 0 ? id : QUuid());
    if (index >= 0) {
        m_currentColumn = m_blocks[index].column;
        ensureVisible(index);
    }
}

QRect TimetableGrid::blockRect(const QUuid& id) const
{
    const int index = indexOf(id);
    return index >= 0 ? viewRect(index).toRect() : QRect();
}

QPoint TimetableGrid::pointAt(int column, int minute) const
{
    const Geometry g = geometry();
    const QPoint s = scroll();
    return {g.ruler + column * g.columnWidth + g.columnWidth / 2 - s.x(),
            int(std::lround(g.bodyTop + (minute - m_from) * g.pixelsPerMinute)) - s.y()};
}

QString TimetableGrid::toolTipAt(const QPoint& pos) const
{
    const Geometry g = geometry();
    if (pos.y() < g.header && pos.x() >= g.ruler) {
        const QString header = m_headers.value(columnAt(pos.x()));
        QFont bold = font();
        bold.setWeight(QFont::DemiBold);
        const bool elided = QFontMetrics(bold).horizontalAdvance(header) > g.columnWidth - 2 * g.pad;
        return elided ? header : QString();
    }
    const int index = blockAt(pos);
    if (index < 0)
        return {};
    const TimetableBlock& b = m_blocks[index];
    QStringList lines{b.title, timeRange(b.start, b.end)};
    if (!b.detail.isEmpty())
        lines.append(b.detail);
    if (b.cancelled)
        lines.append(tr("Cancelled"));
    for (const QString& problem : b.problems)
        lines.append(QStringLiteral("⚠ ") + problem);
    return lines.join(QLatin1Char('\n'));
}

QSize TimetableGrid::sizeHint() const
{
    const Geometry g = geometry();
    return {g.ruler + 4 * std::max(140, fontMetrics().averageCharWidth() * 20),
            g.bodyTop + int(9 * 60 * g.pixelsPerMinute)};
}

// --- geometry ---

TimetableGrid::Geometry TimetableGrid::geometry() const
{
    // Everything follows the font, so the grid keeps its proportions at any scale.
    const QFontMetrics fm = fontMetrics();
    Geometry g;
    g.pad = std::max(3, fm.averageCharWidth() / 2);
    g.ruler = fm.horizontalAdvance(QStringLiteral("00:00")) + 3 * g.pad;
    g.header = fm.height() + 3 * g.pad;
    g.bodyTop = g.header + fm.height() / 2 + g.pad;
    g.pixelsPerMinute = (fm.lineSpacing() + 2) / double(keyboardStep); // a quarter hour holds a line
    const int minimum = std::max(140, fm.averageCharWidth() * 20);
    const int columns = int(m_headers.size());
    g.columnWidth = columns > 0 ? std::max(minimum, (viewport()->width() - g.ruler) / columns) : minimum;
    return g;
}

QPoint TimetableGrid::scroll() const
{
    return {horizontalScrollBar()->value(), verticalScrollBar()->value()};
}

QRectF TimetableGrid::contentRect(int column, int start, int end, Lane lane) const
{
    const Geometry g = geometry();
    // A margin on the right leaves empty space to double-click beside a busy column.
    const double inner = g.columnWidth - 2 - 2 * g.pad;
    const double laneWidth = inner / lane.lanes;
    const double left = g.ruler + column * g.columnWidth + 2 + lane.lane * laneWidth;
    const double top = g.bodyTop + (start - m_from) * g.pixelsPerMinute;
    const double height = std::max(4.0, (end - start) * g.pixelsPerMinute - 1);
    return {left, top, laneWidth - (lane.lanes > 1 ? laneGap : 0), height};
}

QRectF TimetableGrid::viewRect(int index) const
{
    const TimetableBlock& b = m_blocks[index];
    return contentRect(b.column, b.start, visualEnd(b), m_lanes[index]).translated(-scroll());
}

int TimetableGrid::indexOf(const QUuid& id) const
{
    if (id.isNull())
        return -1;
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks[i].id == id)
            return m_blocks[i].column >= 0 && m_blocks[i].column < m_headers.size() ? i : -1;
    }
    return -1;
}

int TimetableGrid::blockAt(const QPoint& pos) const
{
    const Geometry g = geometry();
    if (pos.x() < g.ruler || pos.y() < g.header)
        return -1;
    for (int i = int(m_blocks.size()) - 1; i >= 0; --i) {
        if (m_blocks[i].column >= 0 && m_blocks[i].column < m_headers.size() && viewRect(i).contains(pos))
            return i;
    }
    return -1;
}

int TimetableGrid::columnAt(int x) const
{
    const Geometry g = geometry();
    return int(std::floor((x + scroll().x() - g.ruler) / double(g.columnWidth)));
}

int TimetableGrid::minuteAt(int y) const
{
    const Geometry g = geometry();
    return m_from + int(std::lround((y + scroll().y() - g.bodyTop) / g.pixelsPerMinute));
}

TimetableGrid::DragMode TimetableGrid::modeAt(int index, const QPoint& pos) const
{
    const QRectF r = viewRect(index);
    // About 5 px at 100%, and never so much of a short block that it cannot be moved.
    const double grip = std::min(std::max(4.0, fontMetrics().height() / 3.0), r.height() / 3);
    if (pos.y() - r.top() <= grip)
        return DragMode::ResizeStart;
    if (r.bottom() - pos.y() <= grip)
        return DragMode::ResizeEnd;
    return DragMode::Move;
}

int TimetableGrid::snap(int minute) const
{
    return int(std::lround(minute / double(m_snap))) * m_snap;
}

QList<int> TimetableGrid::blocksInColumn(int column) const
{
    QList<int> result;
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks[i].column == column)
            result.append(i);
    }
    std::sort(result.begin(), result.end(), [this](int a, int b) {
        const TimetableBlock& x = m_blocks[a];
        const TimetableBlock& y = m_blocks[b];
        return std::tie(x.start, x.end, x.id) < std::tie(y.start, y.end, y.id);
    });
    return result;
}

void TimetableGrid::relayout()
{
    m_from = m_firstMinute;
    m_to = m_lastMinute;
    for (const TimetableBlock& b : std::as_const(m_blocks)) {
        m_from = std::min(m_from, b.start / 60 * 60);
        m_to = std::max(m_to, (visualEnd(b) + 59) / 60 * 60);
    }
    // Greedy interval partitioning: each block takes the first free lane, and a run of
    // overlapping blocks shares the column between as many lanes as it needed.
    m_lanes = QList<Lane>(m_blocks.size());
    for (int column = 0; column < m_headers.size(); ++column) {
        QList<int> laneEnds;
        QList<int> run;
        int runEnd = -1;
        const auto closeRun = [&] {
            for (const int i : std::as_const(run))
                m_lanes[i].lanes = int(laneEnds.size());
            run.clear();
            laneEnds.clear();
        };
        for (const int i : blocksInColumn(column)) {
            const TimetableBlock& b = m_blocks[i];
            if (b.start >= runEnd)
                closeRun();
            const auto free =
                std::find_if(laneEnds.begin(), laneEnds.end(), [&b](int e) { return e <= b.start; });
            const int lane = int(free - laneEnds.begin());
            if (free == laneEnds.end())
                laneEnds.append(0);
            laneEnds[lane] = visualEnd(b);
            m_lanes[i].lane = lane;
            run.append(i);
            runEnd = std::max(runEnd, visualEnd(b));
        }
        closeRun();
    }
    updateScrollBars();
    viewport()->update();
}

void TimetableGrid::updateScrollBars()
{
    const Geometry g = geometry();
    const QFontMetrics fm = fontMetrics();
    const int width = g.ruler + int(m_headers.size()) * g.columnWidth;
    const int height =
        int(std::ceil(g.bodyTop + (m_to - m_from) * g.pixelsPerMinute)) + fm.height() / 2 + g.pad;
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, width - view.width()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setSingleStep(g.columnWidth / 4);
    verticalScrollBar()->setRange(0, std::max(0, height - view.height()));
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setSingleStep(int(std::lround(keyboardStep * g.pixelsPerMinute)));
}

void TimetableGrid::ensureVisible(int index)
{
    const Geometry g = geometry();
    const QRectF r = viewRect(index).adjusted(-g.pad, -g.pad, g.pad, g.pad);
    const QSize view = viewport()->size();
    QScrollBar* h = horizontalScrollBar();
    QScrollBar* v = verticalScrollBar();
    if (r.right() > view.width())
        h->setValue(h->value() + int(std::ceil(r.right() - view.width())));
    if (r.left() < g.ruler)
        h->setValue(h->value() - int(std::ceil(g.ruler - r.left())));
    if (r.bottom() > view.height())
        v->setValue(v->value() + int(std::ceil(r.bottom() - view.height())));
    if (r.top() < g.header)
        v->setValue(v->value() - int(std::ceil(g.header - r.top())));
}

void TimetableGrid::setSelected(const QUuid& id)
{
    const int index = indexOf(id);
    setAccessibleDescription(index >= 0 ? QStringLiteral("%1, %2").arg(
                                 m_blocks[index].title, timeRange(m_blocks[index].start, m_blocks[index].end))
                                        : QString());
    if (id == m_selected)
        return;
    m_selected = id;
    viewport()->update();
    const QUuid selected = id; // a slot may replace the blocks the argument lives in
    emit selectionChanged(selected);
}

// --- events ---

void TimetableGrid::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimetableGrid::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateScrollBars();
}

bool TimetableGrid::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, viewport());
        }
        return true;
    }
    if (event->type() == QEvent::Leave && m_drag.mode == DragMode::None)
        viewport()->unsetCursor();
    return QAbstractScrollArea::viewportEvent(event);
}

void TimetableGrid::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_drag = {};
    const QPoint pos = event->position().toPoint();
    const int index = blockAt(pos);
    if (index < 0) {
        const int column = columnAt(pos.x());
        if (column >= 0 && column < m_headers.size() && pos.y() >= geometry().header) {
            m_currentColumn = column;
            setSelected({});
        }
        return;
    }
    const TimetableBlock& b = m_blocks[index];
    m_currentColumn = b.column;
    setSelected(b.id);
    if (m_readOnly)
        return;
    m_drag.mode = modeAt(index, pos);
    m_drag.index = index;
    m_drag.pressPos = pos;
    // The grabbed point, not the pointer, lands on the grid: an edge follows the hand exactly.
    m_drag.grabOffset = minuteAt(pos.y()) - (m_drag.mode == DragMode::ResizeEnd ? b.end : b.start);
    m_drag.column = b.column;
    m_drag.start = b.start;
    m_drag.end = b.end;
}

void TimetableGrid::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.mode == DragMode::None || !(event->buttons() & Qt::LeftButton)) {
        updateCursor(pos);
        return;
    }
    if (!m_drag.active && (pos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag.active = true;
    updateDrag(pos);
}

void TimetableGrid::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_drag.mode != DragMode::None)
        finishDrag();
    updateCursor(event->position().toPoint());
}

void TimetableGrid::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drag = {};
    const QPoint pos = event->position().toPoint();
    const int index = blockAt(pos);
    if (index >= 0) {
        const QUuid id = m_blocks[index].id;
        setSelected(id);
        emit editRequested(id);
        return;
    }
    const int column = columnAt(pos.x());
    const Geometry g = geometry();
    if (m_readOnly || column < 0 || column >= m_headers.size() || pos.x() < g.ruler || pos.y() < g.header)
        return;
    const int start = std::clamp(snap(minuteAt(pos.y())), 0, minutesPerDay - newSessionLength);
    emit createRequested(column, start, start + newSessionLength);
}

void TimetableGrid::focusOutEvent(QFocusEvent* event)
{
    cancelDrag();
    QAbstractScrollArea::focusOutEvent(event);
}

void TimetableGrid::updateDrag(const QPoint& pos)
{
    const TimetableBlock& b = m_blocks[m_drag.index];
    const int length = std::max(0, b.end - b.start);
    switch (m_drag.mode) {
    case DragMode::Move: {
        m_drag.column = std::clamp(columnAt(pos.x()), 0, int(m_headers.size()) - 1);
        const int start = snap(minuteAt(pos.y()) - m_drag.grabOffset);
        m_drag.start = std::max(m_from, std::min(start, m_to - length));
        m_drag.end = m_drag.start + length;
        viewport()->setCursor(Qt::ClosedHandCursor);
        break;
    }
    case DragMode::ResizeStart:
        m_drag.start =
            std::max(m_from, std::min(snap(minuteAt(pos.y()) - m_drag.grabOffset), b.end - minimumLength));
        break;
    case DragMode::ResizeEnd:
        m_drag.end =
            std::max(b.start + minimumLength, std::min(snap(minuteAt(pos.y()) - m_drag.grabOffset), m_to));
        break;
    case DragMode::None:
        return;
    }
    // Follow the pointer past the edge of the view; a move event per step is enough.
    const int below = pos.y() - viewport()->height();
    if (below > 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + below);
    else if (pos.y() < geometry().header)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (geometry().header - pos.y()));
    viewport()->update();
}

void TimetableGrid::finishDrag()
{
    const Drag drag = m_drag;
    cancelDrag();
    if (!drag.active)
        return;
    const TimetableBlock& b = m_blocks[drag.index];
    const QUuid id = b.id; // the page answers with new blocks while the signal runs
    if (drag.column != b.column || drag.start != b.start || drag.end != b.end)
        emit moveRequested(id, drag.column, drag.start, drag.end);
}

void TimetableGrid::cancelDrag()
{
    const bool wasActive = m_drag.active;
    m_drag = {};
    viewport()->unsetCursor();
    if (wasActive)
        viewport()->update();
}

void TimetableGrid::updateCursor(const QPoint& pos)
{
    const int index = m_readOnly ? -1 : blockAt(pos);
    const DragMode mode = index >= 0 ? modeAt(index, pos) : DragMode::None;
    if (mode == DragMode::ResizeStart || mode == DragMode::ResizeEnd)
        viewport()->setCursor(Qt::SizeVerCursor);
    else
        viewport()->unsetCursor();
}

void TimetableGrid::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool plain = mods == Qt::NoModifier;
    const bool alt = mods == Qt::AltModifier;
    const bool altShift = mods == (Qt::AltModifier | Qt::ShiftModifier);
    const int selected = indexOf(m_selected);
    const QUuid id = m_selected; // slots may change the selection while they run
    const int sign = event->key() == Qt::Key_Up || event->key() == Qt::Key_Left ? -1 : 1;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag.mode == DragMode::None)
            break;
        cancelDrag();
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (plain)
            selectInColumn(sign);
        else if (alt)
            moveSelected(0, sign * keyboardStep, 0);
        else if (altShift)
            moveSelected(0, 0, sign * keyboardStep);
        else
            break;
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (plain)
            selectAcross(sign);
        else if (alt)
            moveSelected(sign, 0, 0);
        else
            break;
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selected >= 0)
            emit editRequested(id);
        return;
    case Qt::Key_Delete:
        if (selected >= 0 && !m_readOnly)
            emit cancelRequested(id);
        return;
    case Qt::Key_Insert:
        requestCreate();
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimetableGrid::selectInColumn(int step)
{
    const int selected = indexOf(m_selected);
    const QList<int> order = blocksInColumn(selected >= 0 ? m_blocks[selected].column : m_currentColumn);
    if (order.isEmpty())
        return;
    const qsizetype at = order.indexOf(selected);
    const int next = at < 0 ? (step > 0 ? order.first() : order.last()) : order.value(at + step, -1);
    if (next >= 0)
        selectBlock(m_blocks[next].id);
}

void TimetableGrid::selectAcross(int step)
{
    const int selected = indexOf(m_selected);
    const int from = selected >= 0 ? m_blocks[selected].column : m_currentColumn;
    const int reference = selected >= 0 ? m_blocks[selected].start : minuteAt(geometry().header);
    // The nearest column that has blocks, so empty days do not trap the selection.
    for (int column = from + step; column >= 0 && column < m_headers.size(); column += step) {
        const QList<int> order = blocksInColumn(column);
        if (order.isEmpty())
            continue;
        const auto nearest = std::min_element(order.cbegin(), order.cend(), [&](int a, int b) {
            return std::abs(m_blocks[a].start - reference) < std::abs(m_blocks[b].start - reference);
        });
        selectBlock(m_blocks[*nearest].id);
        return;
    }
}

void TimetableGrid::moveSelected(int columns, int shift, int grow)
{
    const int index = indexOf(m_selected);
    if (m_readOnly || index < 0 || m_drag.active)
        return;
    const TimetableBlock& b = m_blocks[index];
    const int column = std::clamp(b.column + columns, 0, int(m_headers.size()) - 1);
    const int start = std::clamp(b.start + shift, 0, minutesPerDay - 1);
    const int end = start + std::max(b.end - b.start + grow, minimumLength);
    const QUuid id = b.id;
    if (column != b.column || start != b.start || end != b.end)
        emit moveRequested(id, column, start, end);
}

void TimetableGrid::requestCreate()
{
    if (m_readOnly || m_headers.isEmpty())
        return;
    const int selected = indexOf(m_selected);
    if (selected >= 0) {
        const TimetableBlock& b = m_blocks[selected];
        const int start = std::min(b.end, minutesPerDay - newSessionLength);
        emit createRequested(b.column, start, start + newSessionLength);
        return;
    }
    // The first quarter hour in view, in the column the keyboard is in.
    const int top = std::max(m_from, minuteAt(geometry().bodyTop));
    const int start = (top + keyboardStep - 1) / keyboardStep * keyboardStep;
    emit createRequested(m_currentColumn, start, start + newSessionLength);
}

// --- painting ---

void TimetableGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    if (m_headers.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const int margin = 4 * geometry().pad;
        painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                         Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    paintGrid(painter, g);
    paintBlocks(painter, g);
    paintNow(painter, g);
    paintHeader(painter, g);
    paintRuler(painter, g);
}

void TimetableGrid::paintGrid(QPainter& painter, const Geometry& g) const
{
    const QPoint s = scroll();
    const QColor text = palette().color(QPalette::Text);
    const double right = g.ruler + m_headers.size() * g.columnWidth - s.x();
    const double bottom = g.bodyTop + (m_to - m_from) * g.pixelsPerMinute - s.y();
    for (int minute = (m_from + 29) / 30 * 30; minute <= m_to; minute += 30) {
        const double y = std::round(g.bodyTop + (minute - m_from) * g.pixelsPerMinute) - s.y() + 0.5;
        if (y < g.header || y > viewport()->height())
            continue;
        painter.setPen(QPen(withAlpha(text, minute % 60 == 0 ? 0.16 : 0.06), 1));
        painter.drawLine(QPointF(g.ruler, y), QPointF(right, y));
    }
    painter.setPen(QPen(withAlpha(text, 0.16), 1));
    for (int column = 1; column <= m_headers.size(); ++column) {
        const double x = g.ruler + column * g.columnWidth - s.x() - 0.5;
        painter.drawLine(QPointF(x, g.header), QPointF(x, bottom));
    }
}

void TimetableGrid::paintBlocks(QPainter& painter, const Geometry& g) const
{
    const QRectF view(g.ruler, g.header, viewport()->width(), viewport()->height());
    const int selected = indexOf(m_selected);
    const bool dragging = m_drag.active;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const QRectF r =
            m_blocks[i].column < m_headers.size() && m_blocks[i].column >= 0 ? viewRect(i) : QRectF();
        if (i == selected || !r.intersects(view))
            continue;
        paintBlock(painter, m_blocks[i], r, false);
    }
    if (selected < 0)
        return;
    // The selected block last, so its outline lies over its neighbours; while dragged, a faint
    // copy stays where it was and the block follows the pointer.
    const TimetableBlock& b = m_blocks[selected];
    QRectF r = viewRect(selected);
    if (dragging && m_drag.index == selected) {
        painter.setOpacity(0.35);
        paintBlock(painter, b, r, false);
        painter.setOpacity(1);
        TimetableBlock moved = b;
        moved.column = m_drag.column;
        moved.start = m_drag.start;
        moved.end = m_drag.end;
        r = contentRect(moved.column, moved.start, visualEnd(moved), Lane{}).translated(-scroll());
        // A soft shadow lifts the block off the grid while it is carried.
        const double radius = std::min(4.0, r.height() / 2);
        painter.setPen(Qt::NoPen);
        for (const double spread : {4.0, 2.0}) {
            painter.setBrush(QColor(0, 0, 0, 28));
            painter.drawRoundedRect(r.adjusted(-spread / 2, spread / 2, spread / 2, spread), radius + spread,
                                    radius + spread);
        }
        paintBlock(painter, moved, r, true);
    } else {
        paintBlock(painter, b, r, true);
    }
    // The ring stands a pixel off the block so it reads on a block of the highlight's own hue.
    const double radius = std::min(4.0, r.height() / 2) + 2;
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(r.adjusted(-2, -2, 2, 2), radius, radius);
}

void TimetableGrid::paintBlock(QPainter& painter, const TimetableBlock& block, const QRectF& rect,
                               bool selected) const
{
    const QColor accent = kindColour(block.kind);
    const QColor base = palette().color(QPalette::Base);
    const bool dark = luminance(base) < 0.5;
    const double tint = block.cancelled ? (dark ? 0.14 : 0.08)
                        : selected      ? (dark ? 0.56 : 0.32)
                                        : (dark ? 0.42 : 0.2);
    const QColor fill = mix(base, accent, tint);
    const double radius = std::min(4.0, rect.height() / 2);
    const double bar = std::max(3, fontMetrics().averageCharWidth() / 2);
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
    paintBlockText(painter, block, rect.adjusted(bar, 0, 0, 0), block.cancelled ? withAlpha(ink, 0.7) : ink);
    if (!block.problems.isEmpty()) {
        const double pad = geometry().pad / 2.0 + 1;
        const double size = std::min(fontMetrics().height() * 0.9, rect.height() - 2 * pad);
        drawWarningBadge(painter, QRectF(rect.right() - pad - size, rect.top() + pad, size, size));
    }
}

void TimetableGrid::paintBlockText(QPainter& painter, const TimetableBlock& block, const QRectF& rect,
                                   const QColor& colour) const
{
    const int pad = geometry().pad;
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    bold.setStrikeOut(block.cancelled);
    const QFontMetricsF fm(font());
    const QFontMetricsF boldMetrics(bold);
    const double line = std::max(fm.lineSpacing(), boldMetrics.lineSpacing());
    const QRectF area = rect.adjusted(pad, pad / 2.0, -pad, -pad / 2.0);
    const double badge = block.problems.isEmpty() ? 0 : fm.height() * 0.9 + pad / 2.0;
    const int lines = int((area.height() + 1) / line);
    // In a narrow lane the start alone says more than an elided range.
    QString time = timeRange(block.start, block.end);
    if (fm.horizontalAdvance(time) > area.width())
        time = clockTime(block.start);
    if (block.cancelled)
        time = tr("%1 · cancelled").arg(time);
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
            painter.setFont(font());
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
    drawWrapped(painter, font(), time, next, area.width(), 1, line);
    drawWrapped(painter, font(), block.detail, next + QPointF(0, line), area.width(), lines - titleLines - 1,
                line);
    painter.restore();
}

void TimetableGrid::paintNow(QPainter& painter, const Geometry& g) const
{
    if (!m_now || m_now->first < 0 || m_now->first >= m_headers.size() || m_now->second < m_from
        || m_now->second > m_to)
        return;
    const QPoint s = scroll();
    const double y = g.bodyTop + (m_now->second - m_from) * g.pixelsPerMinute - s.y();
    const double left = g.ruler + m_now->first * g.columnWidth - s.x();
    const double dot = std::max(3.0, g.pad * 0.9);
    painter.setPen(QPen(nowColour, 2));
    painter.drawLine(QPointF(left + dot, y), QPointF(left + g.columnWidth - 1, y));
    painter.setPen(Qt::NoPen);
    painter.setBrush(nowColour);
    painter.drawEllipse(QPointF(left + dot, y), dot, dot);
}

void TimetableGrid::paintHeader(QPainter& painter, const Geometry& g) const
{
    const QPoint s = scroll();
    const QColor text = palette().color(QPalette::WindowText);
    painter.fillRect(QRect(0, 0, viewport()->width(), g.header), palette().color(QPalette::Window));
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    painter.setFont(bold);
    const QFontMetrics fm(bold);
    const int selected = indexOf(m_selected);
    for (int column = 0; column < m_headers.size(); ++column) {
        const QRect cell(g.ruler + column * g.columnWidth - s.x(), 0, g.columnWidth, g.header);
        const bool current =
            m_drag.active ? m_drag.column == column : selected >= 0 && m_blocks[selected].column == column;
        painter.setPen(current ? palette().color(QPalette::Highlight) : text);
        const QRect label = cell.adjusted(g.pad, 0, -g.pad, 0);
        painter.drawText(label, Qt::AlignCenter,
                         fm.elidedText(m_headers[column], Qt::ElideRight, label.width()));
        painter.setPen(QPen(withAlpha(text, 0.16), 1));
        painter.drawLine(QPointF(cell.right() + 0.5, g.pad), QPointF(cell.right() + 0.5, g.header));
    }
    painter.setPen(QPen(withAlpha(text, 0.3), 1));
    painter.drawLine(QPointF(0, g.header - 0.5), QPointF(viewport()->width(), g.header - 0.5));
}

void TimetableGrid::paintRuler(QPainter& painter, const Geometry& g) const
{
    const QPoint s = scroll();
    const QColor text = palette().color(QPalette::WindowText);
    const QRect band(0, g.header, g.ruler, viewport()->height() - g.header);
    painter.fillRect(QRect(0, 0, g.ruler, viewport()->height()), palette().color(QPalette::Window));
    painter.save();
    painter.setClipRect(band);
    painter.setFont(font());
    painter.setPen(withAlpha(text, 0.7));
    const int height = fontMetrics().height();
    for (int minute = (m_from + 59) / 60 * 60; minute <= m_to; minute += 60) {
        const int y = int(std::lround(g.bodyTop + (minute - m_from) * g.pixelsPerMinute)) - s.y();
        painter.drawText(QRect(0, y - height / 2, g.ruler - g.pad * 3 / 2, height),
                         Qt::AlignRight | Qt::AlignVCenter, clockTime(minute));
    }
    painter.restore();
    painter.setPen(QPen(withAlpha(text, 0.3), 1));
    painter.drawLine(QPointF(g.ruler - 0.5, 0), QPointF(g.ruler - 0.5, viewport()->height()));
    painter.drawLine(QPointF(0, g.header - 0.5), QPointF(g.ruler, g.header - 0.5));
}

} // namespace pc::ui
