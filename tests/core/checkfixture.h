// SPDX-License-Identifier: GPL-3.0-or-later
// The engagement the rules tests start from, and helpers to run one check on it.
#pragma once

#include "rules/checks.h"
#include "support/testsupport.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pc::test {

struct BritishLocale
{
    BritishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~BritishLocale() { QLocale::setDefault(previous); }
    QLocale previous;
};

inline Member member(MemberRole role, int n)
{
    Member m;
    m.id = QUuid::fromString(u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
    m.name = u"Peer %1"_s.arg(n);
    m.role = role;
    return m;
}

inline Theme theme(ThemeKind kind, int n)
{
    Theme t;
    t.id = QUuid::fromString(u"00000000-0000-4000-9000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
    t.title = u"Theme %1"_s.arg(n);
    t.kind = kind;
    return t;
}

/// An engagement with nothing to complain about on 1 February 2026: onsite 12 to 15 March,
/// the milestones before the visit in their windows, five core themes and a full team.
inline CheckInput ready()
{
    CheckInput input;
    input.engagement.id = QUuid::fromString(u"00000000-0000-4000-a000-000000000001"_s);
    input.engagement.setDate(Milestone::ScopingMeeting, QDate(2025, 10, 12));
    input.engagement.setDate(Milestone::OnsiteStart, QDate(2026, 3, 12));
    input.engagement.setDate(Milestone::OnsiteEnd, QDate(2026, 3, 15));
    input.today = QDate(2026, 2, 1);
    for (int i = 1; i <= 5; ++i)
        input.themes.append(theme(ThemeKind::Core, i));
    input.members = {member(MemberRole::ChallengeManager, 1), member(MemberRole::LeadOfficerPeer, 2),
                     member(MemberRole::LeadMemberPeer, 3), member(MemberRole::MemberPeer, 4),
                     member(MemberRole::OfficerPeer, 5)};
    input.members[2].politicalGroup = u"Labour"_s;
    input.members[3].politicalGroup = u"Conservative"_s;
    for (Member& m : input.members)
        m.conflictStatus = ConflictStatus::NoneDeclared;
    for (int i = 0; i < input.themes.size(); ++i)
        input.themeLeads.insert(input.themes[i].id, {input.members[1 + i % 4].id});
    input.engagement.host.name = u"Northmoor District Council"_s;
    input.engagement.scopeAgreement = u"## Scope\n\n- the five core elements\n"_s;
    input.engagement.scopeAgreed = QDate(2025, 10, 20);
    for (ContactRole role : {ContactRole::Leader, ContactRole::ChiefExecutive, ContactRole::LeadOfficer})
        input.contacts.append(Contact{QUuid::createUuid(), u"Contact"_s, role, {}, {}, {}, {}, 0});
    return input;
}

inline QList<Problem> problemsOf(const CheckInput& input, const QString& checkId)
{
    QList<Problem> found;
    for (const Problem& problem : CheckRegistry::standard().run(input)) {
        if (problem.checkId == checkId)
            found.append(problem);
    }
    return found;
}

} // namespace pc::test
