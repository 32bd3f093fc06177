// SPDX-License-Identifier: GPL-3.0-or-later
// The timetable as a CSV: the export and the import of a council's spreadsheet.
#include "exchange/csvreader.h"
#include "exchange/schedulecsv.h"
#include "exchange/scheduleparse.h"

#include "support/testsupport.h"

using namespace pc;
using namespace pc::exchange;
using namespace Qt::StringLiterals;

namespace {

Member member(const QString& id, const QString& name)
{
    Member m;
    m.id = QUuid::fromString(id);
    m.name = name;
    return m;
}

Theme theme(const QString& id, const QString& title)
{
    Theme t;
    t.id = QUuid::fromString(id);
    t.title = title;
    return t;
}

const QList<Member> members = {member(u"{0a0a0a0a-0000-4000-8000-000000000001}"_s, u"Ann Smith"_s),
                               member(u"{0b0b0b0b-0000-4000-8000-000000000002}"_s, u"Bob Jones"_s),
                               member(u"{0c0c0c0c-0000-4000-8000-000000000003}"_s, u"Cara O'Neill"_s)};
const QList<Theme> themes = {theme(u"{0d0d0d0d-0000-4000-8000-000000000004}"_s, u"Governance and culture"_s),
                             theme(u"{0e0e0e0e-0000-4000-8000-000000000005}"_s, u"Finance, and assets"_s)};

QHash<QUuid, QString> memberNames()
{
    QHash<QUuid, QString> names;
    for (const Member& m : members)
        names.insert(m.id, m.name);
    return names;
}

QHash<QUuid, QString> themeTitles()
{
    QHash<QUuid, QString> titles;
    for (const Theme& t : themes)
        titles.insert(t.id, t.title);
    return titles;
}

QList<Session> timetable()
{
    Session interview;
    interview.id = QUuid::createUuid();
    interview.day = QDate(2026, 3, 10);
    interview.start = 9 * 60 + 30;
    interview.end = 10 * 60 + 45;
    interview.kind = SessionKind::Interview;
    interview.title = u"Leader, and chief executive"_s;
    interview.location = u"Committee Room 2"_s;
    interview.status = SessionStatus::Confirmed;
    interview.notes = u"Ask about \"the plan\";\nthen the budget, line by line."_s;
    interview.team = {{members[0].id, SessionPart::LeadQuestioner},
                      {members[1].id, SessionPart::Observer},
                      {members[2].id, SessionPart::NoteTaker}};
    interview.themes = {themes[1].id, themes[0].id};
    interview.groups = {{ParticipantGroup::PoliticalLeadership, 1}, {ParticipantGroup::SeniorOfficers, 2}};
    interview.attendees = {QUuid::createUuid()};

    Session dinner;
    dinner.id = QUuid::createUuid();
    dinner.day = QDate(2026, 3, 10);
    dinner.start = 22 * 60;
    dinner.end = 24 * 60 + 30;
    dinner.kind = SessionKind::Meal;
    dinner.title = u"=Team dinner"_s; // a spreadsheet would run this as a formula
    dinner.status = SessionStatus::Cancelled;
    dinner.team = {{members[1].id, SessionPart::Observer}};

    Session focus;
    focus.id = QUuid::createUuid();
    focus.day = QDate(2026, 3, 11);
    focus.start = 14 * 60;
    focus.end = 15 * 60 + 30;
    focus.kind = SessionKind::FocusGroup;
    focus.title = u"Frontline staff"_s;
    focus.status = SessionStatus::Moved;
    focus.team = {{members[0].id, SessionPart::NoteTaker}};
    focus.groups = {{ParticipantGroup::Staff, 12}, {ParticipantGroup::Partners, 0}};
    return {focus, dinner, interview};
}

csv::ImportResult<Session> importText(const QByteArray& bytes)
{
    const csv::CsvTable table = csv::read(bytes);
    return sessionsFromCsv(table, csv::guessMapping(table.header, sessionColumns()), members, themes);
}

/// The import's problems as "Line n: ..." sentences.
QStringList problemsOf(const csv::ImportResult<Session>& result)
{
    QStringList lines;
    for (const csv::RowProblem& problem : result.problems)
        lines.append(csv::describe(problem));
    return lines;
}

/// What survives a CSV: everything but the id, key questions and named attendees.
Session exported(Session session)
{
    session.id = QUuid();
    session.questions.clear();
    session.attendees.clear();
    return session;
}

const QByteArray header = "Day,Start,End,Kind,Title,Location,Team,Themes,Notes\r\n";

} // namespace

TEST_CASE("The timetable CSV has one row per session in timetable order with readable values",
          "[schedule][csv]")
{
    const QByteArray bytes = scheduleToCsv(timetable(), memberNames(), themeTitles());
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const csv::CsvTable table = csv::read(bytes);
    CHECK(table.header
          == QStringList{u"Day"_s, u"Start"_s, u"End"_s, u"Kind"_s, u"Title"_s, u"Location"_s, u"Status"_s,
                         u"Team"_s, u"Themes"_s, u"Groups met"_s, u"Notes"_s});
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0]
          == QStringList{u"2026-03-10"_s, u"09:30"_s, u"10:45"_s, u"Interview"_s,
                         u"Leader, and chief executive"_s, u"Committee Room 2"_s, u"Confirmed"_s,
                         u"Ann Smith (lead questioner); Bob Jones; Cara O'Neill (note-taker)"_s,
                         u"Finance, and assets; Governance and culture"_s,
                         u"Political leadership 1; Senior officers 2"_s,
                         u"Ask about \"the plan\";\nthen the budget, line by line."_s});
    CHECK(table.rows[1].mid(0, 7)
          == QStringList{u"2026-03-10"_s, u"22:00"_s, u"24:30"_s, u"Meal or break"_s, u"'=Team dinner"_s,
                         QString(), u"Cancelled"_s});
    CHECK(table.rows[2].at(9) == u"Staff 12; Partners"_s);
}

TEST_CASE("A member's CSV holds only the sessions they attend", "[schedule][csv]")
{
    const QByteArray bytes = scheduleToCsv(timetable(), memberNames(), themeTitles(), members[0].id);
    const csv::CsvTable table = csv::read(bytes);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].at(4) == u"Leader, and chief executive"_s);
    CHECK(table.rows[1].at(4) == u"Frontline staff"_s);
}

TEST_CASE("The exported CSV imports back to the same sessions", "[schedule][csv]")
{
    QList<Session> sessions = timetable();
    sortSessions(sessions);
    const csv::ImportResult<Session> result =
        importText(scheduleToCsv(sessions, memberNames(), themeTitles()));
    INFO(problemsOf(result).join(u'\n').toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == sessions.size());
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        INFO(sessions[i].title.toStdString());
        CHECK(result.records[i] == exported(sessions[i]));
    }
}

TEST_CASE("The import reads the day and time formats councils write", "[schedule][csv]")
{
    CHECK(parseDay(u"2026-03-10"_s).date == QDate(2026, 3, 10));
    CHECK(parseDay(u"10/03/2026"_s).date == QDate(2026, 3, 10));
    CHECK(parseDay(u"Tue 10 Mar 2026"_s).date == QDate(2026, 3, 10));
    CHECK(parseDay(u"10 March 2026"_s).date == QDate(2026, 3, 10));
    CHECK(parseDay(u"Tuesday, 10th March 2026"_s).date == QDate(2026, 3, 10));
    CHECK(parseDay(u"10-Mar-2026"_s).date == QDate(2026, 3, 10));
    CHECK(parseDay(u"1 Sept 2026"_s).date == QDate(2026, 9, 1));
    CHECK(parseDay(u"31/02/2026"_s).date.isNull());
    CHECK(parseDay(u"next Tuesday"_s).date.isNull());
    CHECK(parseDay(u"Wed 10 Mar 2026"_s).problem.contains(u"Tuesday"_s));

    CHECK(parseClockTime(u"09:30"_s) == 570);
    CHECK(parseClockTime(u"9.30"_s) == 570);
    CHECK(parseClockTime(u"0930"_s) == 570);
    CHECK(parseClockTime(u"09:30:00"_s) == 570);
    CHECK(parseClockTime(u"9:30am"_s) == 570);
    CHECK(parseClockTime(u"2pm"_s) == 840);
    CHECK(parseClockTime(u"12 am"_s) == 0);
    CHECK(parseClockTime(u"12pm"_s) == 720);
    CHECK(parseClockTime(u"24:30"_s) == 1470);
    CHECK_FALSE(parseClockTime(u"25pm"_s));
    CHECK_FALSE(parseClockTime(u"9:75"_s));
    CHECK_FALSE(parseClockTime(u"soon"_s));

    CHECK(parseSessionKind(u"focus-group"_s) == SessionKind::FocusGroup);
    CHECK(parseSessionKind(u"FOCUS GROUP"_s) == SessionKind::FocusGroup);
    CHECK(parseSessionKind(u"Lunch"_s) == SessionKind::Meal);
    CHECK_FALSE(parseSessionKind(u"Karaoke"_s));
}

TEST_CASE("A council's spreadsheet imports with defaults for what it leaves out", "[schedule][csv]")
{
    const csv::ImportResult<Session> result =
        importText("Date,Time,Session,Venue,Peers,Theme\r\n"
                   "Tue 10 Mar 2026,9:30am,Meet the Leader,Civic Centre,ann smith (LEAD); BOB JONES,"
                   "governance and culture\r\n"
                   "11/03/2026,14.00,Depot visit,,,\r\n");
    INFO(problemsOf(result).join(u'\n').toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 2);
    const Session& first = result.records[0];
    CHECK(first.id.isNull());
    CHECK(first.day == QDate(2026, 3, 10));
    CHECK(first.start == 570);
    CHECK(first.end == 630); // an hour when no end is given
    CHECK(first.kind == Session().kind);
    CHECK(first.status == SessionStatus::Planned);
    CHECK(first.location == u"Civic Centre"_s);
    CHECK(first.team
          == QList<SessionAttendance>{{members[0].id, SessionPart::LeadQuestioner},
                                      {members[1].id, SessionPart::Observer}});
    CHECK(first.themes == QList<QUuid>{themes[0].id});
    CHECK(result.records[1].team.isEmpty());
}

TEST_CASE("Quoted commas and a byte order mark import as written", "[schedule][csv]")
{
    const csv::ImportResult<Session> result = importText(
        "\xEF\xBB\xBF" + header
        + "2026-03-10,10:00,11:00,Focus group,\"Staff, partners and residents\",\"Room 1, Floor 2\","
          "\"Ann Smith, Cara O'Neill (note-taker)\",\"Finance, and assets\",\"One, two\"\r\n");
    INFO(problemsOf(result).join(u'\n').toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 1);
    CHECK(result.records[0].title == u"Staff, partners and residents"_s);
    CHECK(result.records[0].location == u"Room 1, Floor 2"_s);
    CHECK(result.records[0].kind == SessionKind::FocusGroup);
    CHECK(result.records[0].team.size() == 2);
    CHECK(result.records[0].themes == QList<QUuid>{themes[1].id});
    CHECK(result.records[0].notes == u"One, two"_s);
}

TEST_CASE("A bad row is reported with its line and reason and nothing is imported", "[schedule][csv]")
{
    const QByteArray good = "2026-03-10,09:00,10:00,Interview,Good row,,,,\r\n";
    QByteArray bad;
    QString expected;
    SECTION("a missing required column")
    {
        const csv::ImportResult<Session> result =
            importText("Day,End,Title\r\n2026-03-10,10:00,Without a start\r\n");
        CHECK(result.records.isEmpty());
        CHECK(problemsOf(result) == QStringList{u"Line 1: the required column \"Start\" is missing."_s});
        return;
    }
    SECTION("a bad date")
    {
        bad = "32/03/2026,09:00,10:00,Interview,Bad,,,,\r\n";
        expected = u"Line 3: the day \"32/03/2026\" is not a date"_s;
    }
    SECTION("a weekday that does not match the date")
    {
        bad = "Wed 10 Mar 2026,09:00,10:00,Interview,Bad,,,,\r\n";
        expected = u"Line 3: the day \"Wed 10 Mar 2026\" says Wednesday, but 10 March 2026 is a Tuesday"_s;
    }
    SECTION("a bad time")
    {
        bad = "2026-03-10,nine,10:00,Interview,Bad,,,,\r\n";
        expected = u"Line 3: the start \"nine\" is not a time of day"_s;
    }
    SECTION("an end before the start")
    {
        bad = "2026-03-10,11:00,10:00,Interview,Bad,,,,\r\n";
        expected = u"Line 3: the end 10:00 is not after the start 11:00"_s;
    }
    SECTION("an unknown member")
    {
        bad = "2026-03-10,11:00,12:00,Interview,Bad,,Ann Smith; Zed Zulu; Yan,,\r\n";
        expected = u"Line 3: no team member is called \"Zed Zulu\", \"Yan\""_s;
    }
    SECTION("an unknown kind and an empty title")
    {
        bad = "2026-03-10,11:00,12:00,Karaoke,,,,,\r\n";
        expected = u"Line 3: the title is empty; unknown kind \"Karaoke\""_s;
    }
    const csv::ImportResult<Session> result = importText(header + good + bad + good);
    CHECK(result.records.isEmpty());
    REQUIRE(problemsOf(result).size() == 1);
    CHECK(problemsOf(result).constFirst().startsWith(expected));
}
