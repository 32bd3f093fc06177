// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimport.h"
#include "csvreader.h"
#include "model/member.h"
#include "model/session.h"
#include "model/theme.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace pc::exchange {

/// The columns of a timetable CSV, in export order. Day, start and title are required; each also
/// answers to common aliases ("Date", "From", "Session", "Venue", ...).
///
/// Days read as 2026-03-10, 10/03/2026, "Tue 10 Mar 2026" or "10 March 2026" (a weekday that
/// does not match the date is refused). Times read as 09:30, 9:30, 9.30, 0930, 09:30:00, 9:30am
/// or 2pm; an end after midnight is written past 24:00 ("24:30" is half past midnight the next
/// day), as the export writes it. Without an end a session lasts an hour. Kinds and statuses are
/// labels or keys in any case. The team lists member names separated by semicolons, each with an
/// optional part in brackets ("Ann Smith (lead questioner); Bob Jones" - no part is an observer);
/// themes are titles separated by semicolons; groups met are "Staff 12; Partners 4".
[[nodiscard]] QList<csv::ColumnSpec> sessionColumns();

/// Converts every row of a mapped CSV into a session without an id (the caller adds them). Names
/// and titles are matched to `members` and `themes` ignoring case; a name or title that matches
/// none is a problem of its row. Any problem is reported with its line and then nothing is
/// returned.
[[nodiscard]] csv::ImportResult<Session> sessionsFromCsv(const csv::CsvTable& table,
                                                         const csv::ColumnMapping& mapping,
                                                         const QList<Member>& members,
                                                         const QList<Theme>& themes);

/// The timetable as a CSV with sessionColumns()' labels as headers, in timetable order, which
/// sessionsFromCsv() reads back to the same sessions (ids, key questions and named attendees
/// aside: the attendees are personal data and never exported). With `member`, only the sessions
/// that member attends.
[[nodiscard]] QByteArray scheduleToCsv(const QList<Session>& sessions,
                                       const QHash<QUuid, QString>& memberNames,
                                       const QHash<QUuid, QString>& themeTitles,
                                       const std::optional<QUuid>& member = std::nullopt);

/// "Ann Smith (lead questioner); Bob Jones": the team in list order, each with their part unless
/// they only observe. Members without a name are left out.
[[nodiscard]] QString teamText(const Session& session, const QHash<QUuid, QString>& memberNames,
                               const QString& separator = QStringLiteral("; "));

/// The theme titles of a session, in its order, joined by `separator`.
[[nodiscard]] QString themesText(const Session& session, const QHash<QUuid, QString>& themeTitles,
                                 const QString& separator = QStringLiteral("; "));

/// The sessions `member` attends; all of them when `member` is empty.
[[nodiscard]] QList<Session> sessionsFor(const QList<Session>& sessions, const std::optional<QUuid>& member);

} // namespace pc::exchange
