// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagestatus.h"

namespace pc::ui {

QList<int> openProblemsPerStage(const QList<Problem>& problems)
{
    const QMap<Stage, int> counts = CheckRegistry::standard().openCounts(problems);
    QList<int> result;
    for (int stage = int(Stage::Overview); stage <= int(Stage::FollowUp); ++stage)
        result.append(counts.value(Stage(stage)));
    return result;
}

} // namespace pc::ui
