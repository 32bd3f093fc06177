// SPDX-License-Identifier: GPL-3.0-or-later
// Scope checks: DOMAIN.md "Implications" > Validations > Scope.
#include "checkfamilies.h"

#include <QLocale>
#include <QObject>

#include <algorithm>

namespace pc {

namespace {

const QString themesId = QStringLiteral("scope.themes");
const QString focusAreasId = QStringLiteral("scope.focus-areas");
const QString agreementId = QStringLiteral("scope.agreement");
const QString contactsId = QStringLiteral("scope.key-contacts");

constexpr qsizetype usualMaxFocusAreas = 3;

QList<Problem> themes(const CheckInput& input)
{
    if (!input.themes.isEmpty())
        return {};
    return {{themesId, Severity::Blocking, Stage::Scope, QObject::tr("Add the themes of the scope."), {}}};
}

QList<Problem> focusAreas(const CheckInput& input)
{
    const qsizetype count = std::count_if(input.themes.cbegin(), input.themes.cend(),
                                          [](const Theme& theme) { return theme.kind == ThemeKind::Focus; });
    if (count <= usualMaxFocusAreas)
        return {};
    return {{focusAreasId,
             Severity::Advice,
             Stage::Scope,
             QObject::tr("The scope has %1 local focus areas, more than the usual %2: consider merging or "
                         "dropping some so that the team can cover each one.")
                 .arg(count)
                 .arg(usualMaxFocusAreas),
             {}}};
}

QList<Problem> agreement(const CheckInput& input)
{
    const QDate scoping = input.engagement.date(Milestone::ScopingMeeting);
    if (!scoping.isValid() || input.today <= scoping)
        return {};
    const Engagement& e = input.engagement;
    if (!e.scopeAgreement.trimmed().isEmpty() && e.scopeAgreed.isValid())
        return {};
    const QString what = e.scopeAgreement.trimmed().isEmpty()
                             ? QObject::tr("Write down the scope agreed at the scoping meeting of %1")
                             : QObject::tr("Record the date the council agreed the scope discussed on %1");
    return {{agreementId, Severity::Warning, Stage::Scope,
             QObject::tr("%1, so that the team and the council work to the same brief.")
                 .arg(what.arg(QLocale().toString(scoping, QStringLiteral("d MMMM yyyy")))),
             e.id}};
}

QList<Problem> keyContacts(const CheckInput& input)
{
    const std::pair<ContactRole, QString> keyRoles[] = {
        {ContactRole::Leader, QObject::tr("leader")},
        {ContactRole::ChiefExecutive, QObject::tr("chief executive")},
        {ContactRole::LeadOfficer, QObject::tr("lead officer for the challenge")},
    };
    QStringList missing;
    for (const auto& [role, words] : keyRoles) {
        const bool present = std::any_of(input.contacts.cbegin(), input.contacts.cend(),
                                         [role](const Contact& contact) { return contact.role == role; });
        if (!present)
            missing.append(words);
    }
    if (missing.isEmpty())
        return {};
    return {{contactsId,
             Severity::Warning,
             Stage::Scope,
             QObject::tr("Add the council's %1 to the contacts: the team plans its sessions around them.")
                 .arg(namesInWords(missing)),
             {}}};
}

} // namespace

QList<CheckDef> scopeChecks()
{
    return {
        {themesId, Stage::Scope, QObject::tr("The scope has themes"), themes},
        {focusAreasId, Stage::Scope, QObject::tr("At most 3 local focus areas"), focusAreas},
        {agreementId, Stage::Scope, QObject::tr("The agreed scope is recorded"), agreement},
        {contactsId, Stage::Scope, QObject::tr("The leader, chief executive and lead officer are contacts"),
         keyContacts},
    };
}

} // namespace pc
