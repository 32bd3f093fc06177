// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoengagement.h"

#include <QString>

#include <functional>

namespace pc::bench {

class FigureTable;

/// Times the demo generator and opening and reading a file, in a folder it is given. The files
/// it leaves there (one per scale) serve the start-up figures afterwards.
class StorageBenchmark
{
public:
    StorageBenchmark(const QString& folder, int repetitions);

    void run(FigureTable& table);
    /// The demo file of a scale, once run() has made it.
    [[nodiscard]] QString demoFile(DemoScale scale) const;

private:
    /// The median of the repetitions of `work`, each given the path of a new file.
    [[nodiscard]] double medianCreateMs(const QString& name, const std::function<void(const QString&)>& work);
    void measureOpen(FigureTable& table, double baselineMs);

    QString m_folder;
    int m_repetitions;
};

} // namespace pc::bench
