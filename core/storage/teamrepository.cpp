// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamrepository.h"

#include "common/uuidsource.h"
#include "installation.h"
#include "model/registry.h"
#include "recordstore.h"

#include <QSet>

#include <algorithm>

namespace pc {

namespace {

const QString memberTable = QStringLiteral("member");
const QString leadTable = QStringLiteral("theme_lead");
const QString availabilityTable = QStringLiteral("availability");

Member memberFrom(const Record& r)
{
    Member m;
    m.id = r.id;
    m.name = r.value(QStringLiteral("name")).toString();
    m.role = roleFromKey(r.value(QStringLiteral("role")).toString());
    m.jobTitle = r.value(QStringLiteral("job_title")).toString();
    m.organisation = r.value(QStringLiteral("organisation")).toString();
    m.sector = sectorFromKey(r.value(QStringLiteral("sector")).toString());
    m.politicalGroup = r.value(QStringLiteral("political_group")).toString();
    m.email = r.value(QStringLiteral("email")).toString();
    m.phone = r.value(QStringLiteral("phone")).toString();
    m.expertise = r.value(QStringLiteral("expertise")).toString();
    m.notes = r.value(QStringLiteral("notes")).toString();
    m.position = r.value(QStringLiteral("position")).toDouble();
    m.conflictStatus = conflictStatusFromKey(r.value(QStringLiteral("conflict_status")).toString());
    m.conflictDetails = r.value(QStringLiteral("conflict_details")).toString();
    m.conflictDecision = conflictDecisionFromKey(r.value(QStringLiteral("conflict_decision")).toString());
    m.poolRef = r.value(QStringLiteral("pool_ref")).toString();
    return m;
}

QVariantMap valuesOf(const Member& m)
{
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("role"), roleKey(m.role)},
            {QStringLiteral("job_title"), m.jobTitle},
            {QStringLiteral("organisation"), m.organisation},
            {QStringLiteral("sector"), sectorKey(m.sector)},
            {QStringLiteral("political_group"), m.politicalGroup},
            {QStringLiteral("email"), m.email},
            {QStringLiteral("phone"), m.phone},
            {QStringLiteral("expertise"), m.expertise},
            {QStringLiteral("notes"), m.notes},
            {QStringLiteral("position"), m.position},
            {QStringLiteral("conflict_status"), conflictStatusKey(m.conflictStatus)},
            {QStringLiteral("conflict_details"), m.conflictDetails},
            {QStringLiteral("conflict_decision"), conflictDecisionKey(m.conflictDecision)},
            {QStringLiteral("pool_ref"), m.poolRef}};
}

} // namespace

TeamRepository::TeamRepository(RecordStore& records)
    : m_records(records)
{
}

QList<Member> TeamRepository::members() const
{
    QList<Member> result;
    for (const Record& r : m_records.list(m_records.registry().table(memberTable)))
        result.append(memberFrom(r));
    return result;
}

std::optional<Member> TeamRepository::member(const QUuid& id) const
{
    const auto record = m_records.find(m_records.registry().table(memberTable), id);
    return record ? std::optional<Member>(memberFrom(*record)) : std::nullopt;
}

QUuid TeamRepository::addMember(Member member)
{
    const TableDef& table = m_records.registry().table(memberTable);
    if (member.id.isNull())
        member.id = m_records.installation().uuids().next();
    if (member.position == 0)
        member.position = m_records.nextPosition(table);
    m_records.insert(table, Record{member.id, valuesOf(member), false});
    return member.id;
}

bool TeamRepository::updateMember(const Member& member)
{
    return m_records.update(m_records.registry().table(memberTable), member.id, valuesOf(member));
}

void TeamRepository::removeMember(const QUuid& id)
{
    m_records.remove(m_records.registry().table(memberTable), id);
}

void TeamRepository::setThemeLead(const QUuid& themeId, const QUuid& memberId, bool lead)
{
    m_records.setLinked(m_records.registry().table(leadTable), themeId, memberId, lead);
}

QList<QUuid> TeamRepository::themeLeads(const QUuid& themeId) const
{
    return m_records.linked(m_records.registry().table(leadTable), themeId);
}

QMap<QUuid, QList<QUuid>> TeamRepository::allThemeLeads() const
{
    QSet<QUuid> members;
    for (const Record& r : m_records.list(m_records.registry().table(memberTable)))
        members.insert(r.id);
    QMap<QUuid, QList<QUuid>> leads;
    for (const Record& r : m_records.list(m_records.registry().table(leadTable))) {
        const QUuid member = r.value(QStringLiteral("member_id")).toUuid();
        if (members.contains(member))
            leads[r.value(QStringLiteral("theme_id")).toUuid()].append(member);
    }
    return leads;
}

QList<Availability> TeamRepository::availability() const
{
    QList<Availability> result;
    for (const Record& r : m_records.list(m_records.registry().table(availabilityTable))) {
        result.append({r.value(QStringLiteral("member_id")).toUuid(), r.value(QStringLiteral("day")).toDate(),
                       dayAvailabilityFromKey(r.value(QStringLiteral("status")).toString()),
                       r.value(QStringLiteral("note")).toString()});
    }
    return result;
}

void TeamRepository::setAvailability(const Availability& availability)
{
    const TableDef& table = m_records.registry().table(availabilityTable);
    const QUuid id = availabilityId(availability.member, availability.day);
    const QVariantMap values{{QStringLiteral("member_id"), availability.member},
                             {QStringLiteral("day"), availability.day},
                             {QStringLiteral("status"), dayAvailabilityKey(availability.status)},
                             {QStringLiteral("note"), availability.note}};
    m_records.upsert(table, id, values);
}

} // namespace pc
