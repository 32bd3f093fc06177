// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule checks of issue 5: each firing and not on crafted timetables, in the words a
// manager reads, and a thousand-session timetable where exactly the planted clashes are found.
#include "checkfixture.h"

#include "rules/scheduleproblems.h"

#include <QSet>

using namespace pc;
using namespace pc::test;

namespace {

const QDate thursday(2026, 3, 12); // the first onsite day of ready(); the visit ends on Sunday 15
const QDate friday = thursday.addDays(1);
const QDate sunday = thursday.addDays(3);

constexpr int at(int hours, int minutes = 0)
{
    return hours * 60 + minutes;
}

Session session(int n, const QDate& day, int start, int end, SessionKind kind = SessionKind::Interview)
{
    Session s;
    s.id = QUuid::fromString(u"00000000-0000-4000-b000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
    s.day = day;
    s.start = start;
    s.end = end;
    s.kind = kind;
    s.title = u"Session %1"_s.arg(n);
    return s;
}

SessionAttendance as(const Member& member, SessionPart part = SessionPart::Observer)
{
    return {member.id, part};
}

/// ready() with a timetable that passes every check: on each of the four days an interview, a
/// focus group, lunch (naming no one, so everyone's), a site visit and the evening huddle; the
/// feedback presentation on Sunday. Every theme is served and every group met.
CheckInput scheduled()
{
    CheckInput input = ready();
    const QList<Member>& m = input.members;
    const QList<ParticipantGroup> groups(std::begin(allParticipantGroups),
                                         std::end(allParticipantGroups) - 1);
    int n = 0;
    for (int d = 0; d < 4; ++d) {
        const QDate day = thursday.addDays(d);
        Session interview = session(++n, day, at(9), at(10, 30));
        interview.team = {as(m[0], SessionPart::LeadQuestioner), as(m[1], SessionPart::NoteTaker)};
        interview.location = u"Committee Room"_s;
        Session focus = session(++n, day, at(11), at(12, 30), SessionKind::FocusGroup);
        focus.team = {as(m[2], SessionPart::LeadQuestioner), as(m[3], SessionPart::NoteTaker), as(m[4])};
        focus.location = u"Council Chamber"_s;
        Session lunch = session(++n, day, at(12, 30), at(13, 30), SessionKind::Meal);
        Session visit = session(++n, day, at(14), at(15, 30), SessionKind::SiteVisit);
        visit.team = {as(m[0]), as(m[1], SessionPart::NoteTaker)};
        if (day == sunday)
            visit = session(n, day, at(14), at(15), SessionKind::FeedbackPresentation);
        Session huddle = session(++n, day, at(17), at(18), SessionKind::TeamHuddle);
        for (const Member& member : m)
            huddle.team.append(as(member));
        huddle.location = u"Hotel"_s;
        interview.themes = {input.themes[(2 * d) % 5].id};
        focus.themes = {input.themes[(2 * d + 1) % 5].id};
        interview.groups = {{groups[(2 * d) % groups.size()], 2}};
        focus.groups = {{groups[(2 * d + 1) % groups.size()], 10}};
        input.sessions += {interview, focus, lunch, visit, huddle};
    }
    sortSessions(input.sessions);
    return input;
}

Session& byNumber(CheckInput& input, int n)
{
    const QUuid id = session(n, {}, 0, 0).id;
    for (Session& s : input.sessions) {
        if (s.id == id)
            return s;
    }
    FAIL("no session " << n);
    return input.sessions.first();
}

QStringList messagesOf(const QList<Problem>& problems)
{
    QStringList messages;
    for (const Problem& problem : problems)
        messages.append(problem.message);
    return messages;
}

} // namespace

TEST_CASE("A well-planned timetable has no problems at all", "[schedule][rules]")
{
    const BritishLocale british;
    const QList<Problem> problems = CheckRegistry::standard().run(scheduled());
    CHECK(messagesOf(problems) == QStringList{});
}

TEST_CASE("The schedule checks have stable ids on the Schedule stage", "[schedule][rules]")
{
    QStringList ids;
    for (const CheckDef& check : CheckRegistry::standard().checks()) {
        if (check.stage == Stage::Schedule)
            ids.append(check.id);
    }
    CHECK(ids
          == QStringList{u"schedule.empty"_s, u"schedule.bad-times"_s, u"schedule.member-clash"_s,
                         u"schedule.room-clash"_s, u"schedule.outside-onsite"_s,
                         u"schedule.member-unavailable"_s, u"schedule.no-note-taker"_s,
                         u"schedule.no-break"_s, u"schedule.no-huddle"_s, u"schedule.no-feedback"_s,
                         u"schedule.theme-not-served"_s, u"schedule.question-not-served"_s,
                         u"schedule.group-not-met"_s, u"schedule.travel-time"_s});
}

TEST_CASE("An empty timetable is advice only in the four weeks before the visit", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = ready(); // today is 1 February, the visit starts on 12 March
    CHECK(problemsOf(input, u"schedule.empty"_s).isEmpty());
    input.today = QDate(2026, 2, 12);
    QList<Problem> problems = problemsOf(input, u"schedule.empty"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Advice);
    CHECK(problems[0].stage == Stage::Schedule);
    CHECK(problems[0].record == input.engagement.id);
    CHECK(problems[0].message
          == u"The onsite visit starts on Thursday 12 March and the timetable is empty: add the sessions the "
             u"council has planned."_s);

    Session cancelled = session(1, thursday, at(9), at(10));
    cancelled.status = SessionStatus::Cancelled;
    input.sessions = {cancelled};
    CHECK(problemsOf(input, u"schedule.empty"_s).size() == 1); // a cancelled session is no session

    // Only the empty check speaks before there is a session.
    for (const Problem& problem : CheckRegistry::standard().run(input))
        CHECK((problem.stage != Stage::Schedule || problem.checkId == u"schedule.empty"_s));

    input.sessions.append(session(2, thursday, at(9), at(10)));
    CHECK(problemsOf(input, u"schedule.empty"_s).isEmpty());
    input.engagement.setDate(Milestone::OnsiteEnd, {});
    input.sessions.clear();
    CHECK(problemsOf(input, u"schedule.empty"_s).isEmpty()); // the dates are not set
}

TEST_CASE("A session that ends before it starts is blocking and clashes with nothing", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = scheduled();
    Session slip = session(90, thursday, at(10), at(9, 30));
    slip.team = {as(input.members[0])};
    slip.location = u"Committee Room"_s;
    input.sessions.append(slip);
    const QList<Problem> problems = problemsOf(input, u"schedule.bad-times"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Blocking);
    CHECK(problems[0].record == slip.id);
    CHECK(problems[0].message
          == u"\u201cSession 90\u201d on Thursday 12 March ends at 09:30, which is not after it starts "
             u"(10:00): correct its times."_s);
    CHECK(problemsOf(input, u"schedule.member-clash"_s).isEmpty());
    CHECK(problemsOf(input, u"schedule.room-clash"_s).isEmpty());
}

TEST_CASE("Sessions that touch do not clash; sessions that overlap do, once per pair", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = scheduled();
    Session next = session(90, thursday, at(10, 30), at(11, 30)); // Session 1 ends at 10:30
    next.title = u"Finance director"_s;
    next.team = {as(input.members[0], SessionPart::NoteTaker), as(input.members[1])};
    input.sessions.append(next);
    CHECK(problemsOf(input, u"schedule.member-clash"_s).isEmpty());

    input.sessions.last().start = at(10);
    const QList<Problem> problems = problemsOf(input, u"schedule.member-clash"_s);
    REQUIRE(problems.size() == 1); // one problem for the pair, naming both members
    CHECK(problems[0].severity == Severity::Blocking);
    CHECK(problems[0].record == next.id);
    CHECK(problems[0].related == QList<QUuid>{byNumber(input, 1).id});
    CHECK(
        problems[0].message
        == u"Peer 1 and Peer 2 are in two sessions at once: \u201cSession 1\u201d (Thursday 12 March, "
           u"09:00\u201310:30) and \u201cFinance director\u201d (Thursday 12 March, 10:00\u201311:30). Move "
           u"one of them, or change who goes."_s);

    input.sessions.last().team.removeLast();
    CHECK(
        problemsOf(input, u"schedule.member-clash"_s)[0].message.startsWith(u"Peer 1 is in two sessions"_s));

    input.sessions.last().status = SessionStatus::Cancelled;
    CHECK(problemsOf(input, u"schedule.member-clash"_s).isEmpty());
}

TEST_CASE("A session past midnight clashes with the small hours of the next day", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = scheduled();
    const Member& peer = input.members[2];
    Session late = session(90, thursday, at(23), at(24, 30), SessionKind::Other);
    late.team = {as(peer)};
    Session early = session(91, friday, at(0), at(1), SessionKind::Other);
    early.team = {as(peer)};
    input.sessions += {late, early};
    QList<Problem> problems = problemsOf(input, u"schedule.member-clash"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].record == early.id);
    CHECK(problems[0].related == QList<QUuid>{late.id});
    CHECK(problems[0].message.contains(u"(Thursday 12 March, 23:00\u201324:30)"_s));

    input.sessions[input.sessions.size() - 2].end = at(24); // now ends at midnight: touching
    CHECK(problemsOf(input, u"schedule.member-clash"_s).isEmpty());
}

TEST_CASE("Two sessions in one room at once are a warning; travel is in no room", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = scheduled();
    Session other = session(90, thursday, at(10), at(11));
    other.location = u"  committee   room "_s; // the same place, typed differently
    other.team = {as(input.members[3], SessionPart::NoteTaker)};
    input.sessions.append(other);
    QList<Problem> problems = problemsOf(input, u"schedule.room-clash"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].record == other.id);
    CHECK(problems[0].related == QList<QUuid>{byNumber(input, 1).id});
    CHECK(problems[0].message
          == u"\u201cSession 1\u201d (Thursday 12 March, 09:00\u201310:30) and \u201cSession 90\u201d "
             u"(Thursday "
             u"12 March, 10:00\u201311:00) are both in Committee Room at the same time: move one of them, or "
             u"use another room."_s);

    input.sessions.last().kind = SessionKind::Travel;
    CHECK(problemsOf(input, u"schedule.room-clash"_s).isEmpty());
    input.sessions.last().kind = SessionKind::Interview;
    input.sessions.last().location = u"Committee Room 2"_s;
    CHECK(problemsOf(input, u"schedule.room-clash"_s).isEmpty());
    input.sessions.last().location.clear(); // no location: nowhere to clash
    CHECK(problemsOf(input, u"schedule.room-clash"_s).isEmpty());
}

TEST_CASE("Sessions outside the onsite days are warned of, except the evening before", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = scheduled();
    const QDate wednesday = thursday.addDays(-1);
    input.sessions += {session(90, wednesday, at(18), at(19), SessionKind::Travel),
                       session(91, wednesday, at(19), at(20), SessionKind::TeamHuddle),
                       session(92, wednesday, at(20), at(22), SessionKind::Meal)};
    CHECK(problemsOf(input, u"schedule.outside-onsite"_s).isEmpty());

    input.sessions += {session(93, wednesday, at(16), at(17)),
                       session(94, wednesday.addDays(-1), at(19), at(20), SessionKind::TeamHuddle),
                       session(95, sunday.addDays(1), at(9), at(10), SessionKind::Travel)};
    const QList<Problem> problems = problemsOf(input, u"schedule.outside-onsite"_s);
    REQUIRE(problems.size() == 3);
    const QStringList messages = messagesOf(problems);
    CHECK(messages.contains(
        u"\u201cSession 93\u201d (Wednesday 11 March, 16:00\u201317:00) is outside the onsite "
        u"visit (Thursday 12 March to Sunday 15 March): move it, or check the onsite "
        u"dates."_s));
    CHECK(problems[0].severity == Severity::Warning);
}

TEST_CASE("A member in a session when they are not available is warned of", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = scheduled();
    // Peer 1: morning only on Thursday (interview 09:00-10:30 fine; site visit 14:00 and huddle not).
    input.availability.append({input.members[0].id, thursday, DayAvailability::Morning, {}});
    QList<Problem> problems = problemsOf(input, u"schedule.member-unavailable"_s);
    REQUIRE(problems.size() == 2);
    CHECK(messagesOf(problems).contains(
        u"Peer 1 is available only in the morning on Thursday 12 March but is in \u201cSession 4\u201d "
        u"(14:00\u201315:30), which ends after 13:00: take them off it, or check their availability."_s));

    // Peer 3: afternoon only on Friday: the focus group at 11:00 starts before 13:00.
    input.availability = {{input.members[2].id, friday, DayAvailability::Afternoon, {}}};
    problems = problemsOf(input, u"schedule.member-unavailable"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].record == byNumber(input, 7).id);
    CHECK(
        problems[0].message.startsWith(u"Peer 3 is available only in the afternoon on Friday 13 March but is "
                                       u"in \u201cSession 7\u201d (11:00\u201312:30), which starts before "
                                       u"13:00"_s));

    // Peer 5: not available on Sunday: the focus group and the huddle; cancelling one leaves one.
    input.availability = {{input.members[4].id, sunday, DayAvailability::Unavailable, {}}};
    CHECK(problemsOf(input, u"schedule.member-unavailable"_s).size() == 2);
    byNumber(input, 17).status = SessionStatus::Cancelled;
    problems = problemsOf(input, u"schedule.member-unavailable"_s);
    REQUIRE(problems.size() == 1);
    CHECK(
        problems[0].message.startsWith(u"Peer 5 is not available on Sunday 15 March but is in \u201cSession "
                                       u"20\u201d"_s));
}

TEST_CASE("A meeting with the team and no note-taker is a warning", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = scheduled();
    byNumber(input, 1).team[1].part = SessionPart::Observer;
    QList<Problem> problems = problemsOf(input, u"schedule.no-note-taker"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].record == byNumber(input, 1).id);
    CHECK(problems[0].message
          == u"No one takes notes in \u201cSession 1\u201d (Thursday 12 March, 09:00\u201310:30): make one "
             u"of the "
             u"team there the note-taker."_s);

    byNumber(input, 1).team.clear(); // no one from the team there yet: nothing to take notes
    CHECK(problemsOf(input, u"schedule.no-note-taker"_s).isEmpty());
    byNumber(input, 6).team[1].part = SessionPart::Observer; // Friday's interview
    byNumber(input, 6).status = SessionStatus::Cancelled;
    CHECK(problemsOf(input, u"schedule.no-note-taker"_s).isEmpty());
}

TEST_CASE("A long stretch without a break is advice; a meal or a 15-minute gap breaks it",
          "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = ready();
    const Member& peer = input.members[1];
    Session first = session(1, thursday, at(9), at(11));
    Session second = session(2, thursday, at(11, 10), at(12, 30)); // 10 minutes between: no break
    Session third = session(3, thursday, at(12, 30), at(13, 30));  // past four hours here
    for (Session* s : {&first, &second, &third})
        s->team = {as(peer, SessionPart::NoteTaker)};
    input.sessions = {first, second, third};
    QList<Problem> problems = problemsOf(input, u"schedule.no-break"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Advice);
    CHECK(problems[0].record == third.id);
    CHECK(problems[0].related == QList<QUuid>{first.id, second.id});
    CHECK(problems[0].message
          == u"Peer 2 works from 09:00 to 13:30 on Thursday 12 March without a break of 15 minutes or more, "
             u"longer than 4 hours: add a break or a meal."_s);

    SECTION("a short meal between is a break")
    {
        Session coffee = session(4, thursday, at(11), at(11, 10), SessionKind::Meal);
        coffee.team = {as(peer)};
        input.sessions.append(coffee);
        CHECK(problemsOf(input, u"schedule.no-break"_s).isEmpty());
    }
    SECTION("a meal naming no one is everyone's")
    {
        input.sessions.append(session(4, thursday, at(11), at(11, 10), SessionKind::Meal));
        CHECK(problemsOf(input, u"schedule.no-break"_s).isEmpty());
    }
    SECTION("someone else's meal is not this member's break")
    {
        Session coffee = session(4, thursday, at(11), at(11, 10), SessionKind::Meal);
        coffee.team = {as(input.members[0])};
        input.sessions.append(coffee);
        CHECK(problemsOf(input, u"schedule.no-break"_s).size() == 1);
    }
    SECTION("a gap of 15 minutes is a break")
    {
        input.sessions[1].start = at(11, 15);
        CHECK(problemsOf(input, u"schedule.no-break"_s).isEmpty());
    }
    SECTION("the engagement's own longest stretch applies")
    {
        input.engagement.longestStretch = 300;
        CHECK(problemsOf(input, u"schedule.no-break"_s).isEmpty());
    }
    SECTION("travel in a short gap is not work and does not join the stretch")
    {
        input.sessions[1].start = at(11, 20);
        Session drive = session(4, thursday, at(11), at(11, 20), SessionKind::Travel);
        drive.team = {as(peer)};
        input.sessions.append(drive);
        CHECK(problemsOf(input, u"schedule.no-break"_s).isEmpty());
    }
    SECTION("two members in the same stretch share one problem")
    {
        for (Session& s : input.sessions)
            s.team.append(as(input.members[2]));
        problems = problemsOf(input, u"schedule.no-break"_s);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message.startsWith(u"Peer 2 and Peer 3 work from 09:00 to 13:30"_s));
    }
}

TEST_CASE("An onsite day without a team huddle is advice", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = scheduled();
    byNumber(input, 10).kind = SessionKind::Other; // Friday's huddle
    QList<Problem> problems = problemsOf(input, u"schedule.no-huddle"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Advice);
    CHECK(problems[0].message
          == u"No team huddle on Friday 13 March: plan one, so the team can share what it heard that day."_s);

    byNumber(input, 10).kind = SessionKind::TeamHuddle;
    byNumber(input, 10).status = SessionStatus::Cancelled;
    CHECK(problemsOf(input, u"schedule.no-huddle"_s).size() == 1);

    // The evening before is not an onsite day.
    byNumber(input, 10).status = SessionStatus::Planned;
    input.sessions.append(session(90, thursday.addDays(-1), at(19), at(21), SessionKind::Meal));
    CHECK(problemsOf(input, u"schedule.no-huddle"_s).isEmpty());
}

TEST_CASE("No feedback presentation on the last onsite day is a warning", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = scheduled();
    Session& feedback = byNumber(input, 19);
    REQUIRE(feedback.kind == SessionKind::FeedbackPresentation);
    feedback.day = sunday.addDays(-1); // a day early
    QList<Problem> problems = problemsOf(input, u"schedule.no-feedback"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].record == input.engagement.id);
    CHECK(
        problems[0].message
        == u"No feedback presentation on the last onsite day (Sunday 15 March): add it to the timetable."_s);

    feedback.day = sunday;
    feedback.status = SessionStatus::Cancelled;
    CHECK(problemsOf(input, u"schedule.no-feedback"_s).size() == 1);

    // Without an onsite end the last day with sessions is the last day.
    feedback.status = SessionStatus::Planned;
    input.engagement.setDate(Milestone::OnsiteEnd, {});
    CHECK(problemsOf(input, u"schedule.no-feedback"_s).isEmpty());
    input.sessions.append(session(90, sunday.addDays(1), at(9), at(10), SessionKind::Travel));
    problems = problemsOf(input, u"schedule.no-feedback"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.contains(u"(Monday 16 March)"_s));
}

TEST_CASE("Themes no session serves, key questions none explores and groups none meets", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = scheduled();
    Theme housing = theme(ThemeKind::Focus, 6);
    housing.title = u"Housing"_s;
    housing.questions = {{QUuid::createUuid(), housing.id, u"Are rents collected?"_s, 1}};
    input.themes.append(housing);
    for (int q = 1; q <= 6; ++q)
        input.themes[0].questions.append(
            {QUuid::createUuid(), input.themes[0].id, u"Question %1?"_s.arg(q), double(q)});

    QList<Problem> problems = problemsOf(input, u"schedule.theme-not-served"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].record == housing.id);
    CHECK(problems[0].message
          == u"No session serves \u201cHousing\u201d: plan one, or mark the sessions that explore it."_s);

    // Housing's question is not reported as well: the theme's warning covers it.
    byNumber(input, 1).questions = {input.themes[0].questions[1].id};
    problems = problemsOf(input, u"schedule.question-not-served"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Advice);
    CHECK(problems[0].record == input.themes[0].id);
    CHECK(problems[0].message
          == u"No session explores these key questions of \u201cTheme 1\u201d: \u201cQuestion 1?\u201d, "
             u"\u201cQuestion 3?\u201d, \u201cQuestion 4?\u201d and 2 others. Mark the sessions that explore "
             u"them."_s);

    // A session that explores a theme's question serves the theme.
    byNumber(input, 2).questions = {housing.questions[0].id};
    CHECK(problemsOf(input, u"schedule.theme-not-served"_s).isEmpty());
    byNumber(input, 2).status = SessionStatus::Cancelled;
    CHECK(problemsOf(input, u"schedule.theme-not-served"_s).size() == 1);
    byNumber(input, 2).status = SessionStatus::Planned;

    input.themes[0].questions = {input.themes[0].questions[0], input.themes[0].questions[1]};
    problems = problemsOf(input, u"schedule.question-not-served"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message
          == u"No session explores the key question \u201cQuestion 1?\u201d of \u201cTheme 1\u201d: mark the "
             u"sessions that explore it."_s);

    CHECK(problemsOf(input, u"schedule.group-not-met"_s).isEmpty());
    for (Session& s : input.sessions)
        s.groups.removeIf([](const GroupMet& g) {
            return g.group == ParticipantGroup::Residents || g.group == ParticipantGroup::Partners;
        });
    problems = problemsOf(input, u"schedule.group-not-met"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Advice);
    CHECK(problems[0].message
          == u"No session meets Partners and Residents: plan sessions with them, or record who each session "
             u"meets."_s);
}

TEST_CASE("Too little time to travel between two places is a warning", "[schedule][rules]")
{
    const BritishLocale british;
    CheckInput input = scheduled();
    input.locations = {{locationId(u"Depot"_s), u"Depot"_s, 30, {}}};
    // Peer 1 and Peer 2 leave the Committee Room at 10:30 for an 11:00 visit to the depot: fine.
    Session depot = session(90, thursday, at(11), at(12), SessionKind::SiteVisit);
    depot.location = u"depot"_s;
    depot.team = {as(input.members[0]), as(input.members[1], SessionPart::NoteTaker)};
    input.sessions.append(depot);
    CHECK(problemsOf(input, u"schedule.travel-time"_s).isEmpty());

    input.sessions.last().start = at(10, 50);
    QList<Problem> problems = problemsOf(input, u"schedule.travel-time"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].record == depot.id);
    CHECK(problems[0].related == QList<QUuid>{byNumber(input, 1).id});
    CHECK(
        problems[0].message
        == u"Peer 1 and Peer 2 have 20 minutes to get from \u201cSession 1\u201d (Thursday 12 March, "
           u"09:00\u201310:30) at Committee Room to \u201cSession 90\u201d (Thursday 12 March, "
           u"10:50\u201312:00) at depot, and the journey takes 30 minutes: leave more time between them."_s);

    // A travel session in the gap does not make the gap longer.
    Session drive = session(91, thursday, at(10, 30), at(10, 50), SessionKind::Travel);
    drive.team = depot.team;
    input.sessions.append(drive);
    CHECK(problemsOf(input, u"schedule.travel-time"_s).size() == 1);

    // Places with no travel time set are not checked.
    input.locations = {{locationId(u"Hotel"_s), u"Hotel"_s, 0, {}}};
    CHECK(problemsOf(input, u"schedule.travel-time"_s).isEmpty());
}

TEST_CASE("Problems are listed under their session and each related one", "[schedule][rules]")
{
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    const QUuid c = QUuid::createUuid();
    const Problem clash{u"schedule.member-clash"_s, Severity::Blocking, Stage::Schedule, u"clash"_s, b, {a}};
    const Problem stretch{
        u"schedule.no-break"_s, Severity::Advice, Stage::Schedule, u"stretch"_s, c, {a, b, c}};
    const Problem nowhere{u"schedule.no-feedback"_s, Severity::Warning, Stage::Schedule, u"none"_s, {}, {}};
    const QHash<QUuid, QList<Problem>> bySession = problemsBySession({clash, stretch, nowhere});
    CHECK(bySession.size() == 3);
    CHECK(bySession.value(a) == QList<Problem>{clash, stretch});
    CHECK(bySession.value(b) == QList<Problem>{clash, stretch});
    CHECK(bySession.value(c) == QList<Problem>{stretch}); // once, though both record and related
    CHECK_FALSE(bySession.contains(QUuid()));
}

TEST_CASE("A thousand-session timetable yields exactly the clashes planted in it", "[schedule][rules]")
{
    CheckInput input = ready();
    input.members.clear();
    for (int i = 1; i <= 50; ++i)
        input.members.append(member(MemberRole::OfficerPeer, i));
    // Each member: five one-hour sessions a day for four days, in a room of their own.
    QHash<int, int> where; // member * 100 + day * 10 + slot -> index
    int n = 0;
    for (int m = 0; m < 50; ++m) {
        for (int d = 0; d < 4; ++d) {
            for (int k = 0; k < 5; ++k) {
                Session s = session(++n, thursday.addDays(d), at(9) + k * 90, at(10) + k * 90);
                s.team = {as(input.members[m], SessionPart::NoteTaker)};
                s.location = u"Room %1"_s.arg(m);
                where.insert(m * 100 + d * 10 + k, int(input.sessions.size()));
                input.sessions.append(s);
            }
        }
    }
    REQUIRE(input.sessions.size() == 1000);
    QSet<QSet<QUuid>> plantedMembers;
    const auto plantMember = [&](int m, int d, int k) { // member m + 1 joins member m's session
        Session& s = input.sessions[where.value(m * 100 + d * 10 + k)];
        s.team.append(as(input.members[m + 1]));
        plantedMembers.insert({s.id, input.sessions[where.value((m + 1) * 100 + d * 10 + k)].id});
    };
    plantMember(3, 0, 1);
    plantMember(10, 2, 4);
    plantMember(48, 3, 0);
    // Past midnight: member 40 works late on Thursday and early on Friday.
    Session late = session(++n, thursday, at(23, 30), at(24, 30), SessionKind::Other);
    Session early = session(++n, friday, at(0, 15), at(0, 45), SessionKind::Other);
    late.team = early.team = {as(input.members[40])};
    input.sessions += {late, early};
    plantedMembers.insert({late.id, early.id});
    // Not clashes: a touching session, and a cancelled overlapping one.
    Session touching = session(++n, thursday, at(10), at(10, 30), SessionKind::Other);
    touching.team = {as(input.members[7])};
    Session cancelled = session(++n, thursday, at(9, 30), at(10, 30), SessionKind::Other);
    cancelled.team = {as(input.members[8])};
    cancelled.location = u"Room 9"_s;
    cancelled.status = SessionStatus::Cancelled;
    input.sessions += {touching, cancelled};
    // One room clash: member 20 borrows member 21's room on Friday.
    Session& borrowed = input.sessions[where.value(2012)];
    borrowed.location = u"Room 21"_s;
    const QSet<QSet<QUuid>> plantedRooms{{borrowed.id, input.sessions[where.value(2112)].id}};
    sortSessions(input.sessions);

    const QList<Problem> problems = CheckRegistry::standard().run(input);
    QSet<QSet<QUuid>> memberClashes;
    QSet<QSet<QUuid>> roomClashes;
    for (const Problem& problem : problems) {
        const QSet<QUuid> pair{problem.record, problem.related.value(0)};
        if (problem.checkId == u"schedule.member-clash"_s || problem.checkId == u"schedule.room-clash"_s)
            CHECK(problem.related.size() == 1);
        if (problem.checkId == u"schedule.member-clash"_s)
            memberClashes.insert(pair);
        else if (problem.checkId == u"schedule.room-clash"_s)
            roomClashes.insert(pair);
        CHECK(problem.checkId != u"schedule.bad-times"_s);
    }
    CHECK(memberClashes == plantedMembers);
    CHECK(roomClashes == plantedRooms);
    CHECK(std::count_if(problems.cbegin(), problems.cend(),
                        [](const Problem& p) { return p.checkId == u"schedule.member-clash"_s; })
          == 4);
}
