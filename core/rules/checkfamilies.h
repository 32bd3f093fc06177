// SPDX-License-Identifier: GPL-3.0-or-later
// The families of standard checks, one source file each; CheckRegistry::standard() joins them.
#pragma once

#include "checks.h"

namespace pc {

/// Overview: milestones outside their windows, overdue milestones, onsite dates unset.
[[nodiscard]] QList<CheckDef> deadlineChecks();
/// Team: the manager, the lead officer peer, a member peer, the team's size.
[[nodiscard]] QList<CheckDef> teamChecks();
/// Scope: themes present, the number of focus areas.
[[nodiscard]] QList<CheckDef> scopeChecks();

} // namespace pc
