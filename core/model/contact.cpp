// SPDX-License-Identifier: GPL-3.0-or-later
#include "contact.h"

#include "keytable.h"

#include <QObject>

namespace pc {

namespace {

// Keys are stored in files and JSON: never rename one.
constexpr KeyTable<ContactRole, 7> contactRoleKeys{{
    {ContactRole::Other, "other"},
    {ContactRole::Leader, "leader"},
    {ContactRole::ChiefExecutive, "chief-executive"},
    {ContactRole::LeadOfficer, "lead-officer"},
    {ContactRole::PortfolioHolder, "portfolio-holder"},
    {ContactRole::Director, "director"},
    {ContactRole::Partner, "partner"},
}};

} // namespace

QString contactRoleKey(ContactRole role)
{
    return keyOf(contactRoleKeys, role);
}

ContactRole contactRoleFromKey(const QString& key)
{
    return valueOf(contactRoleKeys, key, ContactRole::Other);
}

QString contactRoleLabel(ContactRole role)
{
    switch (role) {
    case ContactRole::Leader:
        return QObject::tr("Leader of the council");
    case ContactRole::ChiefExecutive:
        return QObject::tr("Chief executive");
    case ContactRole::LeadOfficer:
        return QObject::tr("Lead officer for the challenge");
    case ContactRole::PortfolioHolder:
        return QObject::tr("Portfolio holder");
    case ContactRole::Director:
        return QObject::tr("Director");
    case ContactRole::Partner:
        return QObject::tr("Partner");
    case ContactRole::Other:
        return QObject::tr("Other");
    }
    return {};
}

} // namespace pc
