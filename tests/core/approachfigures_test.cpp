// SPDX-License-Identifier: GPL-3.0-or-later
// The approach figures of issue 5: what counts as held, the counts on a known timetable, and the
// "more than N" rounding a report states them with.
#include "checkfixture.h"

#include "rules/approachfigures.h"

using namespace pc;
using namespace pc::test;

namespace {

const QDate thursday(2026, 3, 12);

Session session(const QDate& day, int start, int end, SessionKind kind, int team, int headcount = 0)
{
    Session s;
    s.id = QUuid::createUuid();
    s.day = day;
    s.start = start;
    s.end = end;
    s.kind = kind;
    for (int i = 0; i < team; ++i)
        s.team.append({QUuid::createUuid(), SessionPart::Observer});
    if (headcount > 0)
        s.groups = {{ParticipantGroup::Staff, headcount}};
    return s;
}

QDateTime london(const QDate& day, int hours, int minutes = 0)
{
    return QDateTime(day, QTime(hours, minutes), timetableZone());
}

} // namespace

TEST_CASE("A session is held when marked held, or over and not cancelled", "[schedule][approach]")
{
    Session s = session(thursday, 9 * 60, 10 * 60, SessionKind::Interview, 2);
    CHECK_FALSE(isHeld(s, london(thursday, 9, 59)));
    CHECK(isHeld(s, london(thursday, 10, 0)));                             // over at its end time
    CHECK(isHeld(s, QDateTime(thursday, QTime(10, 0), QTimeZone::utc()))); // 10:00 GMT is 10:00 in London
    s.status = SessionStatus::Held;
    CHECK(isHeld(s, london(thursday, 8)));
    s.status = SessionStatus::Cancelled;
    CHECK_FALSE(isHeld(s, london(thursday.addDays(7), 9)));

    // In British Summer Time 10:00 in London is 09:00 UTC.
    Session summer = session(QDate(2026, 6, 4), 9 * 60, 10 * 60, SessionKind::Interview, 1);
    CHECK(isHeld(summer, QDateTime(QDate(2026, 6, 4), QTime(9, 0), QTimeZone::utc())));
    CHECK_FALSE(isHeld(summer, QDateTime(QDate(2026, 6, 4), QTime(8, 30), QTimeZone::utc())));

    // A session past midnight ends the next day.
    Session late = session(thursday, 23 * 60, 25 * 60, SessionKind::Other, 1);
    CHECK_FALSE(isHeld(late, london(thursday, 23, 59)));
    CHECK(isHeld(late, london(thursday.addDays(1), 1)));
}

TEST_CASE("Approach figures count held meetings, people, team-hours and weeks", "[schedule][approach]")
{
    const QDate friday = thursday.addDays(1);
    Engagement engagement;
    engagement.setDate(Milestone::OnsiteStart, thursday);
    engagement.setDate(Milestone::OnsiteEnd, thursday.addDays(3));
    Session held = session(thursday.addDays(2), 10 * 60, 11 * 60, SessionKind::SiteVisit, 1, 5);
    held.status = SessionStatus::Held; // marked held ahead of its time
    Session cancelled = session(thursday, 14 * 60, 15 * 60, SessionKind::Interview, 2, 4);
    cancelled.status = SessionStatus::Cancelled;
    const QList<Session> sessions{
        session(thursday, 9 * 60, 10 * 60 + 30, SessionKind::Interview, 2, 3), // 180 person-minutes
        session(thursday, 11 * 60, 12 * 60, SessionKind::FocusGroup, 3, 12),   // 180
        session(thursday, 12 * 60, 13 * 60, SessionKind::Meal, 5),             // not team time
        session(thursday, 13 * 60, 13 * 60 + 45, SessionKind::Travel, 2),      // not team time
        session(thursday, 17 * 60, 18 * 60, SessionKind::TeamHuddle, 5),       // 300, not a meeting
        cancelled,
        session(friday, 9 * 60, 11 * 60, SessionKind::Workshop, 4, 20),            // 480
        session(friday, 11 * 60, 12 * 60, SessionKind::Interview, 2, 1),           // 120, ends at `now`
        session(friday, 11 * 60 + 30, 12 * 60 + 30, SessionKind::Interview, 2, 2), // not over yet
        held,                                                                      // 60
    };
    const QDateTime now = london(friday, 12);

    ApproachFigures figures = approachFigures(sessions, engagement, now);
    CHECK(figures.meetings == 5);
    CHECK(figures.peopleMet == 3 + 12 + 20 + 1 + 5);
    CHECK(figures.teamHours == Approx(22.0)); // 1,320 person-minutes
    CHECK(figures.personWeeks == Approx(22.0 / 37.5));
    CHECK(figures.onsiteDays == 4); // Thursday to Sunday, whatever was held

    engagement.weekHours = 22;
    CHECK(approachFigures(sessions, engagement, now).personWeeks == Approx(1.0));

    // Without the onsite dates: the days with a held session (Thursday, Friday, Saturday).
    engagement.setDate(Milestone::OnsiteEnd, {});
    CHECK(approachFigures(sessions, engagement, now).onsiteDays == 3);
    CHECK(approachFigures({}, engagement, now) == ApproachFigures{});
}

TEST_CASE("roundedBelow gives the multiple strictly below, or the figure itself", "[schedule][approach]")
{
    CHECK(roundedBelow(45, 5) == 40);
    CHECK(roundedBelow(46, 5) == 45);
    CHECK(roundedBelow(6, 5) == 5);
    CHECK(roundedBelow(5, 5) == 5);
    CHECK(roundedBelow(4, 5) == 4);
    CHECK(roundedBelow(0, 5) == 0);
    CHECK(roundedBelow(230, 10) == 220);
    CHECK(roundedBelow(231, 10) == 230);
    CHECK(roundedBelow(2, 1) == 1);
    CHECK(roundedBelow(1, 1) == 1);
}

TEST_CASE("Figures are stated as more than a round number, small ones exactly", "[schedule][approach]")
{
    const BritishLocale british;
    CHECK(moreThan(ApproachFigure::Meetings, 45) == u"more than 40 meetings and activities"_s);
    CHECK(moreThan(ApproachFigure::Meetings, 46) == u"more than 45 meetings and activities"_s);
    CHECK(moreThan(ApproachFigure::Meetings, 6) == u"more than 5 meetings and activities"_s);
    CHECK(moreThan(ApproachFigure::Meetings, 5) == u"5 meetings and activities"_s);
    CHECK(moreThan(ApproachFigure::Meetings, 4) == u"4 meetings and activities"_s);
    CHECK(moreThan(ApproachFigure::Meetings, 1) == u"1 meeting or activity"_s);
    CHECK(moreThan(ApproachFigure::People, 123) == u"more than 120 people"_s);
    CHECK(moreThan(ApproachFigure::People, 1234) == u"more than 1,230 people"_s);
    CHECK(moreThan(ApproachFigure::People, 1) == u"1 person"_s);
    CHECK(moreThan(ApproachFigure::People, 0) == u"0 people"_s);
    CHECK(moreThan(ApproachFigure::TeamHours, 233.5) == u"more than 230 hours"_s);
    CHECK(moreThan(ApproachFigure::TeamHours, 230) == u"more than 220 hours"_s);
    CHECK(moreThan(ApproachFigure::TeamHours, 230.25) == u"more than 230 hours"_s);
    CHECK(moreThan(ApproachFigure::TeamHours, 10.2) == u"more than 10 hours"_s);
    CHECK(moreThan(ApproachFigure::TeamHours, 10) == u"10 hours"_s);
    CHECK(moreThan(ApproachFigure::TeamHours, 7.5) == u"7.5 hours"_s);
    CHECK(moreThan(ApproachFigure::TeamHours, 1) == u"1 hour"_s);
    CHECK(moreThan(ApproachFigure::PersonWeeks, 6.2) == u"more than 6 weeks"_s);
    CHECK(moreThan(ApproachFigure::PersonWeeks, 6) == u"more than 5 weeks"_s);
    CHECK(moreThan(ApproachFigure::PersonWeeks, 1.5) == u"more than 1 week"_s);
    CHECK(moreThan(ApproachFigure::PersonWeeks, 1) == u"1 week"_s);
    CHECK(moreThan(ApproachFigure::PersonWeeks, 0.8) == u"0.8 weeks"_s);
    // A sum that lands a hair above a whole number is that number.
    CHECK(moreThan(ApproachFigure::PersonWeeks, 0.1 + 0.2 + 5.7) == u"more than 5 weeks"_s);
}

TEST_CASE("The approach sentence reads as a report states it", "[schedule][approach]")
{
    const BritishLocale british;
    ApproachFigures figures;
    figures.onsiteDays = 4;
    figures.meetings = 47;
    figures.peopleMet = 126;
    figures.teamHours = 233.5;
    figures.personWeeks = 233.5 / 37.5;
    CHECK(approachInWords(figures)
          == u"The team met more than 125 people in more than 45 meetings and activities over 4 days onsite, "
             u"and spent more than 230 hours gathering evidence: the equivalent of one person spending more "
             u"than 6 weeks on the challenge."_s);
    figures.onsiteDays = 1;
    figures.meetings = 1;
    CHECK(approachInWords(figures).startsWith(
        u"The team met more than 125 people in 1 meeting or activity over 1 "
        u"day onsite,"_s));
}
