// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/timetablegrid.h"

#include <QFont>
#include <QList>
#include <QPalette>
#include <QPoint>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QPainter;

namespace pc::ui {

/// The measures of the grid, shared by hit testing and painting.
struct TimetableGeometry
{
    int ruler = 0;
    int header = 0;
    int bodyTop = 0; // the first hour's line, below the header with room for its label
    int columnWidth = 0;
    int pad = 0;
    double pixelsPerMinute = 1;
};

/// A block being dragged, at the column and times it would land on.
struct TimetableCarried
{
    TimetableBlock block;
    QRectF rect;
};

/// What one paint of the grid reads. The widget fills it, so the painting owes nothing to its state.
struct TimetableScene
{
    TimetableGeometry geometry;
    QPalette palette;
    QFont font;
    QSize viewport;
    QPoint scroll;
    QStringList headers;
    QList<TimetableBlock> blocks;
    QList<QRectF> rects; // beside blocks, in viewport coordinates; null for a block in no column
    int from = 0;        // the range shown, in minutes
    int to = 0;
    int selected = -1; // an index into blocks
    std::optional<TimetableCarried> carried;
    int highlightedColumn = -1; // the selected or carried block's, whose header stands out
    std::optional<std::pair<int, int>> now;
    QString emptyText;
};

/// Paints the viewport: the empty text, or the grid, its blocks and the now marker under the
/// header and ruler.
void paintTimetable(QPainter& painter, const TimetableScene& scene);

/// "09:30–10:15": a block's times as its text, its tooltip and a screen reader say them.
[[nodiscard]] QString blockTimeRange(int start, int end);

} // namespace pc::ui
