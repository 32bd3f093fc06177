// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/member.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace pc {

struct Engagement;

/// One engagement a pool peer served on, as the engagement file said when it was recorded.
struct ServiceRecord
{
    QUuid engagementId;
    QString engagementTitle;
    QString hostName;
    QDate onsiteStart;
    QDate onsiteEnd;
    int days = 0; // onsite days contributed
    MemberRole role = MemberRole::OfficerPeer;

    friend bool operator==(const ServiceRecord&, const ServiceRecord&) = default;
};

/// A person in the user's own library of peers, kept across engagements (the peer pool). Unlike a
/// Member it belongs to no engagement file: it lives in the per-user data folder (PoolStore).
struct PoolPeer
{
    QUuid id;
    QString name;
    QList<MemberRole> roles; // the roles they can take, the usual one first
    Sector sector = Sector::LocalGovernment;
    QString organisation; // current
    QStringList previousOrganisations;
    QString jobTitle;
    QString expertise; // tags, see splitTags()
    QString politicalGroup;
    QDate accredited;
    QString email;
    QString phone;
    QString notes;
    QList<ServiceRecord> service;

    friend bool operator==(const PoolPeer&, const PoolPeer&) = default;
};

/// The roles a pool peer can be offered for, in the order lists show them.
[[nodiscard]] QList<MemberRole> poolRoles();

/// A team member made from a pool peer: the first role they can take (officer peer when none), and
/// poolRef set to the peer's id so the team remembers where the member came from.
[[nodiscard]] Member toMember(const PoolPeer& peer);
/// A pool peer made from a team member: the member's role as the role they can take, and the id
/// from the member's poolRef when it has one (a null id otherwise). Engagement notes stay behind.
[[nodiscard]] PoolPeer fromMember(const Member& member);

/// The end of the latest onsite visit they served on (its start when the end is missing); null
/// when they never served or no record has dates.
[[nodiscard]] QDate lastServed(const PoolPeer& peer);
/// Onsite days contributed over every engagement recorded.
[[nodiscard]] int totalDays(const PoolPeer& peer);

/// What serving on `engagement` as `member` counts as: the onsite days from start to end inclusive,
/// less `unavailableDays`, never below 0; 0 days while the onsite dates are not both set.
[[nodiscard]] ServiceRecord serviceFor(const Engagement& engagement, const Member& member,
                                       int unavailableDays);

/// The peer's organisations, current and previous, that are the host council by sameOrganisation():
/// a reason to ask before adding them to the team.
[[nodiscard]] QStringList hostConflicts(const PoolPeer& peer, const QString& hostName);

/// "1 peer", "500 peers": counts in messages, in English without a translation loaded.
[[nodiscard]] QString peersText(qsizetype count);
/// "1 day", "4 days".
[[nodiscard]] QString daysText(qsizetype count);

/// Whether a team member is this pool peer: linked by poolRef, or, for a member not linked to any
/// peer, the same email (ignoring case) or else the same name and organisation (ignoring case).
[[nodiscard]] bool isSamePerson(const PoolPeer& peer, const Member& member);

} // namespace pc
