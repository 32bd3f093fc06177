// SPDX-License-Identifier: GPL-3.0-or-later
#include "member.h"

#include <QObject>

#include <array>
#include <utility>

namespace pc {

namespace {

// Keys are stored in files and JSON: never rename one.
constexpr std::array<std::pair<MemberRole, const char*>, 9> roleKeys{{
    {MemberRole::OfficerPeer, "officer-peer"},
    {MemberRole::LeadOfficerPeer, "lead-officer-peer"},
    {MemberRole::LeadMemberPeer, "lead-member-peer"},
    {MemberRole::MemberPeer, "member-peer"},
    {MemberRole::ExternalPeer, "external-peer"},
    {MemberRole::ChallengeManager, "challenge-manager"},
    {MemberRole::SupportOfficer, "support-officer"},
    {MemberRole::ShadowPeer, "shadow-peer"},
    {MemberRole::Other, "other"},
}};

constexpr std::array<std::pair<Sector, const char*>, 7> sectorKeys{{
    {Sector::LocalGovernment, "local-government"},
    {Sector::Health, "health"},
    {Sector::Private, "private"},
    {Sector::Voluntary, "voluntary"},
    {Sector::Academic, "academic"},
    {Sector::CentralGovernment, "central-government"},
    {Sector::Other, "other"},
}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& keys, Enum value)
{
    for (const auto& [candidate, key] : keys) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char*>, N>& keys, const QString& key, Enum fallback)
{
    for (const auto& [candidate, text] : keys) {
        if (key == QLatin1String(text))
            return candidate;
    }
    return fallback;
}

} // namespace

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
    case MemberRole::Other:
        return QObject::tr("Other");
    }
    return {};
}

} // namespace pc
