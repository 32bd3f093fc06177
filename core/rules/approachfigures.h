// SPDX-License-Identifier: GPL-3.0-or-later
// The counts a report's "peer challenge approach" section states (DOMAIN.md section 5), from the
// timetable. The rules, also in docs/schedule.md ("Approach figures"):
// - a session is held when it is marked held, or it has ended (Europe/London wall clock) and is
//   not cancelled;
// - meetings and activities: held sessions of a meeting kind (isMeetingKind);
// - people met: the headcounts of those sessions, added up;
// - team-hours: the length of every held session except travel and meals (isTeamTimeKind), times
//   the number of team members in it;
// - one-person weeks: team-hours / the engagement's working week (37.5 hours unless set);
// - onsite days: onsite start to onsite end inclusive when both are set, else the number of days
//   with a held session.
#pragma once

#include "model/engagement.h"
#include "model/session.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pc {

struct ApproachFigures
{
    int onsiteDays = 0;
    int meetings = 0;
    int peopleMet = 0;
    double teamHours = 0;
    double personWeeks = 0;

    friend bool operator==(const ApproachFigures&, const ApproachFigures&) = default;
};

/// Marked held, or ended by `now` and not cancelled: a session nobody has marked yet still
/// counts once its time has passed, since teams rarely tick every session off.
[[nodiscard]] bool isHeld(const Session& session, const QDateTime& now);

[[nodiscard]] ApproachFigures approachFigures(const QList<Session>& sessions, const Engagement& engagement,
                                              const QDateTime& now);

/// The multiple of `step` strictly below `value` when `value` is above `step` (45 -> 40, 46 -> 45
/// for a step of 5), else `value` itself: "more than N" must stay true and never say "more than 0".
[[nodiscard]] int roundedBelow(int value, int step);

/// The figures a report rounds, each with its own step.
enum class ApproachFigure {
    Meetings,   // step 5: "more than 45 meetings and activities"; "4 meetings and activities"
    People,     // step 5: "more than 120 people"; "1 person"
    TeamHours,  // step 10: "more than 230 hours"; "7.5 hours"
    PersonWeeks // step 1: "more than 6 weeks"; "0.8 weeks"
};

/// The rounding step of a figure.
[[nodiscard]] int roundingStep(ApproachFigure figure);

/// A figure as a report states it: "more than N <unit>", N being the multiple of the figure's step
/// strictly below it; at or below the first step the exact figure ("4 meetings and activities",
/// hours and weeks to one decimal place). Numbers follow the default locale.
[[nodiscard]] QString moreThan(ApproachFigure figure, double value);

/// The approach paragraph's sentence: "The team met more than 120 people in more than 45 meetings
/// and activities over 4 days onsite, and spent more than 230 hours gathering evidence: the
/// equivalent of one person spending more than 6 weeks on the challenge."
[[nodiscard]] QString approachInWords(const ApproachFigures& figures);

} // namespace pc
