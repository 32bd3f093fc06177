// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoteam.h"

#include "demonames.h"
#include "demorandom.h"

namespace pc {

namespace {

struct Post
{
    const char* jobTitle;
    const char* expertise;
};

constexpr Post leadOfficerPosts[] = {
    {"Chief Executive", "Organisational change, partnerships, devolution"},
    {"Managing Director", "Transformation, commercial strategy, place leadership"},
    {"Chief Executive and Head of Paid Service", "Combined authority working, economic growth"},
};

constexpr Post leadMemberPosts[] = {
    {"Leader of the Council", "Political leadership, cabinet governance"},
    {"Elected Mayor", "Place leadership, partnerships with business and health"},
    {"Leader", "Leading through financial challenge, member development"},
};

constexpr Post memberPosts[] = {
    {"Deputy Leader", "Scrutiny, adult social care"},
    {"Cabinet Member for Housing", "Housing delivery, homelessness prevention"},
    {"Cabinet Member for Finance", "Budget setting, treasury management"},
    {"Chair of Overview and Scrutiny", "Scrutiny, member development"},
    {"Chair of Audit and Governance", "Audit, risk, standards"},
    {"Cabinet Member for Communities", "Community engagement, equalities"},
    {"Leader of the Opposition", "Cross-party working, constitutional matters"},
    {"Cabinet Member for Environment", "Climate action, waste and recycling"},
};

constexpr Post officerPosts[] = {
    {"Director of Finance (s151 officer)", "Medium-term financial planning, capital programmes"},
    {"Monitoring Officer", "Governance, standards, constitutional matters"},
    {"Director of Housing", "Homelessness, housing delivery, regeneration"},
    {"Director of Place", "Planning, regeneration, economic development"},
    {"Director of Adult Social Care", "Adult social care, integration with health"},
    {"Director of Children's Services", "Children's services, SEND, safeguarding"},
    {"Head of Digital and Customer Services", "Digital services, customer access"},
    {"Director of People", "Workforce planning, organisational development"},
    {"Assistant Chief Executive", "Policy, performance, strategic planning"},
    {"Head of Communications", "Communications, resident engagement"},
    {"Director of Environment", "Waste, climate action, neighbourhood services"},
    {"Head of Audit and Risk", "Internal audit, risk management"},
    {"Director of Transformation", "Change programmes, commercial strategy"},
    {"Head of Strategic Planning", "Local plan, infrastructure delivery"},
    {"Director of Communities", "Community safety, voluntary sector partnerships"},
    {"Chief Operating Officer", "Operational delivery, shared services"},
};

struct ExternalPost
{
    Post post;
    Sector sector;
};

constexpr ExternalPost externalPosts[] = {
    {{"Director of Strategy", "Health and care integration, population health"}, Sector::Health},
    {{"Chief Executive", "Social housing, tenant engagement"}, Sector::Voluntary},
    {{"Professor of Public Policy", "Local government finance, evaluation"}, Sector::Academic},
    {{"Partner, Public Sector Assurance", "Risk, assurance, value for money"}, Sector::Private},
};

constexpr Post managerPost{"Peer Challenge Manager", "Peer challenge method, facilitation, report writing"};
constexpr Post supportPost{"Programme Support Officer", "Logistics, timetables, the evidence log"};

// The LGA's four political group offices recruit the member peers (DOMAIN.md section 4).
constexpr const char* groups[] = {"Conservative", "Labour", "Liberal Democrat", "Independent"};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// Picks posts in turn from a random start, so that a small team has no two alike.
template <typename T, std::size_t N>
const T& inTurn(const T (&pool)[N], int start, int index)
{
    return pool[(start + index) % int(N)];
}

Member member(DemoNames& names, MemberRole role, const Post& post, bool councillor)
{
    const DemoPerson person = names.person();
    Member m;
    m.name = councillor ? QStringLiteral("Cllr %1").arg(person.name()) : person.name();
    m.role = role;
    m.jobTitle = text(post.jobTitle);
    m.expertise = text(post.expertise);
    m.email = DemoNames::email(person);
    m.phone = names.phone();
    return m;
}

/// The peer challenge manager and support officers work for the programme's owner.
Member lgaStaff(DemoNames& names, MemberRole role, const Post& post)
{
    Member m = member(names, role, post, false);
    m.organisation = QStringLiteral("Local Government Association");
    return m;
}

/// Three weeks before the visit, one officer peer has yet to return the declaration of
/// interests; in the larger teams another declared one, which the programme has managed.
void declareInterests(QList<Member>& team)
{
    QList<Member*> officers;
    for (Member& m : team) {
        if (m.role == MemberRole::OfficerPeer)
            officers.append(&m);
    }
    if (officers.isEmpty())
        return;
    officers.last()->conflictStatus = ConflictStatus::NotAsked;
    if (officers.size() > 3) {
        Member& declared = *officers.first();
        declared.conflictStatus = ConflictStatus::Declared;
        declared.conflictDetails = QStringLiteral(
            "Sits on a regional housing partnership board with the council's Director of Place.");
        declared.conflictDecision = ConflictDecision::Managed;
        declared.notes = QStringLiteral("Does not interview the Director of Place or lead on housing.");
    }
}

} // namespace

QList<Member> demoTeam(DemoRandom& random, DemoNames& names, const DemoTeamShape& shape)
{
    QList<Member> team;
    const auto addCouncilPeer = [&](MemberRole role, const Post& post, const QString& politicalGroup) {
        Member m = member(names, role, post, !politicalGroup.isEmpty());
        m.organisation = names.council();
        m.politicalGroup = politicalGroup;
        team.append(m);
    };
    // The lead member peer and the member peers come from different groups, in turn.
    const int groupStart = random.below(int(std::size(groups)));
    addCouncilPeer(MemberRole::LeadOfficerPeer, random.pick(leadOfficerPosts), {});
    addCouncilPeer(MemberRole::LeadMemberPeer, random.pick(leadMemberPosts),
                   text(inTurn(groups, groupStart, 0)));
    const int memberStart = random.below(int(std::size(memberPosts)));
    for (int i = 0; i < shape.memberPeers; ++i)
        addCouncilPeer(MemberRole::MemberPeer, inTurn(memberPosts, memberStart, i),
                       text(inTurn(groups, groupStart, i + 1)));
    const int officerStart = random.below(int(std::size(officerPosts)));
    for (int i = 0; i < shape.officerPeers; ++i)
        addCouncilPeer(MemberRole::OfficerPeer, inTurn(officerPosts, officerStart, i), {});
    const int externalStart = random.below(int(std::size(externalPosts)));
    for (int i = 0; i < shape.externalPeers; ++i) {
        const ExternalPost& external = inTurn(externalPosts, externalStart, i);
        Member m = member(names, MemberRole::ExternalPeer, external.post, false);
        m.sector = external.sector;
        m.organisation = names.organisation(external.sector);
        team.append(m);
    }
    team.append(lgaStaff(names, MemberRole::ChallengeManager, managerPost));
    for (int i = 0; i < shape.supportOfficers; ++i)
        team.append(lgaStaff(names, MemberRole::SupportOfficer, supportPost));
    for (qsizetype i = 0; i < team.size(); ++i) {
        team[i].position = double(i + 1);
        team[i].conflictStatus = ConflictStatus::NoneDeclared;
    }
    declareInterests(team);
    return team;
}

} // namespace pc
