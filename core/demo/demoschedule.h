// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "model/contact.h"
#include "model/member.h"
#include "model/session.h"
#include "model/theme.h"

#include <QList>

namespace pc {

class DemoRandom;

/// What the demo timetable is built from: the records already in the file, with their ids.
struct DemoScheduleInput
{
    QList<Theme> themes;
    QList<Member> team;
    QList<Contact> contacts;
    QList<Availability> availability;
    QDate first; // onsite days
    QDate last;
    int sessionCount = 0; // stop at this many sessions (0: the natural programme)
    int slotMinutes = 60; // the length of a meeting slot
    int slotGap = 15;     // minutes between slots
};

/// An onsite programme as councils write them: a briefing and a huddle every day, the leader
/// and chief executive first, the team in pairs (a lead questioner and a note-taker, the
/// manager observing), lunch together, site visits with travel, observed meetings, and the
/// feedback presentation on the last afternoon. Availability is respected, so the demo's
/// timetable is clean; ids are left null for the repository.
[[nodiscard]] QList<Session> demoSchedule(DemoRandom& random, const DemoScheduleInput& input);

/// The places the demo's sessions use that are away from the civic centre, with travel times.
[[nodiscard]] QList<Location> demoLocations();

} // namespace pc
