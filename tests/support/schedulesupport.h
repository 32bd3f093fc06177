// SPDX-License-Identifier: GPL-3.0-or-later
// What the timetable's GUI tests share: a timetable of the test's own, written outside the undo
// history, and a terse way to write its sessions.
#pragma once

#include "model/session.h"
#include "storage/engagementfile.h"
#include "storage/schedulerepository.h"

#include <QList>

#include <catch2/catch.hpp>

namespace pc::test {

/// Makes the timetable exactly `sessions`, outside the undo history: the demo may bring its own.
inline void replaceSchedule(EngagementFile& file, const QList<Session>& sessions)
{
    EngagementFile::Edit edit(file);
    ScheduleRepository schedule(file.records());
    for (const Session& s : schedule.sessions())
        schedule.removeSession(s.id);
    for (const Session& s : sessions)
        schedule.addSession(s);
    edit.commit();
}

/// The session with this title; the test fails when there is none.
inline Session sessionTitled(const QList<Session>& sessions, const QString& title)
{
    for (const Session& s : sessions) {
        if (s.title == title)
            return s;
    }
    FAIL("no session is called " << title.toStdString());
    return {};
}

struct SessionSpec
{
    SessionKind kind = SessionKind::Interview;
    SessionStatus status = SessionStatus::Planned;
};

inline Session makeSession(const QString& title, const QDate& day, int start, int end,
                           const QString& location, QList<SessionAttendance> team, SessionSpec spec = {})
{
    Session s;
    s.title = title;
    s.day = day;
    s.start = start;
    s.end = end;
    s.kind = spec.kind;
    s.status = spec.status;
    s.location = location;
    s.team = std::move(team);
    return s;
}

} // namespace pc::test
