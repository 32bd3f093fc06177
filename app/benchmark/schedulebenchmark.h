// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pc::bench {

class FigureTable;

/// The onsite timetable at the stress scale (1,000 sessions): reading it, running every check
/// (the schedule's live checks redo this on each edit), and writing the calendar and CSV. The
/// baseline is reading the timetable alone.
class ScheduleBenchmark
{
public:
    ScheduleBenchmark(const QString& stressFile, int repetitions);

    void run(FigureTable& table);

private:
    QString m_stressFile;
    int m_repetitions;
};

} // namespace pc::bench
