// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include "schedulecsv.h"

#include <QObject>
#include <QStringList>
#include <QTime>

namespace pc::exchange {

namespace {

constexpr int maxLineOctets = 75;
const QString zoneId = QStringLiteral("Europe/London");

/// Europe/London since 1996 (EU rules): BST from 01:00 UTC on the last Sunday of March, GMT from
/// 01:00 UTC (02:00 BST) on the last Sunday of October. Spelled out because calendars do not all
/// know zone names, and RFC 5545 asks for the definition of every TZID used.
const QStringList londonZone = {
    QStringLiteral("BEGIN:VTIMEZONE"),
    QStringLiteral("TZID:Europe/London"),
    QStringLiteral("X-LIC-LOCATION:Europe/London"),
    QStringLiteral("BEGIN:DAYLIGHT"),
    QStringLiteral("TZOFFSETFROM:+0000"),
    QStringLiteral("TZOFFSETTO:+0100"),
    QStringLiteral("TZNAME:BST"),
    QStringLiteral("DTSTART:19700329T010000"),
    QStringLiteral("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
    QStringLiteral("END:DAYLIGHT"),
    QStringLiteral("BEGIN:STANDARD"),
    QStringLiteral("TZOFFSETFROM:+0100"),
    QStringLiteral("TZOFFSETTO:+0000"),
    QStringLiteral("TZNAME:GMT"),
    QStringLiteral("DTSTART:19701025T020000"),
    QStringLiteral("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
    QStringLiteral("END:STANDARD"),
    QStringLiteral("END:VTIMEZONE"),
};

/// Local wall-clock time `minutes` after the midnight that starts `day` (past 24:00 is the next day).
QString localTime(const QDate& day, int minutes)
{
    const QDate date = day.addDays(minutes / minutesPerDay);
    const int inDay = minutes % minutesPerDay;
    return date.toString(QStringLiteral("yyyyMMdd'T'"))
           + QTime(inDay / 60, inDay % 60).toString(QStringLiteral("HHmmss"));
}

QString utcTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString calendarStatus(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Confirmed:
    case SessionStatus::Held:
        return QStringLiteral("CONFIRMED");
    case SessionStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    case SessionStatus::Planned:
    case SessionStatus::Moved:
        return QStringLiteral("TENTATIVE");
    }
    return QStringLiteral("TENTATIVE");
}

/// What the event's notes say: the kind, the team with parts, the themes and the notes. The named
/// council attendees are personal data and stay out.
QString description(const Session& session, const CalendarOptions& options)
{
    QStringList lines{sessionKindLabel(session.kind)};
    const QString team = teamText(session, options.memberNames, QStringLiteral(", "));
    if (!team.isEmpty())
        lines.append(QObject::tr("Team: %1").arg(team));
    const QString themes = themesText(session, options.themeTitles, QStringLiteral(", "));
    if (!themes.isEmpty())
        lines.append(QObject::tr("Themes: %1").arg(themes));
    if (!session.notes.trimmed().isEmpty()) {
        lines.append(QString()); // a blank line sets the notes apart
        lines.append(session.notes.trimmed());
    }
    return lines.join(u'\n');
}

QStringList eventLines(const Session& session, const CalendarOptions& options, const QString& stamp)
{
    const QString summary =
        session.title.trimmed().isEmpty() ? sessionKindLabel(session.kind) : session.title;
    QStringList lines{
        QStringLiteral("BEGIN:VEVENT"), QStringLiteral("UID:") + calendarUid(session.id),
        QStringLiteral("DTSTAMP:") + stamp,
        QStringLiteral("DTSTART;TZID=%1:%2").arg(zoneId, localTime(session.day, session.start))};
    // DTEND must be later than DTSTART (RFC 5545 3.6.1); without one the event is an instant.
    if (session.end > session.start)
        lines.append(QStringLiteral("DTEND;TZID=%1:%2").arg(zoneId, localTime(session.day, session.end)));
    lines.append(QStringLiteral("SUMMARY:") + escapeCalendarText(summary));
    if (!session.location.trimmed().isEmpty())
        lines.append(QStringLiteral("LOCATION:") + escapeCalendarText(session.location.trimmed()));
    lines.append(QStringLiteral("DESCRIPTION:") + escapeCalendarText(description(session, options)));
    lines.append(QStringLiteral("STATUS:") + calendarStatus(session.status));
    lines.append(QStringLiteral("SEQUENCE:0"));
    lines.append(QStringLiteral("CATEGORIES:") + escapeCalendarText(sessionKindLabel(session.kind)));
    lines.append(QStringLiteral("END:VEVENT"));
    return lines;
}

} // namespace

QString calendarUid(const QUuid& session)
{
    return session.toString(QUuid::WithoutBraces) + QStringLiteral("@peerchallenge");
}

QString escapeCalendarText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped.append(u'\\');
            escaped.append(c);
        } else if (c == u'\r') {
            escaped.append(QStringLiteral("\\n"));
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            escaped.append(QStringLiteral("\\n"));
        } else {
            escaped.append(c);
        }
    }
    return escaped;
}

QByteArray foldCalendarLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray folded;
    folded.reserve(bytes.size() + bytes.size() / 70 * 3 + 2);
    qsizetype from = 0;
    int room = maxLineOctets;
    while (bytes.size() - from > room) {
        qsizetype cut = from + room;
        // Back up to the first byte of a UTF-8 sequence: continuation bytes are 10xxxxxx.
        while (cut > from && (quint8(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        folded.append(bytes.constData() + from, cut - from);
        folded.append("\r\n ");
        from = cut;
        room = maxLineOctets - 1; // the leading space of a continuation line counts
    }
    folded.append(bytes.constData() + from, bytes.size() - from);
    folded.append("\r\n");
    return folded;
}

QByteArray scheduleToICalendar(const QList<Session>& sessions, const CalendarOptions& options)
{
    QList<Session> chosen = sessionsFor(sessions, options.member);
    sortSessions(chosen);
    const QString stamp = utcTime(options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc());
    const QString productId =
        options.productId.isEmpty()
            ? QStringLiteral("-//PeerChallenge//PeerChallenge %1//EN").arg(QStringLiteral(PC_VERSION_STRING))
            : options.productId;

    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:") + productId, QStringLiteral("CALSCALE:GREGORIAN"),
                      QStringLiteral("METHOD:PUBLISH")};
    if (!options.calendarName.isEmpty())
        lines.append(QStringLiteral("X-WR-CALNAME:") + escapeCalendarText(options.calendarName));
    lines.append(QStringLiteral("X-WR-TIMEZONE:") + zoneId);
    lines.append(londonZone);
    for (const Session& session : std::as_const(chosen)) {
        if (session.day.isValid())
            lines.append(eventLines(session, options, stamp));
    }
    lines.append(QStringLiteral("END:VCALENDAR"));

    QByteArray out;
    for (const QString& line : std::as_const(lines))
        out.append(foldCalendarLine(line));
    return out;
}

} // namespace pc::exchange
