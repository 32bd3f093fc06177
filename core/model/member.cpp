// SPDX-License-Identifier: GPL-3.0-or-later
#include "member.h"

#include "keytable.h"

#include <QObject>
#include <QRegularExpression>

namespace pc {

namespace {

// Keys are stored in files and JSON: never rename one.
constexpr KeyTable<MemberRole, 10> roleKeys{{
    {MemberRole::OfficerPeer, "officer-peer"},
    {MemberRole::LeadOfficerPeer, "lead-officer-peer"},
    {MemberRole::LeadMemberPeer, "lead-member-peer"},
    {MemberRole::MemberPeer, "member-peer"},
    {MemberRole::ExternalPeer, "external-peer"},
    {MemberRole::ChallengeManager, "challenge-manager"},
    {MemberRole::SupportOfficer, "support-officer"},
    {MemberRole::ShadowPeer, "shadow-peer"},
    {MemberRole::SpecialistPeer, "specialist-peer"},
    {MemberRole::Other, "other"},
}};

constexpr KeyTable<Sector, 7> sectorKeys{{
    {Sector::LocalGovernment, "local-government"},
    {Sector::Health, "health"},
    {Sector::Private, "private"},
    {Sector::Voluntary, "voluntary"},
    {Sector::Academic, "academic"},
    {Sector::CentralGovernment, "central-government"},
    {Sector::Other, "other"},
}};

constexpr KeyTable<ConflictStatus, 3> conflictStatusKeys{{
    {ConflictStatus::NotAsked, "not-asked"},
    {ConflictStatus::NoneDeclared, "none"},
    {ConflictStatus::Declared, "declared"},
}};

constexpr KeyTable<ConflictDecision, 4> conflictDecisionKeys{{
    {ConflictDecision::Pending, "pending"},
    {ConflictDecision::Cleared, "cleared"},
    {ConflictDecision::Managed, "managed"},
    {ConflictDecision::StoodDown, "stood-down"},
}};

} // namespace

QString conflictStatusKey(ConflictStatus status)
{
    return keyOf(conflictStatusKeys, status);
}

ConflictStatus conflictStatusFromKey(const QString& key)
{
    return valueOf(conflictStatusKeys, key, ConflictStatus::NotAsked);
}

QString conflictStatusLabel(ConflictStatus status)
{
    switch (status) {
    case ConflictStatus::NotAsked:
        return QObject::tr("Not yet declared");
    case ConflictStatus::NoneDeclared:
        return QObject::tr("No interests declared");
    case ConflictStatus::Declared:
        return QObject::tr("Interest declared");
    }
    return {};
}

QString conflictDecisionKey(ConflictDecision decision)
{
    return keyOf(conflictDecisionKeys, decision);
}

ConflictDecision conflictDecisionFromKey(const QString& key)
{
    return valueOf(conflictDecisionKeys, key, ConflictDecision::Pending);
}

QString conflictDecisionLabel(ConflictDecision decision)
{
    switch (decision) {
    case ConflictDecision::Pending:
        return QObject::tr("Decision pending");
    case ConflictDecision::Cleared:
        return QObject::tr("Cleared: no conflict");
    case ConflictDecision::Managed:
        return QObject::tr("Managed: takes part with safeguards");
    case ConflictDecision::StoodDown:
        return QObject::tr("Stood down from this challenge");
    }
    return {};
}

QStringList splitTags(const QString& text)
{
    QStringList tags;
    for (QString tag : text.split(QRegularExpression(QStringLiteral("[,;\\n]")))) {
        tag = tag.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

QString joinTags(const QStringList& tags)
{
    return tags.join(QStringLiteral(", "));
}

QString roleKey(MemberRole role)
{
    return keyOf(roleKeys, role);
}

MemberRole roleFromKey(const QString& key)
{
    return valueOf(roleKeys, key, MemberRole::Other);
}

QString sectorKey(Sector sector)
{
    return keyOf(sectorKeys, sector);
}

Sector sectorFromKey(const QString& key)
{
    return valueOf(sectorKeys, key, Sector::Other);
}

QString sectorLabel(Sector sector)
{
    switch (sector) {
    case Sector::LocalGovernment:
        return QObject::tr("Local government");
    case Sector::Health:
        return QObject::tr("Health");
    case Sector::Private:
        return QObject::tr("Private sector");
    case Sector::Voluntary:
        return QObject::tr("Voluntary and community sector");
    case Sector::Academic:
        return QObject::tr("Academic");
    case Sector::CentralGovernment:
        return QObject::tr("Central government");
    case Sector::Other:
        return QObject::tr("Other");
    }
    return {};
}

QString roleLabel(MemberRole role)
{
    switch (role) {
    case MemberRole::OfficerPeer:
        return QObject::tr("Officer peer");
    case MemberRole::LeadOfficerPeer:
        return QObject::tr("Lead officer peer");
    case MemberRole::LeadMemberPeer:
        return QObject::tr("Lead member peer");
    case MemberRole::MemberPeer:
        return QObject::tr("Member peer");
    case MemberRole::ExternalPeer:
        return QObject::tr("External peer");
    case MemberRole::ChallengeManager:
        return QObject::tr("Peer challenge manager");
    case MemberRole::SupportOfficer:
        return QObject::tr("Programme support officer");
    case MemberRole::ShadowPeer:
        return QObject::tr("Shadow peer");
    case MemberRole::SpecialistPeer:
        return QObject::tr("Specialist peer");
    case MemberRole::Other:
        return QObject::tr("Other");
    }
    return {};
}

} // namespace pc
