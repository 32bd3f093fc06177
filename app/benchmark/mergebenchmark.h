// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pc::bench {

class FigureTable;

/// Several laptops, one engagement (issue 8): two copies of the stress file that diverged by 5,000
/// notes each, merged; the same merge again (nothing new); and a packet of 500 notes exported on
/// one laptop and imported on the other.
class MergeBenchmark
{
public:
    MergeBenchmark(const QString& stressFile, const QString& folder, bool quick);

    void run(FigureTable& table);

private:
    QString m_stressFile;
    QString m_folder;
    int m_repetitions;
};

} // namespace pc::bench
