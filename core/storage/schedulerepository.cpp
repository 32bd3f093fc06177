// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulerepository.h"

#include "common/error.h"
#include "common/uuidsource.h"
#include "installation.h"
#include "model/registry.h"

#include <QObject>
#include <QSet>

#include <algorithm>

namespace pc {

namespace {

const QString sessionTable = QStringLiteral("session");
const QString memberTable = QStringLiteral("session_member");
const QString groupTable = QStringLiteral("session_group");
const QString themeLinks = QStringLiteral("session_theme");
const QString questionLinks = QStringLiteral("session_question");
const QString contactLinks = QStringLiteral("session_contact");
const QString locationTable = QStringLiteral("location");

QVariantMap valuesOf(const Session& s)
{
    return {{QStringLiteral("day"), s.day},
            {QStringLiteral("start_minute"), qint64(s.start)},
            {QStringLiteral("end_minute"), qint64(s.end)},
            {QStringLiteral("kind"), sessionKindKey(s.kind)},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("location"), s.location},
            {QStringLiteral("status"), sessionStatusKey(s.status)},
            {QStringLiteral("notes"), s.notes}};
}

/// The live child records of a table by session, in one query.
QHash<QUuid, QList<Record>> childrenBySession(const RecordStore& records, const QString& table)
{
    QHash<QUuid, QList<Record>> result;
    for (const Record& r : records.list(records.registry().table(table)))
        result[r.value(QStringLiteral("session_id")).toUuid()].append(r);
    return result;
}

} // namespace

ScheduleRepository::ScheduleRepository(RecordStore& records)
    : m_records(records)
{
}

QList<Session> ScheduleRepository::sessions() const
{
    return load(m_records.list(m_records.registry().table(sessionTable)));
}

std::optional<Session> ScheduleRepository::session(const QUuid& id) const
{
    const auto record = m_records.find(m_records.registry().table(sessionTable), id);
    if (!record)
        return std::nullopt;
    return load({*record}).value(0);
}

QList<Session> ScheduleRepository::load(const QList<Record>& records) const
{
    if (records.isEmpty())
        return {};
    const Registry& registry = m_records.registry();
    const QSet<QUuid> members = m_records.liveIds(registry.table(QStringLiteral("member")));
    const QSet<QUuid> themes = m_records.liveIds(registry.table(QStringLiteral("theme")));
    const QSet<QUuid> questions = m_records.liveIds(registry.table(QStringLiteral("key_question")));
    const QSet<QUuid> contacts = m_records.liveIds(registry.table(QStringLiteral("contact")));
    const auto teamOf = childrenBySession(m_records, memberTable);
    const auto groupsOf = childrenBySession(m_records, groupTable);
    const auto themesOf = m_records.linksByFirst(registry.table(themeLinks), themes);
    const auto questionsOf = m_records.linksByFirst(registry.table(questionLinks), questions);
    const auto contactsOf = m_records.linksByFirst(registry.table(contactLinks), contacts);

    // Members in the team's order, so every list of a session's team reads the same way.
    QHash<QUuid, double> memberOrder;
    for (const Record& r : m_records.list(registry.table(QStringLiteral("member"))))
        memberOrder.insert(r.id, r.value(QStringLiteral("position")).toDouble());

    QList<Session> result;
    result.reserve(records.size());
    for (const Record& r : records) {
        Session s;
        s.id = r.id;
        s.day = r.value(QStringLiteral("day")).toDate();
        s.start = int(r.value(QStringLiteral("start_minute")).toLongLong());
        s.end = int(r.value(QStringLiteral("end_minute")).toLongLong());
        s.kind = sessionKindFromKey(r.value(QStringLiteral("kind")).toString());
        s.title = r.value(QStringLiteral("title")).toString();
        s.location = r.value(QStringLiteral("location")).toString();
        s.status = sessionStatusFromKey(r.value(QStringLiteral("status")).toString());
        s.notes = r.value(QStringLiteral("notes")).toString();
        for (const Record& a : teamOf.value(s.id)) {
            const QUuid member = a.value(QStringLiteral("member_id")).toUuid();
            if (members.contains(member))
                s.team.append({member, sessionPartFromKey(a.value(QStringLiteral("part")).toString())});
        }
        std::sort(s.team.begin(), s.team.end(), [&](const SessionAttendance& a, const SessionAttendance& b) {
            const double pa = memberOrder.value(a.member), pb = memberOrder.value(b.member);
            return pa != pb ? pa < pb : a.member < b.member;
        });
        for (const Record& g : groupsOf.value(s.id))
            s.groups.append({participantGroupFromKey(g.value(QStringLiteral("participant_group")).toString()),
                             int(g.value(QStringLiteral("headcount")).toLongLong())});
        std::sort(s.groups.begin(), s.groups.end(),
                  [](const GroupMet& a, const GroupMet& b) { return a.group < b.group; });
        s.themes = themesOf.value(s.id);
        s.questions = questionsOf.value(s.id);
        s.attendees = contactsOf.value(s.id);
        result.append(s);
    }
    sortSessions(result);
    return result;
}

QUuid ScheduleRepository::addSession(Session session)
{
    if (session.id.isNull())
        session.id = m_records.installation().uuids().next();
    m_records.insert(m_records.registry().table(sessionTable), Record{session.id, valuesOf(session), false});
    writeLists(session, true);
    return session.id;
}

bool ScheduleRepository::updateSession(const Session& session)
{
    const TableDef& table = m_records.registry().table(sessionTable);
    const auto before = m_records.find(table, session.id, Visibility::IncludeDeleted);
    if (!before)
        throw Error(ErrorKind::Constraint, QObject::tr("The session being changed no longer exists."));
    if (before->deleted)
        m_records.restore(table, session.id);
    const std::optional<Session> current = this->session(session.id);
    bool changed = m_records.update(table, session.id, valuesOf(session));
    if (!current || current->team != session.team || current->groups != session.groups
        || current->themes != session.themes || current->questions != session.questions
        || current->attendees != session.attendees) {
        writeLists(session, false);
        changed = true;
    }
    return changed || before->deleted;
}

void ScheduleRepository::writeLists(const Session& session, bool isNew)
{
    const Registry& registry = m_records.registry();
    const TableDef& members = registry.table(memberTable);
    const TableDef& groups = registry.table(groupTable);

    QSet<QUuid> keep;
    for (const SessionAttendance& a : session.team) {
        const QUuid id = attendanceId(session.id, a.member);
        keep.insert(id);
        m_records.upsert(members, id,
                         {{QStringLiteral("session_id"), session.id},
                          {QStringLiteral("member_id"), a.member},
                          {QStringLiteral("part"), sessionPartKey(a.part)}});
    }
    for (const GroupMet& g : session.groups) {
        const QUuid id = groupMetId(session.id, g.group);
        keep.insert(id);
        m_records.upsert(groups, id,
                         {{QStringLiteral("session_id"), session.id},
                          {QStringLiteral("participant_group"), participantGroupKey(g.group)},
                          {QStringLiteral("headcount"), qint64(g.headcount)}});
    }
    if (!isNew) {
        for (const TableDef* table : {&members, &groups}) {
            for (const Record& r : m_records.children(*table, QStringLiteral("session_id"), session.id)) {
                if (!keep.contains(r.id))
                    m_records.remove(*table, r.id);
            }
        }
    }

    m_records.setLinks(registry.table(themeLinks), session.id, session.themes, isNew);
    m_records.setLinks(registry.table(questionLinks), session.id, session.questions, isNew);
    m_records.setLinks(registry.table(contactLinks), session.id, session.attendees, isNew);
}

QList<RecordRef> ScheduleRepository::removeSession(const QUuid& id)
{
    return m_records.removeWithDependents(m_records.registry().table(sessionTable), id);
}

QList<Location> ScheduleRepository::locations() const
{
    QList<Location> result;
    for (const Record& r : m_records.list(m_records.registry().table(locationTable)))
        result.append({r.id, r.value(QStringLiteral("name")).toString(),
                       int(r.value(QStringLiteral("travel_minutes")).toLongLong()),
                       r.value(QStringLiteral("notes")).toString()});
    std::sort(result.begin(), result.end(), [](const Location& a, const Location& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

void ScheduleRepository::setLocation(const Location& location)
{
    m_records.upsert(m_records.registry().table(locationTable), locationId(location.name),
                     {{QStringLiteral("name"), location.name.trimmed()},
                      {QStringLiteral("travel_minutes"), qint64(location.travelMinutes)},
                      {QStringLiteral("notes"), location.notes}});
}

} // namespace pc
