// SPDX-License-Identifier: GPL-3.0-or-later
// The team, scope and document checks of issue 4: each firing and not, in the words a manager
// reads.
#include "checkfixture.h"

#include "rules/checkfamilies.h"

#include "rules/expertise.h"
#include "rules/organisations.h"
#include "rules/partymix.h"
#include <QFile>

using namespace pc;
using namespace pc::test;

TEST_CASE("The ready engagement passes the team, scope and document checks", "[rules]")
{
    for (const QString& id :
         {u"team.from-host"_s, u"team.declarations"_s, u"team.interests"_s, u"team.theme-leads"_s,
          u"team.focus-expertise"_s, u"team.party-mix"_s, u"team.availability"_s, u"scope.agreement"_s,
          u"scope.key-contacts"_s, u"documents.position-statement"_s, u"documents.not-sent"_s,
          u"documents.no-readers"_s}) {
        INFO(id.toStdString());
        CHECK(problemsOf(ready(), id).isEmpty());
    }
}

TEST_CASE("Organisation names match without the words every council name shares", "[rules]")
{
    CHECK(sameOrganisation(u"Northmoor District Council"_s, u"Northmoor DC"_s));
    CHECK(sameOrganisation(u"The Borough Council of Northmoor"_s, u"northmoor district council"_s));
    CHECK_FALSE(sameOrganisation(u"Northmoor Homes Ltd"_s, u"Northmoor District Council"_s));
    CHECK_FALSE(sameOrganisation(u"Council"_s, u"District Council"_s)); // nothing distinctive
    CHECK(organisationCore(u"City of Westbrook Metropolitan Borough Council"_s) == u"westbrook"_s);
}

TEST_CASE("A peer from the host council is blocking and named", "[rules]")
{
    CheckInput input = ready();
    input.members[4].organisation = u"Northmoor DC"_s;
    const QList<Problem> problems = problemsOf(input, u"team.from-host"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Blocking);
    CHECK(problems[0].record == input.members[4].id);
    CHECK(problems[0].message
          == u"Peer 5 works for Northmoor DC, the council being challenged: a peer cannot review their own "
             u"council. Replace them, or correct their organisation."_s);
}

TEST_CASE("Members without a declaration of interests are named in one warning", "[rules]")
{
    CheckInput input = ready();
    input.members[2].conflictStatus = ConflictStatus::NotAsked;
    input.members[4].conflictStatus = ConflictStatus::NotAsked;
    const QList<Problem> problems = problemsOf(input, u"team.declarations"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].record == input.members[2].id);
    CHECK(problems[0].message.startsWith(u"No declaration of interests from Peer 3 and Peer 5 yet"_s));
}

TEST_CASE("A declared interest needs a decision, and a peer stood down must leave", "[rules]")
{
    CheckInput input = ready();
    Member& declared = input.members[4];
    declared.conflictStatus = ConflictStatus::Declared;
    declared.conflictDetails = u"former employee, left 2021"_s;
    declared.conflictDecision = ConflictDecision::Pending;
    QList<Problem> problems = problemsOf(input, u"team.interests"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Blocking);
    CHECK(problems[0].message
          == u"Peer 5 declared an interest (former employee, left 2021) and no decision is recorded: decide "
             u"whether they take part, and how."_s);

    declared.conflictDecision = ConflictDecision::Managed;
    CHECK(problemsOf(input, u"team.interests"_s).isEmpty());
    declared.conflictDecision = ConflictDecision::Cleared;
    CHECK(problemsOf(input, u"team.interests"_s).isEmpty());

    declared.conflictDecision = ConflictDecision::StoodDown;
    problems = problemsOf(input, u"team.interests"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].message.contains(u"stood down"_s));
}

TEST_CASE("Themes without a lead are named", "[rules]")
{
    CheckInput input = ready();
    input.themeLeads.remove(input.themes[1].id);
    input.themeLeads[input.themes[3].id] = {};
    const QList<Problem> problems = problemsOf(input, u"team.theme-leads"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].record == input.themes[1].id);
    CHECK(problems[0].message.startsWith(u"No one leads \u201cTheme 2\u201d and \u201cTheme 4\u201d"_s));
}

TEST_CASE("A focus area needs a peer whose expertise speaks to it", "[rules]")
{
    CheckInput input = ready();
    Theme housing = theme(ThemeKind::Focus, 9);
    housing.title = u"Housing and homelessness"_s;
    input.themes.append(housing);
    input.themeLeads.insert(housing.id, {input.members[4].id});
    QList<Problem> problems = problemsOf(input, u"team.focus-expertise"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].record == housing.id);
    CHECK(problems[0].message.contains(u"\u201cHousing and homelessness\u201d"_s));

    // The manager's expertise does not count: they are not a peer.
    input.members[0].expertise = u"Homelessness prevention"_s;
    CHECK(problemsOf(input, u"team.focus-expertise"_s).size() == 1);
    input.members[4].expertise = u"Finance; homeless prevention"_s;
    CHECK(problemsOf(input, u"team.focus-expertise"_s).isEmpty());
}

TEST_CASE("Expertise matching compares subject words on their first letters", "[rules]")
{
    CHECK(expertiseCovers({u"Regenerating town centres"_s}, u"Regeneration of the town centre"_s));
    CHECK(expertiseCovers({u"digital"_s}, u"Customer access and digital services"_s));
    CHECK_FALSE(expertiseCovers({u"Services"_s, u"Local strategy"_s}, u"Customer services strategy"_s));
    CHECK_FALSE(expertiseCovers({}, u"Housing"_s));
    CHECK(subjectWords(u"The Council's housing and planning services"_s) == QStringList{u"housing"_s});
    CHECK(namesInWords({u"Ann"_s, u"Bob"_s, u"Cy"_s, u"Di"_s, u"Ed"_s, u"Flo"_s})
          == u"Ann, Bob, Cy and 3 others"_s);
    CHECK(namesInWords({u"Ann"_s, u"Bob"_s, u"Cy"_s, u"Di"_s}) == u"Ann, Bob, Cy and Di"_s);
}

TEST_CASE("The party mix is summarised and a single-party team is advised", "[rules]")
{
    CheckInput input = ready();
    PartyMix mix = partyMixOf(input.members);
    CHECK(mix.memberPeers == 2);
    CHECK(partyMixInWords(mix) == u"1 Conservative, 1 Labour"_s);
    CHECK(problemsOf(input, u"team.party-mix"_s).isEmpty());

    input.members[3].politicalGroup = u"Labour"_s;
    QList<Problem> problems = problemsOf(input, u"team.party-mix"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Advice);
    CHECK(problems[0].message.startsWith(u"All 2 member peers are Labour"_s));

    input.members[3].politicalGroup.clear();
    mix = partyMixOf(input.members);
    CHECK(partyMixInWords(mix) == u"1 Labour, 1 not recorded"_s);
    problems = problemsOf(input, u"team.party-mix"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message == u"Record the political group of Peer 4."_s);
    CHECK(partyMixInWords(partyMixOf({})) == u"no member peers"_s);
}

TEST_CASE("Limited availability on an onsite day is advice; other days are ignored", "[rules]")
{
    const BritishLocale british;
    CheckInput input = ready();
    input.availability = {
        {input.members[2].id, QDate(2026, 3, 12), DayAvailability::Afternoon, {}},
        {input.members[3].id, QDate(2026, 3, 13), DayAvailability::Available, {}},
        {input.members[4].id, QDate(2026, 3, 20), DayAvailability::Unavailable, {}}, // after the visit
    };
    QList<Problem> problems = problemsOf(input, u"team.availability"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Advice);
    CHECK(
        problems[0].message
        == u"Peer 3 is available only in the afternoon on Thursday 12 March: plan the timetable around it."_s);
}

TEST_CASE("The scope agreement is expected once the scoping meeting has passed", "[rules]")
{
    const BritishLocale british;
    CheckInput input = ready();
    input.engagement.scopeAgreement.clear();
    input.engagement.scopeAgreed = {};
    QList<Problem> problems = problemsOf(input, u"scope.agreement"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.startsWith(
        u"Write down the scope agreed at the scoping meeting of 12 October 2025"_s));

    input.engagement.scopeAgreement = u"Five core elements."_s;
    problems = problemsOf(input, u"scope.agreement"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.startsWith(u"Record the date the council agreed the scope"_s));

    input.engagement.scopeAgreement.clear();
    input.today = QDate(2025, 10, 1); // before the scoping meeting
    CHECK(problemsOf(input, u"scope.agreement"_s).isEmpty());
}

TEST_CASE("The leader, chief executive and lead officer are expected among the contacts", "[rules]")
{
    CheckInput input = ready();
    input.contacts.removeAt(2);
    input.contacts.removeAt(0);
    const QList<Problem> problems = problemsOf(input, u"scope.key-contacts"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].stage == Stage::Scope);
    CHECK(problems[0].message
          == u"Add the council's leader and lead officer for the challenge to the contacts: the team plans "
             u"its sessions around them."_s);
}

TEST_CASE("Document checks: the position statement, documents not sent, documents without readers", "[rules]")
{
    const BritishLocale british;
    CheckInput input = ready();
    input.engagement.setDate(Milestone::PositionStatementDue, QDate(2026, 1, 20));
    input.engagement.setDate(Milestone::PreReadingSent, QDate(2026, 1, 30));
    QList<Problem> problems = problemsOf(input, u"documents.position-statement"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].stage == Stage::Documents);
    CHECK(problems[0].message.contains(u"was due on 20 January 2026"_s));

    Document statement;
    statement.id = QUuid::createUuid();
    statement.title = u"Northmoor Position Statement (final)"_s;
    statement.received = QDate(2026, 1, 19);
    statement.sent = QDate(2026, 1, 30);
    statement.readers = {input.members[1].id};
    Document plan;
    plan.id = QUuid::createUuid();
    plan.title = u"Council plan"_s;
    plan.received = QDate(2026, 1, 31);
    input.documents = {statement, plan};
    CHECK(problemsOf(input, u"documents.position-statement"_s).isEmpty());

    problems = problemsOf(input, u"documents.not-sent"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].record == plan.id);
    CHECK(problems[0].message
          == u"1 document received but not sent to the team: \u201cCouncil plan\u201d. Send it and record "
             u"the date."_s);
    problems = problemsOf(input, u"documents.no-readers"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Advice);
    CHECK(problems[0].record == plan.id);

    input.today = QDate(2026, 1, 29); // before the pack is due out: nothing to send yet
    CHECK(problemsOf(input, u"documents.not-sent"_s).isEmpty());
}

TEST_CASE("Reading figures count documents sent and readings done", "[rules]")
{
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    Document first;
    first.sent = QDate(2026, 1, 2);
    first.readers = {a, b};
    first.readBy = {a};
    Document second;
    second.readBy = {b}; // read without being asked
    const ReadingFigures figures = readingFigures({first, second});
    CHECK(figures.documents == 2);
    CHECK(figures.sent == 1);
    CHECK(figures.assignments == 2);
    CHECK(figures.assignmentsRead == 1);
    CHECK(figures.readByAnyone == 2);
}

TEST_CASE("Every check is documented in docs/checks.md", "[rules]")
{
    QFile file(QStringLiteral(PC_SOURCE_DIR "/docs/checks.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const CheckDef& check : CheckRegistry::standard().checks()) {
        INFO(check.id.toStdString());
        CHECK(text.contains(u"`%1`"_s.arg(check.id)));
    }
}
