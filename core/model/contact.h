// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace pc {

/// What a council contact is to the challenge (DOMAIN.md section 3).
enum class ContactRole { Other, Leader, ChiefExecutive, LeadOfficer, PortfolioHolder, Director, Partner };

inline constexpr ContactRole allContactRoles[] = {ContactRole::Leader,      ContactRole::ChiefExecutive,
                                                  ContactRole::LeadOfficer, ContactRole::PortfolioHolder,
                                                  ContactRole::Director,    ContactRole::Partner,
                                                  ContactRole::Other};

[[nodiscard]] QString contactRoleKey(ContactRole role);
[[nodiscard]] ContactRole contactRoleFromKey(const QString& key);
/// "Leader of the council", "The council's lead officer for the challenge".
[[nodiscard]] QString contactRoleLabel(ContactRole role);

/// One of the host council's people. Personal data: used to plan sessions, never printed in
/// reports, and known to the non-attribution check.
struct Contact
{
    QUuid id;
    QString name;
    ContactRole role = ContactRole::Other;
    QString jobTitle; // "Cabinet member for housing", "Director of place"
    QString email;
    QString phone;
    QString notes;
    double position = 0;

    friend bool operator==(const Contact&, const Contact&) = default;
};

} // namespace pc
