// SPDX-License-Identifier: GPL-3.0-or-later
#include "approachfigures.h"

#include <QLocale>
#include <QObject>
#include <QSet>

#include <cmath>

namespace pc {

namespace {

/// One decimal place at most, and none for a whole number: "7.5", "8".
QString exactFigure(double value)
{
    const double tenths = std::round(value * 10) / 10;
    if (tenths == std::floor(tenths))
        return QLocale().toString(qint64(tenths));
    return QLocale().toString(tenths, 'f', 1);
}

/// The multiple of `step` strictly below `value`, through the whole number at or above it (a
/// multiple is strictly below 230.5 exactly when it is strictly below 231). The small tolerance
/// keeps a sum that lands a hair above a whole number from rounding up.
int roundedBelowReal(double value, int step)
{
    return roundedBelow(int(std::ceil(value - 1e-9)), step);
}

} // namespace

bool isHeld(const Session& session, const QDateTime& now)
{
    if (session.status == SessionStatus::Held)
        return true;
    if (session.isCancelled())
        return false;
    return session.endsAt(timetableZone()) <= now;
}

ApproachFigures approachFigures(const QList<Session>& sessions, const Engagement& engagement,
                                const QDateTime& now)
{
    ApproachFigures figures;
    qint64 personMinutes = 0; // summed whole, divided once, so the hours carry no rounding error
    QSet<QDate> days;
    for (const Session& session : sessions) {
        if (!isHeld(session, now))
            continue;
        days.insert(session.day);
        if (isMeetingKind(session.kind)) {
            ++figures.meetings;
            figures.peopleMet += session.headcount();
        }
        if (isTeamTimeKind(session.kind))
            personMinutes += qint64(session.minutes()) * session.team.size();
    }
    const QDate start = engagement.date(Milestone::OnsiteStart);
    const QDate end = engagement.date(Milestone::OnsiteEnd);
    figures.onsiteDays =
        start.isValid() && end.isValid() && start <= end ? int(start.daysTo(end)) + 1 : int(days.size());
    figures.teamHours = double(personMinutes) / 60;
    figures.personWeeks = figures.teamHours / engagement.effectiveWeekHours();
    return figures;
}

int roundedBelow(int value, int step)
{
    if (step <= 0 || value <= step)
        return value;
    return (value - 1) / step * step;
}

int roundingStep(ApproachFigure figure)
{
    switch (figure) {
    case ApproachFigure::Meetings:
    case ApproachFigure::People:
        return 5;
    case ApproachFigure::TeamHours:
        return 10;
    case ApproachFigure::PersonWeeks:
        return 1;
    }
    return 1;
}

QString moreThan(ApproachFigure figure, double value)
{
    const int step = roundingStep(figure);
    const bool rounded = value > step;
    const QString n = rounded ? QLocale().toString(roundedBelowReal(value, step)) : exactFigure(value);
    const bool one = !rounded && n == QLocale().toString(1);
    switch (figure) {
    case ApproachFigure::Meetings:
        return rounded ? QObject::tr("more than %1 meetings and activities").arg(n)
               : one   ? QObject::tr("1 meeting or activity")
                       : QObject::tr("%1 meetings and activities").arg(n);
    case ApproachFigure::People:
        return rounded ? QObject::tr("more than %1 people").arg(n)
               : one   ? QObject::tr("1 person")
                       : QObject::tr("%1 people").arg(n);
    case ApproachFigure::TeamHours:
        return rounded ? QObject::tr("more than %1 hours").arg(n)
               : one   ? QObject::tr("1 hour")
                       : QObject::tr("%1 hours").arg(n);
    case ApproachFigure::PersonWeeks:
        if (rounded)
            return n == QLocale().toString(1) ? QObject::tr("more than 1 week")
                                              : QObject::tr("more than %1 weeks").arg(n);
        return one ? QObject::tr("1 week") : QObject::tr("%1 weeks").arg(n);
    }
    return {};
}

QString approachInWords(const ApproachFigures& figures)
{
    const QString met = QObject::tr("The team met %1 in %2")
                            .arg(moreThan(ApproachFigure::People, figures.peopleMet),
                                 moreThan(ApproachFigure::Meetings, figures.meetings));
    const QString days = figures.onsiteDays <= 0 ? QString()
                         : figures.onsiteDays == 1
                             ? QObject::tr(" over 1 day onsite")
                             : QObject::tr(" over %1 days onsite").arg(figures.onsiteDays);
    return QObject::tr("%1%2, and spent %3 gathering evidence: the equivalent of one person spending %4 on "
                       "the challenge.")
        .arg(met, days, moreThan(ApproachFigure::TeamHours, figures.teamHours),
             moreThan(ApproachFigure::PersonWeeks, figures.personWeeks));
}

} // namespace pc
