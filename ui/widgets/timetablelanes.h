// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace pc::ui {

struct TimetableBlock;

/// The shortest a block is drawn or resized to, in minutes, so there is always a sliver to click.
constexpr int minimumBlockMinutes = 5;

/// A block's share of its column: lane `lane` of `lanes` side by side.
struct TimetableLane
{
    int lane = 0;
    int lanes = 1;
};

/// Where a block ends on the grid: one shorter than a few minutes still gets a sliver to click.
[[nodiscard]] int visualEnd(const TimetableBlock& block);

/// The indexes of a column's blocks by start, end and id: the order lanes fill and the arrow keys walk.
[[nodiscard]] QList<int> blocksInColumn(const QList<TimetableBlock>& blocks, int column);

/// The lane of each block, beside `blocks`, so that blocks overlapping in time sit side by side.
/// A block outside columns 0 to `columns` - 1 keeps the whole width.
[[nodiscard]] QList<TimetableLane> layoutLanes(const QList<TimetableBlock>& blocks, int columns);

} // namespace pc::ui
