// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"
#include "recordstore.h"

#include <QList>

#include <optional>

namespace pc {

/// The onsite timetable: sessions with their team, themes, key questions, participant groups and
/// named attendees, and the locations they use.
class ScheduleRepository
{
public:
    explicit ScheduleRepository(RecordStore& records);

    /// Every live session in timetable order, its lists holding only live members, themes,
    /// questions and contacts; a handful of queries whatever the size.
    [[nodiscard]] QList<Session> sessions() const;
    [[nodiscard]] std::optional<Session> session(const QUuid& id) const;
    /// Adds a session and its lists (a new id when the given one is null). Returns the id.
    QUuid addSession(Session session);
    /// Writes a session's fields and makes its lists exactly the given ones; only what differs
    /// is written (and stamped). Returns whether anything changed. Revives a removed session.
    bool updateSession(const Session& session);
    /// Removes a session and its child records, for restoreAll() to undo.
    QList<RecordRef> removeSession(const QUuid& id);

    /// The locations with a record (travel time or notes), by name.
    [[nodiscard]] QList<Location> locations() const;
    /// Records a location's travel time and notes; the id derives from the name.
    void setLocation(const Location& location);

private:
    [[nodiscard]] QList<Session> load(const QList<Record>& records) const;
    void writeLists(const Session& session, bool isNew);

    RecordStore& m_records;
};

} // namespace pc
