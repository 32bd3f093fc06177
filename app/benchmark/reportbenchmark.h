// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pc::bench {

class FigureTable;

/// The report exports as a user runs them with no display: `peerchallenge-cli export` on the
/// small and the stress demo, each format of the feedback report, the slides and the briefing
/// pack; whole runs (start, open, read, build, write), medians. And the largest peak memory of
/// those runs (Unix: the children's maximum resident set size, which covers the stress exports).
class ReportBenchmark
{
public:
    ReportBenchmark(const QString& smallFile, const QString& stressFile, const QString& folder,
                    int repetitions);

    void run(FigureTable& table);

private:
    [[nodiscard]] double exportMs(const QString& file, const QStringList& what) const;

    QString m_smallFile;
    QString m_stressFile;
    QString m_folder;
    int m_repetitions;
};

} // namespace pc::bench
