// SPDX-License-Identifier: GPL-3.0-or-later
// Team checks: the composition rules of DOMAIN.md section 4 and "Implications" > Validations.
#include "checkfamilies.h"

#include "expertise.h"
#include "organisations.h"
#include "partymix.h"

#include <QObject>

#include <algorithm>

namespace pc {

namespace {

const QString managerId = QStringLiteral("team.challenge-manager");
const QString leadOfficerId = QStringLiteral("team.lead-officer-peer");
const QString memberPeerId = QStringLiteral("team.member-peer");
const QString sizeId = QStringLiteral("team.size");
const QString fromHostId = QStringLiteral("team.from-host");
const QString declarationsId = QStringLiteral("team.declarations");
const QString interestsId = QStringLiteral("team.interests");
const QString themeLeadsId = QStringLiteral("team.theme-leads");
const QString expertiseId = QStringLiteral("team.focus-expertise");
const QString partyMixId = QStringLiteral("team.party-mix");
const QString availabilityCheckId = QStringLiteral("team.availability");

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

/// LGA staff run the challenge; they are not peers and are not asked to lead or declare.
bool isPeer(const Member& member)
{
    return member.role != MemberRole::ChallengeManager && member.role != MemberRole::SupportOfficer;
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
    const qsizetype peers = std::count_if(input.members.cbegin(), input.members.cend(), isPeer);
    if (peers <= usualMaxPeers)
        return {};
    return {teamProblem(sizeId, Severity::Advice,
                        QObject::tr("The team has %1 peers, more than the usual %2: check that each one is "
                                    "needed.")
                            .arg(peers)
                            .arg(usualMaxPeers))};
}

QList<Problem> fromHost(const CheckInput& input)
{
    QList<Problem> problems;
    for (const Member& member : input.members) {
        if (sameOrganisation(member.organisation, input.engagement.host.name))
            problems.append(teamProblem(
                fromHostId, Severity::Blocking,
                QObject::tr("%1 works for %2, the council being challenged: a peer cannot review their own "
                            "council. Replace them, or correct their organisation.")
                    .arg(member.name, member.organisation),
                member.id));
    }
    return problems;
}

QList<Problem> declarations(const CheckInput& input)
{
    QStringList names;
    QUuid first;
    for (const Member& member : input.members) {
        if (member.conflictStatus == ConflictStatus::NotAsked) {
            names.append(member.name);
            if (first.isNull())
                first = member.id;
        }
    }
    if (names.isEmpty())
        return {};
    return {teamProblem(declarationsId, Severity::Warning,
                        QObject::tr("No declaration of interests from %1 yet: everyone on the team declares "
                                    "any link with the council before the visit.")
                            .arg(namesInWords(names)),
                        first)};
}

QList<Problem> interests(const CheckInput& input)
{
    QList<Problem> problems;
    for (const Member& member : input.members) {
        if (member.conflictStatus != ConflictStatus::Declared)
            continue;
        const QString interest = member.conflictDetails.isEmpty()
                                     ? QObject::tr("an interest")
                                     : QObject::tr("an interest (%1)").arg(member.conflictDetails);
        if (member.conflictDecision == ConflictDecision::Pending)
            problems.append(
                teamProblem(interestsId, Severity::Blocking,
                            QObject::tr("%1 declared %2 and no decision is recorded: decide whether "
                                        "they take part, and how.")
                                .arg(member.name, interest),
                            member.id));
        else if (member.conflictDecision == ConflictDecision::StoodDown)
            problems.append(teamProblem(interestsId, Severity::Warning,
                                        QObject::tr("%1 stood down because of %2 but is still on the team: "
                                                    "remove them.")
                                            .arg(member.name, interest),
                                        member.id));
    }
    return problems;
}

QList<Problem> themeLeads(const CheckInput& input)
{
    QStringList titles;
    QUuid first;
    for (const Theme& theme : input.themes) {
        if (input.themeLeads.value(theme.id).isEmpty()) {
            titles.append(QStringLiteral("\u201c%1\u201d").arg(theme.title));
            if (first.isNull())
                first = theme.id;
        }
    }
    if (titles.isEmpty())
        return {};
    return {teamProblem(themeLeadsId, Severity::Warning,
                        QObject::tr("No one leads %1: give every theme a lead peer, who gathers its evidence "
                                    "and drafts its feedback.")
                            .arg(namesInWords(titles)),
                        first)};
}

QList<Problem> focusExpertise(const CheckInput& input)
{
    QStringList tags;
    for (const Member& member : input.members) {
        if (isPeer(member))
            tags += member.expertiseTags();
    }
    QList<Problem> problems;
    for (const Theme& theme : input.themes) {
        if (theme.kind != ThemeKind::Focus || expertiseCovers(tags, theme.title))
            continue;
        problems.append(teamProblem(
            expertiseId, Severity::Warning,
            QObject::tr(
                "No peer lists expertise in the focus area \u201c%1\u201d: add a peer who knows it, or "
                "add it to the expertise of a peer who does.")
                .arg(theme.title),
            theme.id));
    }
    return problems;
}

QList<Problem> partyMix(const CheckInput& input)
{
    const PartyMix mix = partyMixOf(input.members);
    QList<Problem> problems;
    if (!mix.unrecorded.isEmpty())
        problems.append(
            teamProblem(partyMixId, Severity::Advice,
                        QObject::tr("Record the political group of %1.").arg(namesInWords(mix.unrecorded))));
    if (mix.memberPeers >= 2 && mix.groups.size() == 1 && mix.unrecorded.isEmpty())
        problems.append(teamProblem(partyMixId, Severity::Advice,
                                    QObject::tr("All %1 member peers are %2: teams usually bring members of "
                                                "different political groups.")
                                        .arg(mix.memberPeers)
                                        .arg(mix.groups.first().first)));
    return problems;
}

QList<Problem> availability(const CheckInput& input)
{
    QHash<QUuid, QString> names;
    for (const Member& member : input.members)
        names.insert(member.id, member.name);
    QList<Problem> problems;
    const QDate start = input.engagement.date(Milestone::OnsiteStart);
    const QDate end = input.engagement.date(Milestone::OnsiteEnd);
    for (const Availability& a : input.availability) {
        if (a.status == DayAvailability::Available || !names.contains(a.member) || !start.isValid()
            || a.day < start || (end.isValid() && a.day > end))
            continue;
        const QString when = a.status == DayAvailability::Unavailable ? QObject::tr("is not available on %1")
                             : a.status == DayAvailability::Morning ? QObject::tr("is available only in the "
                                                                                  "morning on %1")
                                                                    : QObject::tr("is available only in the "
                                                                                  "afternoon on %1");
        problems.append(teamProblem(availabilityCheckId, Severity::Advice,
                                    QObject::tr("%1 %2: plan the timetable around it.")
                                        .arg(names.value(a.member), when.arg(dayInWords(a.day))),
                                    a.member));
    }
    return problems;
}

} // namespace

QList<CheckDef> teamChecks()
{
    return {
        {managerId, Stage::Team, QObject::tr("One peer challenge manager"), challengeManager},
        {leadOfficerId, Stage::Team, QObject::tr("One lead officer peer"), leadOfficerPeer},
        {memberPeerId, Stage::Team, QObject::tr("At least one member peer"), memberPeer},
        {sizeId, Stage::Team, QObject::tr("A team of at most 7 peers"), teamSize},
        {fromHostId, Stage::Team, QObject::tr("No one from the host council"), fromHost},
        {declarationsId, Stage::Team, QObject::tr("Everyone has declared their interests"), declarations},
        {interestsId, Stage::Team, QObject::tr("Every declared interest has a decision"), interests},
        {themeLeadsId, Stage::Team, QObject::tr("Every theme has a lead"), themeLeads},
        {expertiseId, Stage::Team, QObject::tr("Every focus area is covered by a peer's expertise"),
         focusExpertise},
        {partyMixId, Stage::Team, QObject::tr("Member peers from different political groups"), partyMix},
        {availabilityCheckId, Stage::Team, QObject::tr("Peers' availability on the onsite days"),
         availability},
    };
}

} // namespace pc
