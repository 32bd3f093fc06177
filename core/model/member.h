// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace pc {

/// Roles as reports label them (DOMAIN.md section 4).
enum class MemberRole {
    OfficerPeer,
    LeadOfficerPeer,
    LeadMemberPeer,
    MemberPeer,
    ExternalPeer,
    ChallengeManager,
    SupportOfficer,
    ShadowPeer,
    Other,
};

enum class Sector { LocalGovernment, Health, Private, Voluntary, Academic, CentralGovernment, Other };

[[nodiscard]] QString roleKey(MemberRole role);
[[nodiscard]] MemberRole roleFromKey(const QString& key);
[[nodiscard]] QString roleLabel(MemberRole role);
[[nodiscard]] QString sectorKey(Sector sector);
[[nodiscard]] QString sectorLabel(Sector sector);

/// Every sector, in the order lists offer them.
inline constexpr Sector allSectors[] = {
    Sector::LocalGovernment,   Sector::Health, Sector::Private, Sector::Voluntary, Sector::Academic,
    Sector::CentralGovernment, Sector::Other};
[[nodiscard]] Sector sectorFromKey(const QString& key);

/// A member of the peer team.
struct Member
{
    QUuid id;
    QString name;
    MemberRole role = MemberRole::OfficerPeer;
    QString jobTitle;
    QString organisation;
    Sector sector = Sector::LocalGovernment;
    QString politicalGroup;
    QString email;
    QString phone;
    QString expertise;
    QString notes;
    double position = 0;

    friend bool operator==(const Member&, const Member&) = default;
};

} // namespace pc
