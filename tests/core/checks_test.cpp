// SPDX-License-Identifier: GPL-3.0-or-later
// The readiness checks: each standard check firing and not, the order of problems, the counts.
#include "checkfixture.h"
#include "rules/checks.h"
#include "storage/checkinput.h"
#include "storage/engagementrepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "support/testsupport.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

TEST_CASE("The standard checks have unique ids, titles and runners", "[rules]")
{
    const QList<CheckDef>& checks = CheckRegistry::standard().checks();
    QSet<QString> ids;
    for (const CheckDef& check : checks) {
        INFO(check.id.toStdString());
        CHECK_FALSE(check.id.isEmpty());
        CHECK_FALSE(check.title.isEmpty());
        CHECK(bool(check.run));
        ids.insert(check.id);
    }
    CHECK(ids.size() == checks.size());
    CHECK(ids.contains(u"deadlines.window"_s));
    CHECK(ids.contains(u"team.challenge-manager"_s));
    CHECK(ids.contains(u"scope.themes"_s));
}

TEST_CASE("A ready engagement has no problems", "[rules]")
{
    CHECK(CheckRegistry::standard().run(ready()).isEmpty());
}

TEST_CASE("A milestone set outside its window is a warning on the overview", "[rules]")
{
    const BritishLocale british;
    CheckInput input = ready();
    input.engagement.setDate(Milestone::TeamCall, QDate(2026, 3, 10));      // 2 days before: too late
    input.engagement.setDate(Milestone::PreReadingSent, QDate(2026, 1, 5)); // 66 days before: too early
    const QList<Problem> problems = problemsOf(input, u"deadlines.window"_s);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].stage == Stage::Overview);
    CHECK(problems[0].record == input.engagement.id);
    const QString teamCall =
        problems[0].message.contains(u"team call"_s) ? problems[0].message : problems[1].message;
    CHECK(teamCall
          == u"Move the team call (10 March 2026) to between 26 February 2026 and 5 March 2026, or check the "
             u"onsite dates: it should be 1 to 2 weeks before the onsite start."_s);

    input.engagement.setDate(Milestone::TeamCall, QDate(2026, 3, 2));
    input.engagement.setDate(Milestone::PreReadingSent, QDate(2026, 2, 20));
    CHECK(problemsOf(input, u"deadlines.window"_s).isEmpty());
}

TEST_CASE("An unset milestone past its deadline is a warning on the overview", "[rules]")
{
    const BritishLocale british;
    CheckInput input = ready();
    input.today = QDate(2026, 6, 16);
    const QList<Problem> problems = problemsOf(input, u"deadlines.overdue"_s);
    QStringList messages;
    for (const Problem& problem : problems)
        messages.append(problem.message);
    CHECK(messages.contains(u"The publication of the report was due by 15 June 2026: set its date if it has "
                            u"happened, or plan it now."_s));
    CHECK(messages.contains(
        u"The team call was due by 5 March 2026: set its date if it has happened, or plan it "
        u"now."_s));
    // The position statement, pre-reading, team call, feedback presentation and report; the action
    // plan (by 15 August) and the progress review are still ahead.
    CHECK(problems.size() == 5);
}

TEST_CASE("Nothing is overdue while the deadlines are ahead or the dates are set", "[rules]")
{
    CheckInput input = ready();
    input.today = QDate(2026, 2, 26);
    CHECK(problemsOf(input, u"deadlines.overdue"_s).isEmpty());
    input.today = QDate(2026, 2, 27);
    CHECK(problemsOf(input, u"deadlines.overdue"_s).size() == 2); // position statement and pre-reading
    input.engagement.setDate(Milestone::PositionStatementDue, QDate(2026, 2, 12));
    input.engagement.setDate(Milestone::PreReadingSent, QDate(2026, 2, 19));
    CHECK(problemsOf(input, u"deadlines.overdue"_s).isEmpty());
}

TEST_CASE("Unset onsite dates are advice to set them", "[rules]")
{
    CheckInput input = ready();
    input.engagement.setDate(Milestone::OnsiteEnd, QDate());
    const QList<Problem> problems = problemsOf(input, u"deadlines.onsite-dates"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Advice);
    CHECK(problems[0].message == u"Set the onsite dates to see the deadlines."_s);
    CHECK(problemsOf(ready(), u"deadlines.onsite-dates"_s).isEmpty());
}

TEST_CASE("A team without exactly one peer challenge manager is warned", "[rules]")
{
    CheckInput input = ready();
    input.members.removeFirst();
    QList<Problem> problems = problemsOf(input, u"team.challenge-manager"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].stage == Stage::Team);
    CHECK(problems[0].message == u"Add a peer challenge manager to the team."_s);

    input = ready();
    input.members.append(member(MemberRole::ChallengeManager, 9));
    problems = problemsOf(input, u"team.challenge-manager"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.startsWith(u"The team has 2 peer challenge managers"_s));
    CHECK(problems[0].record == input.members.last().id);
}

TEST_CASE("A team without exactly one lead officer peer is warned", "[rules]")
{
    CheckInput input = ready();
    input.members.removeAt(1);
    QList<Problem> problems = problemsOf(input, u"team.lead-officer-peer"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.startsWith(u"Add a lead officer peer to the team"_s));
    input = ready();
    input.members.append(member(MemberRole::LeadOfficerPeer, 9));
    problems = problemsOf(input, u"team.lead-officer-peer"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.startsWith(u"The team has 2 lead officer peers"_s));
}

TEST_CASE("A team without a member peer is warned; a lead member peer counts", "[rules]")
{
    CheckInput input = ready();
    input.members.removeAt(3); // the member peer; the lead member peer remains
    CHECK(problemsOf(input, u"team.member-peer"_s).isEmpty());
    input.members.removeAt(2);
    const QList<Problem> problems = problemsOf(input, u"team.member-peer"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message == u"Add a member peer (a councillor) to the team."_s);
}

TEST_CASE("More than 7 peers, not counting the manager and support officer, is advice", "[rules]")
{
    CheckInput input = ready(); // 4 peers and the manager
    input.members.append(member(MemberRole::SupportOfficer, 6));
    input.members.append(member(MemberRole::OfficerPeer, 7));
    input.members.append(member(MemberRole::OfficerPeer, 8));
    input.members.append(member(MemberRole::ExternalPeer, 9));
    CHECK(problemsOf(input, u"team.size"_s).isEmpty()); // 7 peers
    input.members.append(member(MemberRole::ShadowPeer, 10));
    const QList<Problem> problems = problemsOf(input, u"team.size"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Advice);
    CHECK(problems[0].message
          == u"The team has 8 peers, more than the usual 7: check that each one is needed."_s);
}

TEST_CASE("A scope without themes is blocking", "[rules]")
{
    CheckInput input = ready();
    input.themes.clear();
    const QList<Problem> problems = problemsOf(input, u"scope.themes"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Blocking);
    CHECK(problems[0].stage == Stage::Scope);
    CHECK(problems[0].message == u"Add the themes of the scope."_s);
    CHECK(problemsOf(ready(), u"scope.themes"_s).isEmpty());
}

TEST_CASE("More than three local focus areas is advice", "[rules]")
{
    CheckInput input = ready();
    for (int i = 6; i <= 8; ++i)
        input.themes.append(theme(ThemeKind::Focus, i));
    CHECK(problemsOf(input, u"scope.focus-areas"_s).isEmpty());
    input.themes.append(theme(ThemeKind::Focus, 9));
    const QList<Problem> problems = problemsOf(input, u"scope.focus-areas"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Advice);
    CHECK(problems[0].message.startsWith(u"The scope has 4 local focus areas"_s));
}

TEST_CASE("Problems are sorted by severity, then stage, then message", "[rules]")
{
    CheckInput input; // nothing at all
    input.today = QDate(2026, 2, 1);
    const QList<Problem> problems = CheckRegistry::standard().run(input);
    REQUIRE(problems.size() == 6);
    CHECK(problems[0].checkId == u"scope.themes"_s);       // blocking
    CHECK(problems[1].checkId == u"scope.key-contacts"_s); // warnings: Scope before Team,
    CHECK(problems[2].message
          == u"Add a lead officer peer to the team (a serving chief executive or "
             u"managing director)."_s);                                               // then by
    CHECK(problems[3].message == u"Add a member peer (a councillor) to the team."_s); // message
    CHECK(problems[4].message == u"Add a peer challenge manager to the team."_s);
    CHECK(problems[5].checkId == u"deadlines.onsite-dates"_s); // advice
}

TEST_CASE("Open counts are per stage and leave out advice unless asked", "[rules]")
{
    CheckInput input;
    input.today = QDate(2026, 2, 1);
    const CheckRegistry& registry = CheckRegistry::standard();
    const QList<Problem> problems = registry.run(input);
    const QMap<Stage, int> counts = registry.openCounts(problems);
    CHECK(counts.value(Stage::Scope) == 2);
    CHECK(counts.value(Stage::Team) == 3);
    CHECK(counts.value(Stage::Overview) == 0);
    CHECK_FALSE(counts.contains(Stage::Report));
    CHECK(registry.openCounts(problems, Severity::Advice).value(Stage::Overview) == 1);
    CHECK(registry.openCounts(problems, Severity::Blocking).value(Stage::Team) == 0);
    CHECK(registry.openCounts({}).isEmpty());
}

TEST_CASE("A registry runs only its own checks", "[rules]")
{
    const CheckRegistry registry(
        {{u"test.always"_s, Stage::Report, u"Always"_s, [](const CheckInput&) {
              return QList<Problem>{
                  {u"test.always"_s, Severity::Advice, Stage::Report, u"Write the report."_s, {}}};
          }}});
    const QList<Problem> problems = registry.run(CheckInput{});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].checkId == u"test.always"_s);
    CHECK(stageName(Stage::FollowUp) == u"Follow-up"_s);
    CHECK(stageKey(Stage::FollowUp) == u"follow-up"_s);
    CHECK(severityKey(Severity::Blocking) == u"blocking"_s);
}

TEST_CASE("The check input is read from the engagement file", "[rules]")
{
    test::TempFolder folder;
    test::TestDevice device;
    auto file = test::makeEngagement(folder.path(u"e.peerchallenge"_s), device);
    {
        EngagementFile::Edit edit(*file);
        Engagement engagement = EngagementRepository(file->records()).engagement();
        engagement.setDate(Milestone::OnsiteStart, QDate(2026, 3, 12));
        EngagementRepository(file->records()).update(engagement);
        Theme focus;
        focus.title = u"Housing"_s;
        focus.kind = ThemeKind::Focus;
        ScopeRepository(file->records()).addTheme(focus);
        Member manager;
        manager.name = u"Alex Example"_s;
        manager.role = MemberRole::ChallengeManager;
        TeamRepository(file->records()).addMember(manager);
        edit.commit();
    }
    const CheckInput input = loadCheckInput(file->records(), QDate(2026, 2, 1));
    CHECK(input.today == QDate(2026, 2, 1));
    CHECK(input.engagement.id == file->engagementId());
    CHECK(input.engagement.date(Milestone::OnsiteStart) == QDate(2026, 3, 12));
    REQUIRE(input.themes.size() == 1);
    CHECK(input.themes[0].title == u"Housing"_s);
    REQUIRE(input.members.size() == 1);
    CHECK(input.members[0].role == MemberRole::ChallengeManager);
    CHECK(problemsOf(input, u"team.challenge-manager"_s).isEmpty());
}
