// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetablelanes.h"

#include "widgets/timetablegrid.h"

#include <algorithm>
#include <tuple>

namespace pc::ui {

int visualEnd(const TimetableBlock& block)
{
    return std::max(block.end, block.start + minimumBlockMinutes);
}

QList<int> blocksInColumn(const QList<TimetableBlock>& blocks, int column)
{
    QList<int> result;
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks[i].column == column)
            result.append(i);
    }
    std::sort(result.begin(), result.end(), [&blocks](int a, int b) {
        const TimetableBlock& x = blocks[a];
        const TimetableBlock& y = blocks[b];
        return std::tie(x.start, x.end, x.id) < std::tie(y.start, y.end, y.id);
    });
    return result;
}

QList<TimetableLane> layoutLanes(const QList<TimetableBlock>& blocks, int columns)
{
    // Greedy interval partitioning: each block takes the first free lane, and a run of
    // overlapping blocks shares the column between as many lanes as it needed.
    QList<TimetableLane> lanes(blocks.size());
    for (int column = 0; column < columns; ++column) {
        QList<int> laneEnds;
        QList<int> run;
        int runEnd = -1;
        const auto closeRun = [&] {
            for (const int i : std::as_const(run))
                lanes[i].lanes = int(laneEnds.size());
            run.clear();
            laneEnds.clear();
        };
        for (const int i : blocksInColumn(blocks, column)) {
            const TimetableBlock& b = blocks[i];
            if (b.start >= runEnd)
                closeRun();
            const auto free =
                std::find_if(laneEnds.begin(), laneEnds.end(), [&b](int e) { return e <= b.start; });
            const int lane = int(free - laneEnds.begin());
            if (free == laneEnds.end())
                laneEnds.append(0);
            laneEnds[lane] = visualEnd(b);
            lanes[i].lane = lane;
            run.append(i);
            runEnd = std::max(runEnd, visualEnd(b));
        }
        closeRun();
    }
    return lanes;
}

} // namespace pc::ui
