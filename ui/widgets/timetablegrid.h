// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"
#include "widgets/timetablelanes.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <utility>

namespace pc::ui {

struct TimetableGeometry;
struct TimetableScene;

/// One block of the grid: what the Schedule page makes of a session.
struct TimetableBlock
{
    QUuid id;
    int column = 0;
    int start = 0; // minutes from the column day's midnight
    int end = 0;   // may pass 24:00
    QString title;
    QString detail; // "Room 2 · Ann, Bob"
    SessionKind kind = SessionKind::Other;
    bool cancelled = false;
    QStringList problems; // sentences; any makes a conflict marker and lists in the tooltip
};

/// A day-by-time grid of blocks that knows nothing of the file: the page gives it columns and
/// blocks, and turns its requests (move, edit, cancel, create) into undoable commands. Moves are
/// only requested: the grid shows them once the page gives it the changed blocks.
class TimetableGrid : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimetableGrid(QWidget* parent = nullptr);

    void setColumns(const QStringList& headers);
    /// Keeps the selection when its block is still there.
    void setBlocks(const QList<TimetableBlock>& blocks);
    /// The hours always shown (08:00–19:00 unless set); widened to fit the blocks.
    void setTimeRange(int firstMinute, int lastMinute);
    /// The step of mouse moves and resizes (5 minutes unless set); the keyboard steps 15.
    void setSnapMinutes(int minutes);
    /// Selection and edit requests (to view) still work; moves, resizes, cancels and creates do not.
    void setReadOnly(bool readOnly);
    /// A red line at the minute in the column, or none.
    void setNowMarker(std::optional<std::pair<int, int>> columnAndMinute);
    /// Shown in the middle when there are no columns.
    void setEmptyText(const QString& text);

    [[nodiscard]] QUuid selectedId() const { return m_selected; }
    /// Selects the block (none for a null id) and scrolls it into view.
    void selectBlock(const QUuid& id);

    /// Where a block is drawn, in viewport coordinates; empty when it is not in the grid.
    [[nodiscard]] QRect blockRect(const QUuid& id) const;
    /// The middle of a column at a time, in viewport coordinates.
    [[nodiscard]] QPoint pointAt(int column, int minute) const;
    /// What the tooltip says at a viewport point: the block with its problems, or a long header.
    [[nodiscard]] QString toolTipAt(const QPoint& pos) const;

    [[nodiscard]] QSize sizeHint() const override;

signals:
    void selectionChanged(const QUuid& id);
    /// After a drag, a resize or a keyboard move, only when something changed.
    void moveRequested(const QUuid& id, int column, int start, int end);
    void editRequested(const QUuid& id);
    void cancelRequested(const QUuid& id);
    void createRequested(int column, int start, int end);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    enum class DragMode { None, Move, ResizeStart, ResizeEnd };

    struct Drag
    {
        DragMode mode = DragMode::None;
        int index = -1;
        QPoint pressPos;
        int grabOffset = 0; // minutes from the block's start to where it was grabbed
        bool active = false;
        int column = 0;
        int start = 0;
        int end = 0;
    };

    [[nodiscard]] TimetableGeometry geometry() const;
    [[nodiscard]] QPoint scroll() const;
    [[nodiscard]] QRectF contentRect(int column, int start, int end, TimetableLane lane) const;
    [[nodiscard]] QRectF viewRect(int index) const;
    [[nodiscard]] int indexOf(const QUuid& id) const;
    [[nodiscard]] int blockAt(const QPoint& pos) const;
    [[nodiscard]] int columnAt(int x) const;
    [[nodiscard]] int minuteAt(int y) const;
    [[nodiscard]] DragMode modeAt(int index, const QPoint& pos) const;
    [[nodiscard]] int snap(int minute) const;
    [[nodiscard]] TimetableScene scene() const;

    void relayout();
    void updateScrollBars();
    void setSelected(const QUuid& id);
    void ensureVisible(int index);
    void updateDrag(const QPoint& pos);
    void finishDrag();
    void cancelDrag();
    void updateCursor(const QPoint& pos);
    void selectInColumn(int step);
    void selectAcross(int step);
    void moveSelected(int columns, int shift, int grow);
    void requestCreate();

    QStringList m_headers;
    QList<TimetableBlock> m_blocks;
    QList<TimetableLane> m_lanes; // beside m_blocks
    int m_firstMinute = 8 * 60;
    int m_lastMinute = 19 * 60;
    int m_from = 8 * 60; // the range shown: the set one widened to the blocks' hours
    int m_to = 19 * 60;
    int m_snap = 5;
    bool m_readOnly = false;
    std::optional<std::pair<int, int>> m_now;
    QString m_emptyText;
    QUuid m_selected;
    int m_currentColumn = 0; // where the keyboard is when nothing is selected
    Drag m_drag;
};

} // namespace pc::ui
