// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulebenchmark.h"

#include "common/error.h"
#include "exchange/icalendar.h"
#include "exchange/schedulecsv.h"
#include "figuretable.h"
#include "rules/checks.h"
#include "seededdevice.h"
#include "storage/checkinput.h"
#include "storage/engagementfile.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"

#include <QElapsedTimer>

#include <functional>

namespace pc::bench {

ScheduleBenchmark::ScheduleBenchmark(const QString& stressFile, int repetitions)
    : m_stressFile(stressFile)
    , m_repetitions(repetitions)
{
}

void ScheduleBenchmark::run(FigureTable& table)
{
    SeededDevice device;
    OpenOptions options;
    options.readOnly = true;
    options.dailyBackup = false;
    auto file = EngagementFile::open(m_stressFile, device.installation, options);
    RecordStore& records = file->records();

    QList<Session> sessions;
    const double readMs = medianMs(m_repetitions, [&] { sessions = ScheduleRepository(records).sessions(); });
    if (sessions.size() < 1000)
        throw Error(
            ErrorKind::Corrupt,
            QStringLiteral("The stress demo came back with %1 sessions, not 1,000.").arg(sessions.size()));
    table.addTime(QStringLiteral("read the timetable, 1,000 sessions (baseline)"), readMs, readMs);

    const QDate today = device.clock.now().date();
    CheckInput input;
    const double loadMs = medianMs(m_repetitions, [&] { input = loadCheckInput(records, today); });
    table.addTime(QStringLiteral("load what the checks read, stress file"), loadMs, readMs);
    qsizetype problems = 0;
    const double checksMs =
        medianMs(m_repetitions, [&] { problems = CheckRegistry::standard().run(input).size(); });
    table.addTime(QStringLiteral("run every check, stress file"), checksMs, readMs);
    table.add(QStringLiteral("problems found in the stress demo"), QString::number(problems), QString());

    exchange::CalendarOptions calendar;
    calendar.calendarName = QStringLiteral("Benchmark");
    for (const Member& member : TeamRepository(records).members())
        calendar.memberNames.insert(member.id, member.name);
    for (const Theme& theme : ScopeRepository(records).themes())
        calendar.themeTitles.insert(theme.id, theme.title);
    calendar.stamp = device.clock.now();
    QByteArray ics;
    const double icsMs =
        medianMs(m_repetitions, [&] { ics = exchange::scheduleToICalendar(sessions, calendar); });
    table.addTime(QStringLiteral("write the team calendar (iCalendar), 1,000 sessions"), icsMs, readMs);
    table.add(QStringLiteral("team calendar size"), QString::number(double(ics.size()) / 1024, 'f', 1),
              QStringLiteral("KiB"));
    QByteArray csv;
    const double csvMs = medianMs(m_repetitions, [&] {
        csv = exchange::scheduleToCsv(sessions, calendar.memberNames, calendar.themeTitles);
    });
    table.addTime(QStringLiteral("write the timetable CSV, 1,000 sessions"), csvMs, readMs);
}

} // namespace pc::bench
