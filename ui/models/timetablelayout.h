// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"
#include "widgets/timetablegrid.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace pc::ui {

/// How the timetable grid lays out its columns.
enum class TimetableColumns { ByDay, ByMember, ByLocation };

/// What a grid block stands for: in the member view a session has one block per member.
struct TimetableBlockRef
{
    QUuid session;
    QUuid member; // the member column's member (null for "No one from the team")
};

/// What the grid shows and what each block and column stands for.
struct TimetableLayoutInput
{
    QList<Session> sessions; // in timetable order
    TimetableColumns columns = TimetableColumns::ByDay;
    QList<QDate> days;    // the day view's columns, in order
    QDate day;            // the one day the member and location views show
    QList<QUuid> members; // the team, in order
    QHash<QUuid, QString> memberNames;
    QHash<QUuid, QStringList> problems; // sentences by session
};

struct TimetableLayout
{
    QStringList headers;
    QList<TimetableBlock> blocks;
    QHash<QUuid, TimetableBlockRef> refs; // block id -> what it stands for
    QList<QDate> dayColumns;
    QList<QUuid> memberColumns;  // a null id: "No one from the team"
    QStringList locationColumns; // an empty name: "No location"

    /// A block of the session: itself, or in the member view its first member's.
    [[nodiscard]] QUuid blockOf(const QUuid& session) const;
};

/// The grid of a timetable: day columns hold every session of their day; member columns one day's
/// sessions of each member (a session without the team in a column of its own); location columns
/// every location the timetable uses, so a session can be dragged to a room free that day.
[[nodiscard]] TimetableLayout layoutTimetable(const TimetableLayoutInput& input);

/// A block dragged to a column and times, as an edit of its session: the day view changes the
/// day, the location view the location, the member view who attends (the part goes with the
/// place). `text` names the undo step; `refusal` says why the move cannot be made.
struct BlockMove
{
    Session after;
    QString text;
    QString refusal;
};

[[nodiscard]] BlockMove moveBlock(const TimetableLayout& layout, TimetableColumns columns,
                                  const Session& before, const TimetableBlockRef& block, int column,
                                  int start, int end, const QHash<QUuid, QString>& memberNames);

} // namespace pc::ui
