// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pc::exchange {

/// A day as councils write it in spreadsheets, or a sentence saying why it is not one.
struct ParsedDay
{
    QDate date;      // null when `problem` says why
    QString problem; // empty when the text is a date
};

/// 2026-03-10, 10/03/2026 (also with dots or dashes), "Tue 10 Mar 2026", "Tuesday, 10th March
/// 2026", "10-Mar-2026". English month and weekday names, full or short; a weekday that does not
/// match the date is refused, as it usually means one of the two is a typo.
[[nodiscard]] ParsedDay parseDay(const QString& text);

/// Minutes from midnight: 09:30, 9:30, 9.30, 0930, 09:30:00, 9:30am, 2pm or noon. Hours
/// up to 47 are accepted so that an end after midnight can be written 24:30; callers decide what
/// range they allow. Nothing for text that is not a time.
[[nodiscard]] std::optional<int> parseClockTime(const QString& text);

/// A kind, status or part by its label or key, ignoring case, spaces and punctuation
/// ("Focus group", "focus-group", "FOCUS GROUP"), with a few common words ("lunch", "break").
[[nodiscard]] std::optional<SessionKind> parseSessionKind(const QString& text);
[[nodiscard]] std::optional<SessionStatus> parseSessionStatus(const QString& text);
[[nodiscard]] std::optional<SessionPart> parseSessionPart(const QString& text);

/// "Staff 12", "Partners: 4", "Residents (20)" or "Scrutiny" (no headcount is 0).
[[nodiscard]] std::optional<GroupMet> parseGroupMet(const QString& text);

} // namespace pc::exchange
