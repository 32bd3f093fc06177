// SPDX-License-Identifier: GPL-3.0-or-later
// The printed timetable (core/report/schedulepdf), read back with poppler's pdftotext and pdfinfo.
#include "report/schedulepdf.h"

#include "common/error.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QRegularExpression>

using namespace pc;
using namespace Qt::StringLiterals;

namespace {

const QUuid ann = QUuid::fromString(u"{0a0a0a0a-0000-4000-8000-000000000001}"_s);
const QUuid bob = QUuid::fromString(u"{0b0b0b0b-0000-4000-8000-000000000002}"_s);
const QUuid cara = QUuid::fromString(u"{0c0c0c0c-0000-4000-8000-000000000003}"_s);
const QUuid governance = QUuid::fromString(u"{0d0d0d0d-0000-4000-8000-000000000004}"_s);

/// Three days from Tuesday 10 March 2026 with `perDay` sessions each. Ann leads the even ones,
/// Bob alone goes to every third; the second session of the first day is cancelled.
QList<Session> timetable(int perDay)
{
    QList<Session> sessions;
    for (int day = 0; day < 3; ++day) {
        for (int i = 0; i < perDay; ++i) {
            Session s;
            s.id = QUuid::createUuidV5(governance, u"%1-%2"_s.arg(day).arg(i));
            s.day = QDate(2026, 3, 10).addDays(day);
            s.start = 8 * 60 + i * 45;
            s.end = s.start + 40;
            s.kind = i % 3 == 0 ? SessionKind::FocusGroup : SessionKind::Interview;
            s.title = u"Session D%1-%2 with the council"_s.arg(day + 1).arg(i + 1);
            s.location = u"Committee Room %1, Civic Offices"_s.arg(i % 4 + 1);
            if (i % 3 == 2)
                s.team = {{bob, SessionPart::LeadQuestioner}};
            else
                s.team = {{ann, i % 2 == 0 ? SessionPart::LeadQuestioner : SessionPart::NoteTaker},
                          {bob, SessionPart::Observer},
                          {cara, SessionPart::NoteTaker}};
            s.themes = {governance};
            s.status = day == 0 && i == 1 ? SessionStatus::Cancelled : SessionStatus::Confirmed;
            sessions.append(s);
        }
    }
    return sessions;
}

SchedulePdfInput input(const QList<Session>& sessions, std::optional<QUuid> member = std::nullopt)
{
    return SchedulePdfInput{u"Northmoor corporate peer challenge"_s,
                            u"Northmoor District Council"_s,
                            sessions,
                            {{ann, u"Ann Smith"_s}, {bob, u"Bob Jones"_s}, {cara, u"Cara O'Neill"_s}},
                            {{governance, u"Governance and culture"_s}},
                            member};
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString& pdf)
{
    const QRegularExpressionMatch match =
        QRegularExpression(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption)
            .match(run(u"pdfinfo"_s, {pdf}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

/// The text of each page, laid out as printed.
QStringList pageTexts(const QString& pdf)
{
    QStringList pages = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

const QRegularExpression dayHeading(
    u"^\\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \\d{1,2} [A-Z][a-z]+ \\d{4}"_s);

} // namespace

TEST_CASE("The whole-team timetable prints each day, its sessions and its page numbers", "[schedule][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"timetable.pdf"_s);
    writeSchedulePdf(pdf, input(timetable(12)));
    REQUIRE(test::readAll(pdf).startsWith("%PDF-"));

    const int pages = pageCount(pdf);
    CHECK(pages >= 2);
    const QStringList texts = pageTexts(pdf);
    REQUIRE(texts.size() == pages);
    for (int page = 1; page <= pages; ++page)
        CHECK(texts.at(page - 1).contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
    const QString all = texts.join(u'\n');
    CHECK(texts.constFirst().contains(u"Northmoor corporate peer challenge"_s));
    CHECK(texts.constFirst().contains(u"Northmoor District Council"_s));
    CHECK(texts.constFirst().contains(u"Onsite timetable"_s));
    CHECK(texts.constFirst().contains(u"10–12 March 2026"_s));
    for (const QString& day :
         {u"Tuesday 10 March 2026"_s, u"Wednesday 11 March 2026"_s, u"Thursday 12 March 2026"_s})
        CHECK(all.contains(day));
    CHECK(all.contains(u"Session D2-7 with the council"_s));
    CHECK(all.contains(u"08:00–08:40"_s));
    CHECK(QRegularExpression(u"Focus group\\s+·\\s+Committee Room 1, Civic Offices"_s).match(all).hasMatch());
    CHECK(all.contains(u"Ann Smith (lead questioner)"_s));
    CHECK(all.contains(u"Cara O'Neill (note-taker)"_s));
    CHECK(all.contains(u"Cancelled"_s));
    CHECK(all.count(u"Cancelled"_s) == 1);
    CHECK(texts.constFirst().contains(u"36 sessions, 1 cancelled"_s));
}

TEST_CASE("A session of the whole team says so instead of listing everyone", "[schedule][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"timetable.pdf"_s);
    QList<Session> sessions = timetable(2);
    Session huddle = sessions.first();
    huddle.id = QUuid::createUuidV5(governance, u"huddle"_s);
    huddle.title = u"Evening team huddle"_s;
    huddle.kind = SessionKind::TeamHuddle;
    huddle.start = 17 * 60;
    huddle.end = 18 * 60;
    huddle.status = SessionStatus::Confirmed;
    huddle.team = {{ann, SessionPart::Observer}, {bob, SessionPart::Observer}, {cara, SessionPart::Observer}};
    sessions.append(huddle);
    writeSchedulePdf(pdf, input(sessions));
    const QString all = pageTexts(pdf).join(u'\n');
    CHECK(QRegularExpression(u"Evening team huddle\\s+The whole team"_s).match(all).hasMatch());
    // With a part to say, the names stay: the first session has a lead questioner.
    CHECK(all.contains(u"Ann Smith (lead questioner)"_s));
}

TEST_CASE("A day heading is never the last thing on a page", "[schedule][pdf]")
{
    const test::TempFolder folder;
    // Different lengths move the day boundaries across the foot of the page.
    for (int perDay = 1; perDay <= 30; ++perDay) {
        INFO("sessions a day: " << perDay);
        const QString pdf = folder.path(u"timetable-%1.pdf"_s.arg(perDay));
        writeSchedulePdf(pdf, input(timetable(perDay)));
        const QStringList texts = pageTexts(pdf);
        for (qsizetype page = 0; page + 1 < texts.size(); ++page) {
            QStringList lines = texts.at(page).split(u'\n', Qt::SkipEmptyParts);
            while (!lines.isEmpty()
                   && (lines.constLast().trimmed().isEmpty() || lines.constLast().contains(u"Page "_s)))
                lines.removeLast();
            REQUIRE_FALSE(lines.isEmpty());
            INFO("page " << page + 1 << " ends with: " << lines.constLast().toStdString());
            CHECK_FALSE(dayHeading.match(lines.constLast()).hasMatch());
        }
    }
}

TEST_CASE("A day that runs onto another page repeats its heading there", "[schedule][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"long-day.pdf"_s);
    writeSchedulePdf(pdf, input(timetable(22)));
    const QStringList texts = pageTexts(pdf);
    REQUIRE(texts.size() >= 2);
    for (qsizetype page = 1; page < texts.size(); ++page) {
        const QStringList lines = texts.at(page).split(u'\n', Qt::SkipEmptyParts);
        // After the column captions, every later page starts with a day heading.
        REQUIRE(lines.size() > 2);
        CHECK(dayHeading.match(lines.at(1)).hasMatch());
    }
    CHECK(texts.join(u'\n').contains(u"(continued)"_s));
}

TEST_CASE("A member's agenda shows only their sessions, with their part", "[schedule][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"ann.pdf"_s);
    writeSchedulePdf(pdf, input(timetable(6), ann));
    const QString all = pageTexts(pdf).join(u'\n');
    CHECK(all.contains(u"Agenda for Ann Smith"_s));
    CHECK(all.contains(u"Session D1-1 with the council"_s));
    CHECK(all.contains(u"Session D3-5 with the council"_s));
    CHECK_FALSE(all.contains(u"Session D1-3 with the council"_s)); // Bob's alone
    CHECK_FALSE(all.contains(u"Session D2-6 with the council"_s));
    CHECK(all.contains(u"Lead questioner"_s));
    CHECK(all.contains(u"Note-taker"_s));
    CHECK(all.contains(u"with Bob Jones, Cara O'Neill"_s));
    CHECK_FALSE(all.contains(u"Ann Smith (lead questioner)"_s));
    CHECK(all.contains(u"Page 1 of "_s));
}

TEST_CASE("An empty timetable still prints its title block and says it is empty", "[schedule][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"empty.pdf"_s);
    writeSchedulePdf(pdf, input({}, bob));
    CHECK(pageCount(pdf) == 1);
    const QString all = pageTexts(pdf).join(u'\n');
    CHECK(all.contains(u"Agenda for Bob Jones"_s));
    CHECK(all.contains(u"Bob Jones has no sessions in the timetable."_s));
    CHECK(all.contains(u"Page 1 of 1"_s));
}

TEST_CASE("A PDF that cannot be written is an error that names the file", "[schedule][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"missing/timetable.pdf"_s);
    try {
        writeSchedulePdf(pdf, input(timetable(2)));
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Io);
        CHECK(error.message().startsWith(u"Could not write the timetable to "_s));
        CHECK(error.message().contains(pdf));
    }
    CHECK_FALSE(QFileInfo::exists(pdf));
}
