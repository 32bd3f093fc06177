// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace pc::exchange {

/// What a calendar export needs besides the sessions: names to print and whose calendar it is.
struct CalendarOptions
{
    QString calendarName;              // X-WR-CALNAME, what calendar apps title the feed
    QHash<QUuid, QString> memberNames; // team member id -> name
    QHash<QUuid, QString> themeTitles; // theme id -> title
    std::optional<QUuid> member;       // only the sessions this member attends; all when empty
    QDateTime stamp;                   // DTSTAMP of every event: when the export was made
    QString productId;                 // PRODID; a PeerChallenge one when empty
};

/// The onsite timetable as an RFC 5545 calendar, for Outlook, Google and Apple calendars.
/// Each session is one VEVENT in Europe/London wall-clock time whose UID derives from the session
/// id alone, so importing a later export (whole team or one member's) updates the same events;
/// cancelled sessions stay in the file as STATUS:CANCELLED so that calendars drop them. The named
/// council attendees are personal data and never appear. Sessions without a day are left out.
[[nodiscard]] QByteArray scheduleToICalendar(const QList<Session>& sessions, const CalendarOptions& options);

/// "<uuid>@peerchallenge": the UID of a session's event.
[[nodiscard]] QString calendarUid(const QUuid& session);

/// RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks.
[[nodiscard]] QString escapeCalendarText(const QString& text);

/// One content line, CRLF-terminated and folded so that no line exceeds 75 octets, never inside a
/// UTF-8 sequence.
[[nodiscard]] QByteArray foldCalendarLine(const QString& line);

} // namespace pc::exchange
