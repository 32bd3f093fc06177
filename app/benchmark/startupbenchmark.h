// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc::bench {

class FigureTable;

/// Start-up time: the wall time from starting a program to its exit, the median of several
/// runs, for the desktop application (`peerchallenge --measure-startup FILE`, which quits after
/// its first frame) and for this program's --minimal-qt mode, the floor any Qt window pays.
class StartupBenchmark
{
public:
    /// `folder` takes the children's data and settings, so the runs leave the user's alone.
    StartupBenchmark(const QString& folder, int repetitions);

    void run(FigureTable& table, const QString& file, const QString& stressFile) const;

    /// The --minimal-qt mode: a QApplication showing a QLabel that quits after its first paint.
    static int runMinimalQt(int& argc, char* argv[]);

private:
    /// The median wall time of the runs, or nothing when one fails or takes over 20 s.
    [[nodiscard]] std::optional<double> medianRunMs(const QString& program,
                                                    const QStringList& arguments) const;

    QProcessEnvironment m_environment;
    int m_repetitions;
};

} // namespace pc::bench
