// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncommands.h"

#include "storage/schedulerepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace pc::ui {

AddSessions::AddSessions(EngagementSession& session, QList<Session> sessions, const QString& text)
    : Command(session, text)
    , m_sessions(std::move(sessions))
{
}

QList<QUuid> AddSessions::ids() const
{
    QList<QUuid> result;
    for (const Session& s : m_sessions)
        result.append(s.id);
    return result;
}

void AddSessions::apply(RecordStore& records)
{
    if (m_added) {
        records.restoreAll(m_removed);
        return;
    }
    ScheduleRepository schedule(records);
    for (Session& s : m_sessions)
        s.id = schedule.addSession(s);
    m_added = true;
}

void AddSessions::revert(RecordStore& records)
{
    ScheduleRepository schedule(records);
    m_removed.clear();
    for (const Session& s : m_sessions)
        m_removed += schedule.removeSession(s.id);
}

EditSessions::EditSessions(EngagementSession& session, QList<Session> before, QList<Session> after,
                           const QString& text)
    : Command(session, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditSessions::apply(RecordStore& records)
{
    ScheduleRepository schedule(records);
    for (const Session& s : m_after)
        schedule.updateSession(s);
}

void EditSessions::revert(RecordStore& records)
{
    ScheduleRepository schedule(records);
    for (const Session& s : m_before)
        schedule.updateSession(s);
}

RemoveSessions::RemoveSessions(EngagementSession& session, QList<QUuid> ids, const QString& text)
    : Command(session, text)
    , m_ids(std::move(ids))
{
}

void RemoveSessions::apply(RecordStore& records)
{
    ScheduleRepository schedule(records);
    m_removed.clear();
    for (const QUuid& id : m_ids)
        m_removed += schedule.removeSession(id);
}

void RemoveSessions::revert(RecordStore& records)
{
    records.restoreAll(m_removed);
}

QString moveText(const Session& before, const Session& after)
{
    const QLocale locale;
    if (before.day == after.day && before.start == after.start)
        return QCoreApplication::translate("pc::ui::SessionCommands", "Changed the length of %1")
            .arg(after.title);
    return QCoreApplication::translate("pc::ui::SessionCommands", "Moved %1 to %2 %3")
        .arg(after.title, locale.toString(after.day, QStringLiteral("dddd")), clockTime(after.start));
}

} // namespace pc::ui
