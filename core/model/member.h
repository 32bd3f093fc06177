// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
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
    SpecialistPeer, // a specialist or lived-experience peer
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

/// Whether a member has said if they have any interest in the host council (DOMAIN.md section 4).
enum class ConflictStatus { NotAsked, NoneDeclared, Declared };
/// What the programme decided about a declared interest.
enum class ConflictDecision { Pending, Cleared, Managed, StoodDown };

[[nodiscard]] QString conflictStatusKey(ConflictStatus status);
[[nodiscard]] ConflictStatus conflictStatusFromKey(const QString& key);
[[nodiscard]] QString conflictStatusLabel(ConflictStatus status);
[[nodiscard]] QString conflictDecisionKey(ConflictDecision decision);
[[nodiscard]] ConflictDecision conflictDecisionFromKey(const QString& key);
[[nodiscard]] QString conflictDecisionLabel(ConflictDecision decision);

/// "Finance; housing, planning" -> {"Finance", "housing", "planning"}: tags are separated by
/// commas or semicolons, trimmed, empty ones dropped, duplicates (ignoring case) kept once.
[[nodiscard]] QStringList splitTags(const QString& text);
[[nodiscard]] QString joinTags(const QStringList& tags);

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
    QString expertise; // tags, see splitTags()
    QString notes;
    double position = 0;
    ConflictStatus conflictStatus = ConflictStatus::NotAsked;
    QString conflictDetails; // the interest declared
    ConflictDecision conflictDecision = ConflictDecision::Pending;
    QString poolRef; // the id of the peer in this user's pool, empty when not from the pool

    [[nodiscard]] QStringList expertiseTags() const { return splitTags(expertise); }

    friend bool operator==(const Member&, const Member&) = default;
};

} // namespace pc
