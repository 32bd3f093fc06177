// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetablegrid.h"

#include "widgets/timetablepainter.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace pc::ui {

namespace {

constexpr int keyboardStep = 15;
constexpr int newSessionLength = 60;
constexpr double laneGap = 4; // room for the selection outline between blocks side by side

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
    const TimetableGeometry g = geometry();
    const QPoint s = scroll();
    return {g.ruler + column * g.columnWidth + g.columnWidth / 2 - s.x(),
            int(std::lround(g.bodyTop + (minute - m_from) * g.pixelsPerMinute)) - s.y()};
}

QString TimetableGrid::toolTipAt(const QPoint& pos) const
{
    const TimetableGeometry g = geometry();
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
    QStringList lines{b.title, blockTimeRange(b.start, b.end)};
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
    const TimetableGeometry g = geometry();
    return {g.ruler + 4 * std::max(140, fontMetrics().averageCharWidth() * 20),
            g.bodyTop + int(9 * 60 * g.pixelsPerMinute)};
}

// --- geometry ---

TimetableGeometry TimetableGrid::geometry() const
{
    // Everything follows the font, so the grid keeps its proportions at any scale.
    const QFontMetrics fm = fontMetrics();
    TimetableGeometry g;
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

QRectF TimetableGrid::contentRect(int column, int start, int end, TimetableLane lane) const
{
    const TimetableGeometry g = geometry();
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
    const TimetableGeometry g = geometry();
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
    const TimetableGeometry g = geometry();
    return int(std::floor((x + scroll().x() - g.ruler) / double(g.columnWidth)));
}

int TimetableGrid::minuteAt(int y) const
{
    const TimetableGeometry g = geometry();
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

void TimetableGrid::relayout()
{
    m_from = m_firstMinute;
    m_to = m_lastMinute;
    for (const TimetableBlock& b : std::as_const(m_blocks)) {
        m_from = std::min(m_from, b.start / 60 * 60);
        m_to = std::max(m_to, (visualEnd(b) + 59) / 60 * 60);
    }
    m_lanes = layoutLanes(m_blocks, int(m_headers.size()));
    updateScrollBars();
    viewport()->update();
}

void TimetableGrid::updateScrollBars()
{
    const TimetableGeometry g = geometry();
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
    const TimetableGeometry g = geometry();
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
    setAccessibleDescription(
        index >= 0 ? QStringLiteral("%1, %2").arg(m_blocks[index].title,
                                                  blockTimeRange(m_blocks[index].start, m_blocks[index].end))
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
    const TimetableGeometry g = geometry();
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
        m_drag.start = std::max(
            m_from, std::min(snap(minuteAt(pos.y()) - m_drag.grabOffset), b.end - minimumBlockMinutes));
        break;
    case DragMode::ResizeEnd:
        m_drag.end = std::max(b.start + minimumBlockMinutes,
                              std::min(snap(minuteAt(pos.y()) - m_drag.grabOffset), m_to));
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
    const QList<int> order =
        blocksInColumn(m_blocks, selected >= 0 ? m_blocks[selected].column : m_currentColumn);
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
        const QList<int> order = blocksInColumn(m_blocks, column);
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
    const int end = start + std::max(b.end - b.start + grow, minimumBlockMinutes);
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
    paintTimetable(painter, scene());
}

TimetableScene TimetableGrid::scene() const
{
    TimetableScene s;
    s.geometry = geometry();
    s.palette = palette();
    s.font = font();
    s.viewport = viewport()->size();
    s.scroll = scroll();
    s.headers = m_headers;
    s.blocks = m_blocks;
    s.rects.reserve(m_blocks.size());
    for (int i = 0; i < m_blocks.size(); ++i) {
        const bool shown = m_blocks[i].column >= 0 && m_blocks[i].column < m_headers.size();
        s.rects.append(shown ? viewRect(i) : QRectF());
    }
    s.from = m_from;
    s.to = m_to;
    s.selected = indexOf(m_selected);
    if (m_drag.active && s.selected >= 0 && m_drag.index == s.selected) {
        TimetableBlock moved = m_blocks[s.selected];
        moved.column = m_drag.column;
        moved.start = m_drag.start;
        moved.end = m_drag.end;
        const QRectF rect =
            contentRect(moved.column, moved.start, visualEnd(moved), TimetableLane{}).translated(-s.scroll);
        s.carried = TimetableCarried{moved, rect};
    }
    if (m_drag.active)
        s.highlightedColumn = m_drag.column;
    else if (s.selected >= 0)
        s.highlightedColumn = m_blocks[s.selected].column;
    s.now = m_now;
    s.emptyText = m_emptyText;
    return s;
}

} // namespace pc::ui
