// SPDX-License-Identifier: GPL-3.0-or-later
// Overview checks: the milestones against the calendar of deadlines.h.
#include "checkfamilies.h"

#include "deadlines.h"

#include <QObject>

namespace pc {

namespace {

const QString windowId = QStringLiteral("deadlines.window");
const QString overdueId = QStringLiteral("deadlines.overdue");
const QString onsiteDatesId = QStringLiteral("deadlines.onsite-dates");

Problem overviewProblem(const QString& id, Severity severity, const QString& message, const CheckInput& input)
{
    return {id, severity, Stage::Overview, message, input.engagement.id};
}

/// A set milestone outside its window: early and late are both worth a look.
QList<Problem> outsideWindow(const CheckInput& input)
{
    QList<Problem> problems;
    for (Milestone milestone : allMilestones) {
        const QDate date = input.engagement.date(milestone);
        const auto window = dueWindow(milestone, input.engagement);
        if (!date.isValid() || !window || window->contains(date))
            continue;
        problems.append(overviewProblem(
            windowId, Severity::Warning,
            QObject::tr("Move %1 (%2) to between %3 and %4, or check the onsite dates: it should be %5.")
                .arg(milestoneNoun(milestone), formatLongDate(date), formatLongDate(window->earliest),
                     formatLongDate(window->latest), deadlineRule(milestone)),
            input));
    }
    return problems;
}

/// An unset milestone whose deadline has passed.
QList<Problem> overdue(const CheckInput& input)
{
    QList<Problem> problems;
    for (Milestone milestone : allMilestones) {
        const auto window = dueWindow(milestone, input.engagement);
        if (input.engagement.date(milestone).isValid() || !window || window->latest >= input.today)
            continue;
        problems.append(
            overviewProblem(overdueId, Severity::Warning,
                            QObject::tr("%1 was due by %2: set its date if it has happened, or plan it now.")
                                .arg(capitalised(milestoneNoun(milestone)), formatLongDate(window->latest)),
                            input));
    }
    return problems;
}

QList<Problem> onsiteDates(const CheckInput& input)
{
    if (input.engagement.date(Milestone::OnsiteStart).isValid()
        && input.engagement.date(Milestone::OnsiteEnd).isValid())
        return {};
    return {overviewProblem(onsiteDatesId, Severity::Advice,
                            QObject::tr("Set the onsite dates to see the deadlines."), input)};
}

} // namespace

QList<CheckDef> deadlineChecks()
{
    return {
        {windowId, Stage::Overview, QObject::tr("Milestones keep to the peer challenge calendar"),
         outsideWindow},
        {overdueId, Stage::Overview, QObject::tr("No milestone is overdue"), overdue},
        {onsiteDatesId, Stage::Overview, QObject::tr("The onsite dates are set"), onsiteDates},
    };
}

} // namespace pc
