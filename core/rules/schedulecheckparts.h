// SPDX-License-Identifier: GPL-3.0-or-later
// The parts the schedule checks share across their files, for those files only:
// schedulechecks.cpp registers the family and holds the timing checks, schedulecoverage.cpp the
// checks of what the timetable covers, and schedulecheckparts.cpp the helpers of both.
#pragma once

#include "checks.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace pc::schedulechecks {

// The ids, in the order scheduleChecks() registers them; stable, as CheckDef asks.
inline const QString emptyId = QStringLiteral("schedule.empty");
inline const QString badTimesId = QStringLiteral("schedule.bad-times");
inline const QString memberClashId = QStringLiteral("schedule.member-clash");
inline const QString roomClashId = QStringLiteral("schedule.room-clash");
inline const QString outsideOnsiteId = QStringLiteral("schedule.outside-onsite");
inline const QString unavailableId = QStringLiteral("schedule.member-unavailable");
inline const QString noteTakerId = QStringLiteral("schedule.no-note-taker");
inline const QString noBreakId = QStringLiteral("schedule.no-break");
inline const QString noHuddleId = QStringLiteral("schedule.no-huddle");
inline const QString noFeedbackId = QStringLiteral("schedule.no-feedback");
inline const QString themeId = QStringLiteral("schedule.theme-not-served");
inline const QString questionId = QStringLiteral("schedule.question-not-served");
inline const QString groupId = QStringLiteral("schedule.group-not-met");
inline const QString travelId = QStringLiteral("schedule.travel-time");

[[nodiscard]] Problem scheduleProblem(const QString& id, Severity severity, const QString& message,
                                      const QUuid& record, QList<QUuid> related = {});

/// "“Leader”": text quoted as the messages quote titles.
[[nodiscard]] QString quoted(const QString& text);
/// The session's title quoted, or its kind when it has no title.
[[nodiscard]] QString sessionName(const Session& session);
/// "10:00–11:00".
[[nodiscard]] QString timeRange(const Session& session);
/// "“Leader” (Tuesday 12 March, 10:00–11:00)".
[[nodiscard]] QString sessionInWords(const Session& session);

// The checks of what the timetable covers (schedulecoverage.cpp).
[[nodiscard]] QList<Problem> noNoteTaker(const CheckInput& input);
[[nodiscard]] QList<Problem> noHuddle(const CheckInput& input);
[[nodiscard]] QList<Problem> noFeedback(const CheckInput& input);
[[nodiscard]] QList<Problem> themeNotServed(const CheckInput& input);
[[nodiscard]] QList<Problem> questionNotServed(const CheckInput& input);
[[nodiscard]] QList<Problem> groupNotMet(const CheckInput& input);

} // namespace pc::schedulechecks
