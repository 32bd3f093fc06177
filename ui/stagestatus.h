// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace pc {

class EngagementFile;
class Installation;
struct Engagement;

namespace ui {

/// "Onsite (day 2 of 4)" for the header strip.
[[nodiscard]] QString currentPhaseLabel(const Engagement& engagement, const QDate& today);
/// Open problems per navigation row, in the order of the lifecycle stages.
[[nodiscard]] QList<int> openProblemsPerStage(EngagementFile& file, Installation& installation);

} // namespace ui
} // namespace pc
