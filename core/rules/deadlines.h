// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/engagement.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pc {

/// When a milestone should happen, counted from the onsite dates (DOMAIN.md section 2).
struct DueWindow
{
    QDate earliest; // the first date that keeps to the rule
    QDate latest;   // the deadline: the last date that keeps to the rule
    QDate target;   // the advised date, shown while the milestone has no date of its own

    [[nodiscard]] bool contains(const QDate& date) const { return date >= earliest && date <= latest; }

    friend bool operator==(const DueWindow&, const DueWindow&) = default;
};

/// The window a milestone should fall in, or nullopt when it cannot be computed: the milestone
/// has no rule (onsite start, report draft, factual check) or the onsite date it is counted
/// from is not set. Milestones before the visit and the onsite end count from the onsite start;
/// the feedback presentation needs both onsite dates; later milestones count from the onsite end.
[[nodiscard]] std::optional<DueWindow> dueWindow(Milestone milestone, const Engagement& engagement);

/// The rule behind dueWindow() in words ("4 to 6 months before the onsite start"), or an empty
/// string when the milestone has none.
[[nodiscard]] QString deadlineRule(Milestone milestone);

/// A milestone as a sentence names it: "the onsite end", "the publication of the report".
[[nodiscard]] QString milestoneNoun(Milestone milestone);
/// The text with its first letter in capitals, to open a sentence with milestoneNoun().
[[nodiscard]] QString capitalised(QString text);

/// A date as the interface and the messages show it: "23 November 2026".
[[nodiscard]] QString formatLongDate(const QDate& date);

/// Dates from `first` to `last` as a report's title page states them, in British English:
/// "10–12 March 2026", "30 March – 2 April 2026", "30 December 2026 – 2 January 2027", or one
/// date when they are the same day.
[[nodiscard]] QString formatDateRange(const QDate& first, const QDate& last);

} // namespace pc
