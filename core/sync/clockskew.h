// SPDX-License-Identifier: GPL-3.0-or-later
// Clock skew (MERGE.md): a laptop whose clock runs fast stamps its edits in the future, and they
// beat every real edit until that time comes. The rule, also in docs/merge.md: a copy whose newest
// stamp lies more than an hour ahead of this laptop's clock is shown with the numbers before it is
// merged ("this copy's clock appears to be 6 days fast"), and the person decides; the CLI refuses
// it unless --accept-skew is given. An hour covers clocks set by hand and a time zone set wrong by
// one hour on either laptop; real skew (a dead clock battery, a wrong year) is far larger.
#pragma once

#include <QString>

#include <optional>

namespace pc {

/// How far ahead of this laptop a copy may be before the merge asks: one hour.
constexpr qint64 clockSkewToleranceMs = 60LL * 60 * 1000;

/// How far the newest stamp of a copy (an HLC value: milliseconds in its upper 48 bits) lies ahead
/// of `nowMs`, when that is more than the tolerance; none otherwise.
[[nodiscard]] std::optional<qint64> clockAheadBy(quint64 newestHlc, qint64 nowMs);

/// "6 days", "3 hours", "1 day and 4 hours": how far ahead, as the warning says it.
[[nodiscard]] QString skewDuration(qint64 aheadMs);

/// "This copy's clock appears to be 6 days fast: its newest change is dated 14 Oct 2026 10:42.
/// Merged, its changes would win over any made here until then." The whole warning.
[[nodiscard]] QString skewWarning(quint64 newestHlc, qint64 aheadMs);

} // namespace pc
