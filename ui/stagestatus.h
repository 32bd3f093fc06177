// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/checks.h"

#include <QList>

namespace pc::ui {

/// Open problems per navigation row, in the order of the lifecycle stages.
[[nodiscard]] QList<int> openProblemsPerStage(const QList<Problem>& problems);

} // namespace pc::ui
