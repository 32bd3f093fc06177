// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pc::bench {

class FigureTable;

/// Evidence at the stress scale (50,000 notes, 2,000 findings): saving one note as the Capture
/// page does, searching the notes as the notes list and the Findings page do, and triangulating
/// every finding. Saves go to a copy of the stress file, so the other figures read what was made.
class EvidenceBenchmark
{
public:
    EvidenceBenchmark(const QString& stressFile, const QString& folder, bool quick);

    void run(FigureTable& table);

private:
    void measureSaves(FigureTable& table);
    void measureSearch(FigureTable& table);
    void measureTriangulation(FigureTable& table);

    QString m_stressFile;
    QString m_folder;
    int m_saves;
    int m_searches;
    int m_repetitions;
};

} // namespace pc::bench
