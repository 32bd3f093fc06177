// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pc::bench {

class FigureTable;

/// Times importing a CSV of 500 peers into a peer pool (issue 4: "well under a second"), against
/// reading the same CSV alone as the baseline.
class PoolBenchmark
{
public:
    PoolBenchmark(const QString& folder, int repetitions);

    void run(FigureTable& table);

    /// A CSV of `count` fictional peers as a spreadsheet would save it, with quoted commas and
    /// line breaks; the same bytes every time.
    [[nodiscard]] static QByteArray peersCsv(int count);

private:
    QString m_folder;
    int m_repetitions;
};

} // namespace pc::bench
