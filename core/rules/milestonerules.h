// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/engagement.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pc {

/// The longest onsite visit a date edit accepts (the calendar advises 1 to 5 days).
inline constexpr int maxOnsiteDays = 10;

/// Why setting `milestone` to `newDate` must be refused, as a sentence naming both dates, or
/// nullopt when the edit is allowed. Clearing a date (a null QDate) is always allowed. The
/// orders are checked on the engagement as it would be after the edit, and only those that
/// involve `milestone`, so an older inconsistency elsewhere never blocks an unrelated edit.
/// Being outside a deadline window is not a refusal, only a check warning (checks.h).
[[nodiscard]] std::optional<QString> refuseMilestoneDate(const Engagement& engagement, Milestone milestone,
                                                         const QDate& newDate);

} // namespace pc
