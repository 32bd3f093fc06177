// SPDX-License-Identifier: GPL-3.0-or-later
// Team checks: the composition rules of DOMAIN.md section 4 and "Implications" > Validations.
#include "checkfamilies.h"

#include <QObject>

#include <algorithm>

namespace pc {

namespace {

const QString managerId = QStringLiteral("team.challenge-manager");
const QString leadOfficerId = QStringLiteral("team.lead-officer-peer");
const QString memberPeerId = QStringLiteral("team.member-peer");
const QString sizeId = QStringLiteral("team.size");

constexpr qsizetype usualMaxPeers = 7;

qsizetype countRole(const CheckInput& input, MemberRole role)
{
    return std::count_if(input.members.cbegin(), input.members.cend(),
                         [role](const Member& member) { return member.role == role; });
}

Problem teamProblem(const QString& id, Severity severity, const QString& message, const QUuid& record = {})
{
    return {id, severity, Stage::Team, message, record};
}

/// Exactly one member in `role`; `missing` says what to add, `several` (with %1) what to fix.
QList<Problem> exactlyOne(const CheckInput& input, const QString& id, MemberRole role, const QString& missing,
                          const QString& several)
{
    const qsizetype count = countRole(input, role);
    if (count == 1)
        return {};
    if (count == 0)
        return {teamProblem(id, Severity::Warning, missing)};
    QUuid second; // the second holder: the first is presumably the one to keep
    for (qsizetype i = 0, seen = 0; i < input.members.size() && second.isNull(); ++i) {
        if (input.members[i].role == role && ++seen == 2)
            second = input.members[i].id;
    }
    return {teamProblem(id, Severity::Warning, several.arg(count), second)};
}

QList<Problem> challengeManager(const CheckInput& input)
{
    return exactlyOne(input, managerId, MemberRole::ChallengeManager,
                      QObject::tr("Add a peer challenge manager to the team."),
                      QObject::tr("The team has %1 peer challenge managers: keep one and give the others "
                                  "another role."));
}

QList<Problem> leadOfficerPeer(const CheckInput& input)
{
    return exactlyOne(
        input, leadOfficerId, MemberRole::LeadOfficerPeer,
        QObject::tr("Add a lead officer peer to the team (a serving chief executive or managing director)."),
        QObject::tr("The team has %1 lead officer peers: keep one and make the others officer "
                    "peers."));
}

QList<Problem> memberPeer(const CheckInput& input)
{
    if (countRole(input, MemberRole::MemberPeer) + countRole(input, MemberRole::LeadMemberPeer) > 0)
        return {};
    return {teamProblem(memberPeerId, Severity::Warning,
                        QObject::tr("Add a member peer (a councillor) to the team."))};
}

QList<Problem> teamSize(const CheckInput& input)
{
    const qsizetype peers = input.members.size() - countRole(input, MemberRole::ChallengeManager)
                            - countRole(input, MemberRole::SupportOfficer);
    if (peers <= usualMaxPeers)
        return {};
    return {teamProblem(sizeId, Severity::Advice,
                        QObject::tr("The team has %1 peers, more than the usual %2: check that each one is "
                                    "needed.")
                            .arg(peers)
                            .arg(usualMaxPeers))};
}

} // namespace

QList<CheckDef> teamChecks()
{
    return {
        {managerId, Stage::Team, QObject::tr("One peer challenge manager"), challengeManager},
        {leadOfficerId, Stage::Team, QObject::tr("One lead officer peer"), leadOfficerPeer},
        {memberPeerId, Stage::Team, QObject::tr("At least one member peer"), memberPeer},
        {sizeId, Stage::Team, QObject::tr("A team of at most 7 peers"), teamSize},
    };
}

} // namespace pc
