// SPDX-License-Identifier: GPL-3.0-or-later
// The timetable as an RFC 5545 calendar (core/exchange/icalendar).
#include "exchange/icalendar.h"

#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace pc;
using namespace pc::exchange;
using namespace Qt::StringLiterals;

namespace {

const QUuid ann = QUuid::fromString(u"{0a0a0a0a-0000-4000-8000-000000000001}"_s);
const QUuid bob = QUuid::fromString(u"{0b0b0b0b-0000-4000-8000-000000000002}"_s);
const QUuid governance = QUuid::fromString(u"{0c0c0c0c-0000-4000-8000-000000000003}"_s);
const QUuid councilOfficer = QUuid::fromString(u"{0d0d0d0d-0000-4000-8000-000000000004}"_s);

Session session(const QString& id, const QDate& day, int start, int end, const QString& title)
{
    Session s;
    s.id = QUuid::fromString(id);
    s.day = day;
    s.start = start;
    s.end = end;
    s.title = title;
    return s;
}

/// A summer interview, a winter dinner that ends after midnight, and a cancelled visit Bob alone
/// was to make.
QList<Session> timetable()
{
    Session summer = session(u"{11111111-1111-4111-8111-111111111111}"_s, QDate(2026, 6, 16), 9 * 60 + 30,
                             10 * 60 + 30, u"Leader, chief executive; and the \\ \"cabinet\""_s);
    summer.location = u"Committee Room 2, Town Hall"_s;
    summer.status = SessionStatus::Confirmed;
    summer.team = {{ann, SessionPart::LeadQuestioner}, {bob, SessionPart::Observer}};
    summer.themes = {governance};
    summer.notes = u"Bring the draft scope.\nAsk about the budget."_s;
    summer.attendees = {councilOfficer};

    Session winter = session(u"{22222222-2222-4222-8222-222222222222}"_s, QDate(2026, 3, 10), 23 * 60,
                             24 * 60 + 30, u"Late dinner"_s);
    winter.kind = SessionKind::Meal;
    winter.status = SessionStatus::Planned;
    winter.team = {{ann, SessionPart::Observer}};

    Session cancelled = session(u"{33333333-3333-4333-8333-333333333333}"_s, QDate(2026, 3, 11), 14 * 60,
                                15 * 60, u"Depot visit"_s);
    cancelled.kind = SessionKind::SiteVisit;
    cancelled.status = SessionStatus::Cancelled;
    cancelled.team = {{bob, SessionPart::NoteTaker}};
    return {summer, winter, cancelled};
}

CalendarOptions options(const QDateTime& stamp = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC))
{
    CalendarOptions o;
    o.calendarName = u"Northmoor peer challenge"_s;
    o.memberNames = {{ann, u"Ann Smith"_s}, {bob, u"Bob Jones"_s}};
    o.themeTitles = {{governance, u"Governance and culture"_s}};
    o.stamp = stamp;
    o.productId = u"-//PeerChallenge//Tests//EN"_s;
    return o;
}

/// The content lines of a calendar with folding undone (RFC 5545 3.1).
QStringList unfolded(const QByteArray& calendar)
{
    QByteArray joined = calendar;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

/// The value of every line whose name (before ':' or ';') is `name`, for each VEVENT in order.
QStringList eventValues(const QByteArray& calendar, const QString& name)
{
    QStringList values;
    bool inEvent = false;
    for (const QString& line : unfolded(calendar)) {
        if (line == u"BEGIN:VEVENT"_s)
            inEvent = true;
        else if (line == u"END:VEVENT"_s)
            inEvent = false;
        else if (inEvent && (line.startsWith(name + u':') || line.startsWith(name + u';')))
            values.append(line.mid(line.indexOf(u':') + 1));
    }
    return values;
}

} // namespace

TEST_CASE("Calendar text escapes backslashes, semicolons, commas and line breaks", "[schedule][ics]")
{
    CHECK(escapeCalendarText(u"a\\b;c,d\ne\r\nf"_s) == u"a\\\\b\\;c\\,d\\ne\\nf"_s);
    CHECK(escapeCalendarText(u"plain: text"_s) == u"plain: text"_s);

    const QByteArray calendar = scheduleToICalendar(timetable(), options());
    CHECK(eventValues(calendar, u"SUMMARY"_s)
              .contains(u"Leader\\, chief executive\\; and the \\\\ \"cabinet\""_s));
    CHECK(eventValues(calendar, u"LOCATION"_s) == QStringList{u"Committee Room 2\\, Town Hall"_s});
    CHECK(unfolded(calendar).contains(u"X-WR-CALNAME:Northmoor peer challenge"_s));
}

TEST_CASE("Every calendar line ends in CRLF and is at most 75 octets, folded between whole characters",
          "[schedule][ics]")
{
    SECTION("one long line, folded at every offset of a multi-byte character")
    {
        for (int prefix = 0; prefix < 4; ++prefix) {
            const QString line = u"SUMMARY:"_s + QString(prefix, u'x') + QString(60, QChar(0x00E9))
                                 + QString::fromUtf8("\xE2\x9C\x93\xF0\x9F\x93\x85").repeated(20);
            const QByteArray folded = foldCalendarLine(line);
            REQUIRE(folded.endsWith("\r\n"));
            const QList<QByteArray> physical = folded.chopped(2).split('\n');
            CHECK(physical.size() > 2);
            for (qsizetype i = 0; i < physical.size(); ++i) {
                QByteArray piece = physical.at(i);
                if (i + 1 < physical.size()) {
                    REQUIRE(piece.endsWith('\r'));
                    piece.chop(1);
                }
                CHECK(piece.size() <= 75);
                if (i > 0) {
                    REQUIRE(piece.startsWith(' '));
                    piece.remove(0, 1);
                }
                // Each piece is whole UTF-8 on its own: no sequence was split.
                QStringDecoder decoder(QStringDecoder::Utf8);
                (void)QString(decoder(piece));
                CHECK_FALSE(decoder.hasError());
            }
            CHECK(unfolded(folded) == QStringList{line});
        }
    }
    SECTION("a whole calendar with long, accented text")
    {
        QList<Session> sessions = timetable();
        sessions[0].title =
            u"Réunion with the Leader — “Strategic” priorities, œuvres, café ✓ "_s.repeated(4);
        sessions[0].notes = QString(300, QChar(0x00E9));
        const QByteArray calendar = scheduleToICalendar(sessions, options());
        CHECK_FALSE(calendar.contains("\r\r"));
        CHECK(QByteArray(calendar).replace("\r\n", "").count('\n') == 0); // no bare line feeds
        for (const QByteArray& line : calendar.split('\n')) {
            CHECK(line.size() <= 76); // 75 octets and the CR of the CRLF
            QStringDecoder decoder(QStringDecoder::Utf8);
            (void)QString(decoder(line));
            CHECK_FALSE(decoder.hasError());
        }
        CHECK(eventValues(calendar, u"SUMMARY"_s).constLast() == escapeCalendarText(sessions[0].title));
    }
}

TEST_CASE("An event's UID comes from the session id alone, in every export and for every member",
          "[schedule][ics]")
{
    const QList<Session> sessions = timetable();
    const QByteArray first = scheduleToICalendar(sessions, options());
    const QByteArray later =
        scheduleToICalendar(sessions, options(QDateTime(QDate(2026, 3, 9), QTime(17, 45), Qt::UTC)));
    CalendarOptions annsOptions = options();
    annsOptions.member = ann;
    const QByteArray anns = scheduleToICalendar(sessions, annsOptions);

    const QStringList uids = eventValues(first, u"UID"_s);
    // In timetable order: the winter dinner, the cancelled visit, the summer interview.
    CHECK(uids
          == QStringList{u"22222222-2222-4222-8222-222222222222@peerchallenge"_s,
                         u"33333333-3333-4333-8333-333333333333@peerchallenge"_s,
                         u"11111111-1111-4111-8111-111111111111@peerchallenge"_s});
    CHECK(eventValues(later, u"UID"_s) == uids);
    CHECK(eventValues(later, u"DTSTAMP"_s).constFirst() == u"20260309T174500Z"_s);
    CHECK(eventValues(anns, u"UID"_s) == QStringList{uids.at(0), uids.at(2)}); // not Bob's visit
    CHECK(calendarUid(sessions.at(0).id) == uids.at(2));
}

TEST_CASE("Calendar times are London wall-clock times and a session past midnight ends the next day",
          "[schedule][ics]")
{
    const QByteArray calendar = scheduleToICalendar(timetable(), options());
    CHECK(eventValues(calendar, u"DTSTART"_s)
          == QStringList{u"20260310T230000"_s, u"20260311T140000"_s, u"20260616T093000"_s});
    CHECK(eventValues(calendar, u"DTEND"_s)
          == QStringList{u"20260311T003000"_s, u"20260311T150000"_s, u"20260616T103000"_s});
    CHECK(unfolded(calendar).contains(u"DTEND;TZID=Europe/London:20260311T003000"_s));
    CHECK(eventValues(calendar, u"DTSTAMP"_s) == QStringList(3, u"20260301T080000Z"_s));
    const QStringList lines = unfolded(calendar);
    for (const QString& expected :
         {u"BEGIN:VTIMEZONE"_s, u"TZID:Europe/London"_s, u"TZNAME:BST"_s, u"TZNAME:GMT"_s,
          u"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"_s, u"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"_s,
          u"DTSTART:19700329T010000"_s, u"DTSTART:19701025T020000"_s, u"VERSION:2.0"_s,
          u"PRODID:-//PeerChallenge//Tests//EN"_s, u"CALSCALE:GREGORIAN"_s})
        CHECK(lines.contains(expected));
    CHECK(lines.constFirst() == u"BEGIN:VCALENDAR"_s);
    CHECK(lines.constLast() == u"END:VCALENDAR"_s);
}

TEST_CASE("Cancelled sessions are exported as CANCELLED so calendars drop them; statuses map",
          "[schedule][ics]")
{
    QList<Session> sessions = timetable();
    sessions.append(
        session(u"{44444444-4444-4444-8444-444444444444}"_s, QDate(2026, 3, 12), 9 * 60, 10 * 60, u"Held"_s));
    sessions.last().status = SessionStatus::Held;
    sessions.append(session(u"{55555555-5555-4555-8555-555555555555}"_s, QDate(2026, 3, 12), 11 * 60, 12 * 60,
                            u"Moved"_s));
    sessions.last().status = SessionStatus::Moved;
    const QByteArray calendar = scheduleToICalendar(sessions, options());
    CHECK(eventValues(calendar, u"STATUS"_s)
          == QStringList{u"TENTATIVE"_s, u"CANCELLED"_s, u"CONFIRMED"_s, u"TENTATIVE"_s, u"CONFIRMED"_s});
    CHECK(eventValues(calendar, u"CATEGORIES"_s).first(2)
          == QStringList{u"Meal or break"_s, u"Site visit"_s});
    CHECK(eventValues(calendar, u"SEQUENCE"_s) == QStringList(5, u"0"_s));
}

TEST_CASE("The event description gives kind, team with parts, themes and notes, never the named attendees",
          "[schedule][ics]")
{
    const QByteArray calendar = scheduleToICalendar(timetable(), options());
    CHECK(eventValues(calendar, u"DESCRIPTION"_s).constLast()
          == u"Interview\\nTeam: Ann Smith (lead questioner)\\, Bob Jones\\nThemes: Governance and culture"
             u"\\n\\nBring the draft scope.\\nAsk about the budget."_s);
    CHECK_FALSE(calendar.contains(councilOfficer.toString(QUuid::WithoutBraces).toLatin1()));
}

TEST_CASE("A calendar parser reads every event back with Europe/London offsets", "[schedule][ics]")
{
    const QString python = u"/usr/bin/python3"_s;
    // The README's test command installs the reader; without it the case fails rather than passes unread.
    INFO("needs python3-icalendar: `sh cmake/bootstrap.sh test` installs it");
    REQUIRE(QProcess::execute(python, {u"-c"_s, u"import icalendar"_s}) == 0);
    const test::TempFolder folder;
    const QString path = folder.path(u"timetable.ics"_s);
    test::writeAll(path, scheduleToICalendar(timetable(), options()));
    const QString script = uR"(import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for e in cal.walk('VEVENT'):
    print('|'.join([str(e['UID']), str(e['SUMMARY']), e['DTSTART'].dt.isoformat(),
                    e['DTEND'].dt.isoformat(), str(e['STATUS'])]))
)"_s;
    QProcess process;
    process.start(python, {u"-c"_s, script, path});
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    const QStringList events =
        QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(events.size() == 3);
    // Winter: GMT, and the dinner ends at half past midnight the next day.
    CHECK(events.at(0)
          == u"22222222-2222-4222-8222-222222222222@peerchallenge|Late dinner|2026-03-10T23:00:00+00:00|"
             u"2026-03-11T00:30:00+00:00|TENTATIVE"_s);
    CHECK(events.at(1)
          == u"33333333-3333-4333-8333-333333333333@peerchallenge|Depot visit|2026-03-11T14:00:00+00:00|"
             u"2026-03-11T15:00:00+00:00|CANCELLED"_s);
    // Summer: BST, one hour ahead of UTC; the escaped title comes back as written.
    CHECK(events.at(2)
          == u"11111111-1111-4111-8111-111111111111@peerchallenge|Leader, chief executive; and the \\ "
             u"\"cabinet\"|"
             u"2026-06-16T09:30:00+01:00|2026-06-16T10:30:00+01:00|CONFIRMED"_s);
}
