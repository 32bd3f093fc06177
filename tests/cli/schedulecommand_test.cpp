// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge-cli export --what schedule: the timetable as a calendar, a CSV or a PDF.
#include "clisandbox.h"

#include "exchange/csvreader.h"
#include "exchange/schedulecsv.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"

#include <QFileInfo>
#include <QProcess>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

/// An engagement with two members, a theme and three sessions: Ann leads the interview, Bob alone
/// goes to the depot, and the dinner is cancelled.
QString scheduleFile(const CliSandbox& sandbox)
{
    const QString path = sandbox.path(u"schedule.peerchallenge"_s);
    TestDevice device;
    auto file = makeEngagement(path, device, u"Northmoor peer challenge"_s);
    EngagementFile::Edit edit(*file);
    TeamRepository team(file->records());
    Member ann;
    ann.name = u"Ann Smith"_s;
    const QUuid annId = team.addMember(ann);
    Member bob;
    bob.name = u"Bob Jones"_s;
    const QUuid bobId = team.addMember(bob);
    Theme governance;
    governance.title = u"Governance and culture"_s;
    const QUuid themeId = ScopeRepository(file->records()).addTheme(governance);

    ScheduleRepository schedule(file->records());
    Session interview;
    interview.day = QDate(2026, 6, 16);
    interview.start = 9 * 60 + 30;
    interview.end = 10 * 60 + 30;
    interview.title = u"Leader, chief executive"_s;
    interview.location = u"Committee Room 2"_s;
    interview.status = SessionStatus::Confirmed;
    interview.team = {{annId, SessionPart::LeadQuestioner}, {bobId, SessionPart::Observer}};
    interview.themes = {themeId};
    schedule.addSession(interview);
    Session depot;
    depot.day = QDate(2026, 6, 17);
    depot.start = 14 * 60;
    depot.end = 15 * 60;
    depot.kind = SessionKind::SiteVisit;
    depot.title = u"Depot visit"_s;
    depot.team = {{bobId, SessionPart::LeadQuestioner}};
    schedule.addSession(depot);
    Session dinner;
    dinner.day = QDate(2026, 6, 16);
    dinner.start = 22 * 60;
    dinner.end = 24 * 60 + 30;
    dinner.kind = SessionKind::Meal;
    dinner.title = u"Team dinner"_s;
    dinner.status = SessionStatus::Cancelled;
    dinner.team = {{annId, SessionPart::Observer}, {bobId, SessionPart::Observer}};
    schedule.addSession(dinner);
    edit.commit();
    return path;
}

QStringList scheduleArguments(const QString& file, const QString& format, const QString& out)
{
    return {u"export"_s, file, u"--what"_s, u"schedule"_s, u"--format"_s, format, u"-o"_s, out};
}

QStringList lineValues(const QByteArray& calendar, const QByteArray& name)
{
    QStringList values;
    for (const QByteArray& line : QByteArray(calendar).replace("\r\n ", "").split('\n')) {
        if (line.startsWith(name + ':') || line.startsWith(name + ';'))
            values.append(QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed()));
    }
    return values;
}

} // namespace

TEST_CASE("export --what schedule --format ics writes a calendar of the timetable", "[cli][schedule]")
{
    const CliSandbox sandbox;
    const QString file = scheduleFile(sandbox);
    const QString out = sandbox.path(u"timetable.ics"_s);
    const CliResult result = sandbox.run(scheduleArguments(file, u"ics"_s, out));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QByteArray calendar = readAll(out);
    CHECK(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(lineValues(calendar, "SUMMARY")
          == QStringList{u"Leader\\, chief executive"_s, u"Team dinner"_s, u"Depot visit"_s});
    CHECK(lineValues(calendar, "STATUS") == QStringList{u"CONFIRMED"_s, u"CANCELLED"_s, u"TENTATIVE"_s});
    CHECK(lineValues(calendar, "DTEND").at(1) == u"20260617T003000"_s);
    CHECK(lineValues(calendar, "X-WR-CALNAME")
          == QStringList{u"Northmoor peer challenge – onsite timetable"_s});

    SECTION("a member's calendar has their sessions under the same UIDs")
    {
        const QString anns = sandbox.path(u"ann.ics"_s);
        QStringList arguments = scheduleArguments(file, u"ics"_s, anns);
        arguments << u"--member"_s << u"ann SMITH"_s;
        const CliResult member = sandbox.run(arguments);
        INFO(member.err.toStdString());
        REQUIRE(member.exitCode == 0);
        const QStringList uids = lineValues(calendar, "UID");
        CHECK(lineValues(readAll(anns), "UID") == QStringList{uids.at(0), uids.at(1)});
        CHECK(lineValues(readAll(anns), "X-WR-CALNAME").constFirst().startsWith(u"Agenda for Ann Smith"_s));
    }
    SECTION("to standard output")
    {
        const CliResult stdoutResult = sandbox.run(scheduleArguments(file, u"ics"_s, u"-"_s));
        REQUIRE(stdoutResult.exitCode == 0);
        CHECK(lineValues(stdoutResult.outBytes, "UID") == lineValues(calendar, "UID"));
    }
}

TEST_CASE("export --what schedule --format csv writes a CSV the import reads back", "[cli][schedule]")
{
    const CliSandbox sandbox;
    const QString file = scheduleFile(sandbox);
    const QString out = sandbox.path(u"timetable.csv"_s);
    QStringList arguments = scheduleArguments(file, u"csv"_s, out);
    arguments << u"--member"_s << u"Bob Jones"_s;
    const CliResult result = sandbox.run(arguments);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);

    TestDevice device;
    OpenOptions options;
    options.readOnly = true;
    options.dailyBackup = false;
    auto engagement = EngagementFile::open(file, device.installation, options);
    const csv::CsvTable table = csv::read(readAll(out));
    const csv::ImportResult<Session> imported = exchange::sessionsFromCsv(
        table, csv::guessMapping(table.header, exchange::sessionColumns()),
        TeamRepository(engagement->records()).members(), ScopeRepository(engagement->records()).themes());
    REQUIRE(imported.ok());
    const QList<Session> sessions = ScheduleRepository(engagement->records()).sessions();
    REQUIRE(imported.records.size() == 3); // Bob attends all three
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        Session expected = sessions[i];
        expected.id = QUuid();
        CHECK(imported.records[i] == expected);
    }
}

TEST_CASE("export --what schedule --format pdf writes the timetable or a member's agenda", "[cli][schedule]")
{
    const CliSandbox sandbox;
    const QString file = scheduleFile(sandbox);
    const QString out = sandbox.path(u"agenda.pdf"_s);
    QStringList arguments = scheduleArguments(file, u"pdf"_s, out);
    arguments << u"--member"_s << u"Ann Smith"_s;
    const CliResult result = sandbox.run(arguments);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(readAll(out).startsWith("%PDF-"));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, out, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(text.contains(u"Agenda for Ann Smith"_s));
    CHECK(text.contains(u"Leader, chief executive"_s));
    CHECK(text.contains(u"Tuesday 16 June 2026"_s));
    CHECK_FALSE(text.contains(u"Depot visit"_s));
    CHECK(text.contains(u"Page 1 of 1"_s));
}

TEST_CASE("export --what schedule refuses an unknown member, format or output", "[cli][schedule]")
{
    const CliSandbox sandbox;
    const QString file = scheduleFile(sandbox);
    const QString out = sandbox.path(u"out"_s);
    SECTION("an unknown member")
    {
        QStringList arguments = scheduleArguments(file, u"ics"_s, out);
        arguments << u"--member"_s << u"Zed Zulu"_s;
        const CliResult result = sandbox.run(arguments);
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"no team member called \"Zed Zulu\""_s));
    }
    SECTION("an unknown format")
    {
        const CliResult result = sandbox.run(scheduleArguments(file, u"docx"_s, out));
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"\"docx\""_s));
    }
    SECTION("no format")
    {
        const CliResult result = sandbox.run({u"export"_s, file, u"--what"_s, u"schedule"_s, u"-o"_s, out});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"--format ics, csv or pdf"_s));
    }
    SECTION("a PDF to standard output")
    {
        const CliResult result = sandbox.run(scheduleArguments(file, u"pdf"_s, u"-"_s));
        CHECK(result.exitCode == 2);
        CHECK(result.out.isEmpty());
    }
    SECTION("--member with an engagement export")
    {
        const CliResult result = sandbox.run({u"export"_s, file, u"--what"_s, u"engagement"_s, u"--format"_s,
                                              u"json"_s, u"--member"_s, u"Ann Smith"_s, u"-o"_s, out});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"--member"_s));
    }
    CHECK_FALSE(QFileInfo::exists(out));
}
