// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolpeer.h"

#include "common/uuidsource.h"
#include "model/engagement.h"
#include "rules/organisations.h"

#include <QObject>

#include <algorithm>

namespace pc {

namespace {

bool sameText(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

QList<MemberRole> poolRoles()
{
    return {MemberRole::LeadOfficerPeer, MemberRole::LeadMemberPeer,
            MemberRole::OfficerPeer,     MemberRole::MemberPeer,
            MemberRole::ExternalPeer,    MemberRole::SpecialistPeer,
            MemberRole::ShadowPeer,      MemberRole::ChallengeManager,
            MemberRole::SupportOfficer,  MemberRole::Other};
}

Member toMember(const PoolPeer& peer)
{
    Member member;
    member.name = peer.name;
    member.role = peer.roles.isEmpty() ? MemberRole::OfficerPeer : peer.roles.first();
    member.jobTitle = peer.jobTitle;
    member.organisation = peer.organisation;
    member.sector = peer.sector;
    member.politicalGroup = peer.politicalGroup;
    member.email = peer.email;
    member.phone = peer.phone;
    member.expertise = peer.expertise;
    member.poolRef = idText(peer.id);
    return member;
}

PoolPeer fromMember(const Member& member)
{
    PoolPeer peer;
    peer.id = QUuid::fromString(member.poolRef);
    peer.name = member.name;
    peer.roles = {member.role};
    peer.sector = member.sector;
    peer.organisation = member.organisation;
    peer.jobTitle = member.jobTitle;
    peer.expertise = member.expertise;
    peer.politicalGroup = member.politicalGroup;
    peer.email = member.email;
    peer.phone = member.phone;
    // The member's notes are about this engagement (arrival times, dietary needs): not the pool's.
    return peer;
}

QDate lastServed(const PoolPeer& peer)
{
    QDate last;
    for (const ServiceRecord& record : peer.service) {
        const QDate day = record.onsiteEnd.isValid() ? record.onsiteEnd : record.onsiteStart;
        if (day.isValid() && (!last.isValid() || day > last))
            last = day;
    }
    return last;
}

int totalDays(const PoolPeer& peer)
{
    int days = 0;
    for (const ServiceRecord& record : peer.service)
        days += record.days;
    return days;
}

ServiceRecord serviceFor(const Engagement& engagement, const Member& member, int unavailableDays)
{
    ServiceRecord record;
    record.engagementId = engagement.id;
    record.engagementTitle = engagement.title;
    record.hostName = engagement.host.name;
    record.onsiteStart = engagement.date(Milestone::OnsiteStart);
    record.onsiteEnd = engagement.date(Milestone::OnsiteEnd);
    record.role = member.role;
    if (record.onsiteStart.isValid() && record.onsiteEnd.isValid()) {
        const qint64 days = record.onsiteStart.daysTo(record.onsiteEnd) + 1 - unavailableDays;
        record.days = int(std::max<qint64>(0, days));
    }
    return record;
}

QStringList hostConflicts(const PoolPeer& peer, const QString& hostName)
{
    QStringList conflicts;
    QStringList organisations = peer.previousOrganisations;
    organisations.prepend(peer.organisation);
    for (const QString& organisation : organisations) {
        if (sameOrganisation(organisation, hostName) && !conflicts.contains(organisation))
            conflicts.append(organisation);
    }
    return conflicts;
}

QString peersText(qsizetype count)
{
    return count == 1 ? QObject::tr("1 peer") : QObject::tr("%1 peers").arg(count);
}

QString daysText(qsizetype count)
{
    return count == 1 ? QObject::tr("1 day") : QObject::tr("%1 days").arg(count);
}

bool isSamePerson(const PoolPeer& peer, const Member& member)
{
    if (!member.poolRef.isEmpty())
        return QUuid::fromString(member.poolRef) == peer.id;
    if (!peer.email.trimmed().isEmpty() && sameText(peer.email, member.email))
        return true;
    return !peer.name.trimmed().isEmpty() && sameText(peer.name, member.name)
           && sameText(peer.organisation, member.organisation);
}

} // namespace pc
