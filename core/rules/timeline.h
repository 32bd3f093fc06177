// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/engagement.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pc {

enum class TimelineStatus {
    Done,        // set, on or before today
    Planned,     // set, after today
    Due,         // not set, its deadline still ahead (or today)
    Overdue,     // not set and its deadline has passed, or set later than its deadline
    Unscheduled, // not set, and no deadline: the milestone has no rule or the onsite dates are unset
};

/// One milestone as the timeline shows it.
struct TimelineEntry
{
    Milestone milestone = Milestone::ScopingMeeting;
    QDate date; // the set date, or the advised date (DueWindow::target) when unset; null if neither
    bool isSet = false;
    TimelineStatus status = TimelineStatus::Unscheduled;
    QDate deadline; // the latest date that keeps to the rule, null when there is no rule

    friend bool operator==(const TimelineEntry&, const TimelineEntry&) = default;
};

/// Every milestone in lifecycle order (allMilestones), with its status on `today`.
[[nodiscard]] QList<TimelineEntry> buildTimeline(const Engagement& engagement, const QDate& today);

/// "Done", "Planned", "Due", "Overdue" or "Not scheduled", for legends and tooltips.
[[nodiscard]] QString timelineStatusLabel(TimelineStatus status);

} // namespace pc
