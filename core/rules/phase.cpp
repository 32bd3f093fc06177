// SPDX-License-Identifier: GPL-3.0-or-later
#include "phase.h"

#include "deadlines.h"

#include <QObject>

namespace pc {

// The phase on a day, decided in this order:
//
//   Setup           the onsite start is not set.
//   Scoping         before the onsite start, and either on or before the scoping meeting, or,
//                   with no scoping meeting date, the onsite start more than 8 weeks away.
//   Preparation     before the onsite start otherwise.
//   Onsite          from the onsite start to the onsite end (the start alone when the end is unset).
//   After the visit, counting a milestone as reached when its date is set and on or before today,
//   the latest reached milestone decides:
//   Complete        the progress review report is published;
//   ProgressReview  the progress review has started (its report is not published);
//   FollowUp        the action plan is published (the progress review is still ahead);
//   ActionPlan      the report is published (the action plan is not);
//   Reporting       none of these: the report is still being written.

namespace {

constexpr int scopingLeadDays = 56; // "more than about 8 weeks away": still time to scope

bool reached(const Engagement& engagement, Milestone milestone, const QDate& today)
{
    const QDate date = engagement.date(milestone);
    return date.isValid() && date <= today;
}

Phase beforeVisit(const Engagement& engagement, const QDate& start, const QDate& today)
{
    const int toGo = int(today.daysTo(start));
    const QDate scoping = engagement.date(Milestone::ScopingMeeting);
    const bool scopingAhead = scoping.isValid() ? today <= scoping : toGo > scopingLeadDays;
    return {scopingAhead ? Phase::Kind::Scoping : Phase::Kind::Preparation, 0, scopingAhead ? 0 : toGo};
}

Phase afterVisit(const Engagement& engagement, const QDate& end, const QDate& today)
{
    if (reached(engagement, Milestone::ProgressReviewPublished, today))
        return {Phase::Kind::Complete, 0, 0};
    if (reached(engagement, Milestone::ProgressReview, today))
        return {Phase::Kind::ProgressReview, 0, 0};
    // The deadlines count from the onsite end; a visit with no end set counts as one day.
    Engagement dated = engagement;
    dated.setDate(Milestone::OnsiteEnd, end);
    if (reached(engagement, Milestone::ActionPlanPublished, today)) {
        QDate review = engagement.date(Milestone::ProgressReview);
        if (!review.isValid())
            review = dueWindow(Milestone::ProgressReview, dated)->target;
        return {Phase::Kind::FollowUp, 0, int(today.daysTo(review))};
    }
    if (reached(engagement, Milestone::ReportPublished, today))
        return {Phase::Kind::ActionPlan, 0, 0};
    return {Phase::Kind::Reporting, 0,
            int(today.daysTo(dueWindow(Milestone::ReportPublished, dated)->latest))};
}

QString countdown(int days, const char* weeks, const char* someDays, const char* oneDay)
{
    if (days >= 14)
        return QObject::tr(weeks).arg(days / 7);
    if (days == 1)
        return QObject::tr(oneDay);
    return QObject::tr(someDays).arg(days);
}

} // namespace

Phase currentPhase(const Engagement& engagement, const QDate& today)
{
    const QDate start = engagement.date(Milestone::OnsiteStart);
    if (!start.isValid() || !today.isValid())
        return {};
    if (today < start)
        return beforeVisit(engagement, start, today);
    QDate end = engagement.date(Milestone::OnsiteEnd);
    if (!end.isValid() || end < start)
        end = start;
    if (today <= end)
        return {Phase::Kind::Onsite, int(start.daysTo(today)) + 1, int(start.daysTo(end)) + 1};
    return afterVisit(engagement, end, today);
}

QString Phase::label() const
{
    switch (kind) {
    case Kind::Setup:
        return QObject::tr("Setting up");
    case Kind::Scoping:
        return QObject::tr("Scoping");
    case Kind::Preparation:
        return countdown(days, QT_TRANSLATE_NOOP("QObject", "Preparation (%1 weeks to go)"),
                         QT_TRANSLATE_NOOP("QObject", "Preparation (%1 days to go)"),
                         QT_TRANSLATE_NOOP("QObject", "Preparation (1 day to go)"));
    case Kind::Onsite:
        return QObject::tr("Onsite (day %1 of %2)").arg(day).arg(days);
    case Kind::Reporting:
        if (days < 0)
            return QObject::tr("Reporting (overdue)");
        if (days == 0)
            return QObject::tr("Reporting (due today)");
        return countdown(days, QT_TRANSLATE_NOOP("QObject", "Reporting (%1 weeks left)"),
                         QT_TRANSLATE_NOOP("QObject", "Reporting (%1 days left)"),
                         QT_TRANSLATE_NOOP("QObject", "Reporting (1 day left)"));
    case Kind::ActionPlan:
        return QObject::tr("Action plan");
    case Kind::FollowUp:
        return QObject::tr("Follow-up");
    case Kind::ProgressReview:
        return QObject::tr("Progress review");
    case Kind::Complete:
        return QObject::tr("Complete");
    }
    return {};
}

} // namespace pc
