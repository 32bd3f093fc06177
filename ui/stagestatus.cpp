// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagestatus.h"

#include "common/clock.h"
#include "rules/checks.h"
#include "rules/phase.h"
#include "storage/checkinput.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"

namespace pc::ui {

QString currentPhaseLabel(const Engagement& engagement, const QDate& today)
{
    return currentPhase(engagement, today).label();
}

QList<int> openProblemsPerStage(EngagementFile& file, Installation& installation)
{
    const QDate today = installation.clock().now().toLocalTime().date();
    const CheckRegistry& registry = CheckRegistry::standard();
    const QMap<Stage, int> counts = registry.openCounts(registry.run(loadCheckInput(file.records(), today)));
    QList<int> result;
    for (int stage = int(Stage::Overview); stage <= int(Stage::FollowUp); ++stage)
        result.append(counts.value(Stage(stage)));
    return result;
}

} // namespace pc::ui
