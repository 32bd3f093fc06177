// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "deadlines.h"

#include <QObject>

namespace pc {

namespace {

TimelineStatus statusOf(const QDate& date, const std::optional<DueWindow>& window, const QDate& today)
{
    if (date.isValid()) {
        // A set date later than its deadline stays overdue even once it has passed: the
        // deadline was missed. One that is merely early is only a check warning.
        if (window && date > window->latest)
            return TimelineStatus::Overdue;
        return date <= today ? TimelineStatus::Done : TimelineStatus::Planned;
    }
    if (!window)
        return TimelineStatus::Unscheduled;
    return window->latest < today ? TimelineStatus::Overdue : TimelineStatus::Due;
}

} // namespace

QList<TimelineEntry> buildTimeline(const Engagement& engagement, const QDate& today)
{
    QList<TimelineEntry> entries;
    entries.reserve(qsizetype(allMilestones.size()));
    for (Milestone milestone : allMilestones) {
        const QDate date = engagement.date(milestone);
        const std::optional<DueWindow> window = dueWindow(milestone, engagement);
        TimelineEntry entry;
        entry.milestone = milestone;
        entry.isSet = date.isValid();
        entry.date = entry.isSet ? date : (window ? window->target : QDate());
        entry.status = statusOf(date, window, today);
        entry.deadline = window ? window->latest : QDate();
        entries.append(entry);
    }
    return entries;
}

QString timelineStatusLabel(TimelineStatus status)
{
    switch (status) {
    case TimelineStatus::Done:
        return QObject::tr("Done");
    case TimelineStatus::Planned:
        return QObject::tr("Planned");
    case TimelineStatus::Due:
        return QObject::tr("Due");
    case TimelineStatus::Overdue:
        return QObject::tr("Overdue");
    case TimelineStatus::Unscheduled:
        return QObject::tr("Not scheduled");
    }
    return {};
}

} // namespace pc
