// SPDX-License-Identifier: GPL-3.0-or-later
#include "timetablelayout.h"

#include "commands/sessioncommands.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace pc::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pc::ui::TimetableLayout", text);
}

QString dayHeader(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("ddd d MMM"));
}

/// "Room 2 · Ann Smith, Bob Jones": the parts of a block's second line that are there.
QString joined(const QString& a, const QString& b)
{
    return a.isEmpty() ? b : (b.isEmpty() ? a : a + QStringLiteral(" \u00b7 ") + b);
}

QString teamNames(const Session& s, const QHash<QUuid, QString>& names)
{
    QStringList result;
    for (const SessionAttendance& a : s.team)
        result.append(names.value(a.member));
    result.removeAll(QString());
    return result.join(QStringLiteral(", "));
}

TimetableBlock blockOf(const Session& s, const QUuid& id, int column, const QString& detail,
                       const TimetableLayoutInput& input)
{
    TimetableBlock block;
    block.id = id;
    block.column = column;
    block.start = s.start;
    block.end = s.end;
    block.title = s.title;
    block.detail = detail;
    block.kind = s.kind;
    block.cancelled = s.isCancelled();
    block.problems = input.problems.value(s.id);
    return block;
}

void layoutByDay(const TimetableLayoutInput& input, TimetableLayout& layout)
{
    layout.dayColumns = input.days;
    for (const QDate& day : input.days)
        layout.headers.append(dayHeader(day));
    for (const Session& s : input.sessions) {
        const int column = int(layout.dayColumns.indexOf(s.day));
        if (column < 0)
            continue;
        layout.blocks.append(
            blockOf(s, s.id, column, joined(s.location, teamNames(s, input.memberNames)), input));
        layout.refs.insert(s.id, {s.id, {}});
    }
}

void layoutByMember(const TimetableLayoutInput& input, TimetableLayout& layout)
{
    layout.memberColumns = input.members;
    const bool anyWithoutTeam =
        std::any_of(input.sessions.cbegin(), input.sessions.cend(),
                    [&](const Session& s) { return s.day == input.day && s.team.isEmpty(); });
    if (anyWithoutTeam)
        layout.memberColumns.append(QUuid());
    for (const QUuid& member : std::as_const(layout.memberColumns))
        layout.headers.append(member.isNull() ? tr("No one from the team") : input.memberNames.value(member));
    for (const Session& s : input.sessions) {
        if (s.day != input.day)
            continue;
        if (s.team.isEmpty()) {
            layout.blocks.append(
                blockOf(s, s.id, int(layout.memberColumns.indexOf(QUuid())), s.location, input));
            layout.refs.insert(s.id, {s.id, {}});
        }
        for (const SessionAttendance& a : s.team) {
            const int column = int(layout.memberColumns.indexOf(a.member));
            if (column < 0)
                continue;
            const QUuid id = attendanceId(s.id, a.member);
            layout.blocks.append(blockOf(s, id, column, joined(sessionPartLabel(a.part), s.location), input));
            layout.refs.insert(id, {s.id, a.member});
        }
    }
}

void layoutByLocation(const TimetableLayoutInput& input, TimetableLayout& layout)
{
    for (const Session& s : input.sessions) {
        const bool named = !s.location.isEmpty() || s.day == input.day;
        if (named && !layout.locationColumns.contains(s.location))
            layout.locationColumns.append(s.location);
    }
    std::sort(layout.locationColumns.begin(), layout.locationColumns.end(),
              [](const QString& a, const QString& b) {
                  if (a.isEmpty() != b.isEmpty())
                      return b.isEmpty(); // "No location" last
                  return QString::localeAwareCompare(a, b) < 0;
              });
    for (const QString& location : std::as_const(layout.locationColumns))
        layout.headers.append(location.isEmpty() ? tr("No location") : location);
    for (const Session& s : input.sessions) {
        if (s.day != input.day)
            continue;
        layout.blocks.append(blockOf(s, s.id, int(layout.locationColumns.indexOf(s.location)),
                                     teamNames(s, input.memberNames), input));
        layout.refs.insert(s.id, {s.id, {}});
    }
}

QString quoted(const QString& title)
{
    return QStringLiteral("\u201c%1\u201d").arg(title);
}

} // namespace

QUuid TimetableLayout::blockOf(const QUuid& session) const
{
    if (refs.contains(session))
        return session;
    // The member view: the block in the leftmost column.
    QUuid best;
    int bestColumn = int(headers.size());
    for (const TimetableBlock& block : blocks) {
        if (refs.value(block.id).session == session && block.column < bestColumn) {
            best = block.id;
            bestColumn = block.column;
        }
    }
    return best;
}

TimetableLayout layoutTimetable(const TimetableLayoutInput& input)
{
    TimetableLayout layout;
    switch (input.columns) {
    case TimetableColumns::ByDay:
        layoutByDay(input, layout);
        break;
    case TimetableColumns::ByMember:
        layoutByMember(input, layout);
        break;
    case TimetableColumns::ByLocation:
        layoutByLocation(input, layout);
        break;
    }
    return layout;
}

BlockMove moveBlock(const TimetableLayout& layout, TimetableColumns columns, const Session& before,
                    const TimetableBlockRef& block, int column, int start, int end,
                    const QHash<QUuid, QString>& memberNames)
{
    BlockMove move{before, {}, {}};
    Session& after = move.after;
    after.start = start;
    after.end = end;
    switch (columns) {
    case TimetableColumns::ByDay:
        after.day = layout.dayColumns.value(column, before.day);
        break;
    case TimetableColumns::ByLocation:
        after.location = layout.locationColumns.value(column, before.location);
        if (after.location != before.location)
            move.text = after.location.isEmpty()
                            ? tr("Clear the location of %1").arg(quoted(before.title))
                            : tr("Move %1 to %2").arg(quoted(before.title), after.location);
        break;
    case TimetableColumns::ByMember: {
        const QUuid to = layout.memberColumns.value(column);
        if (column < 0 || column >= layout.memberColumns.size() || to == block.member)
            break;
        const QString toName = memberNames.value(to);
        const QString fromName = memberNames.value(block.member);
        if (!to.isNull() && before.attendedBy(to)) {
            move.refusal = tr("%1 is already in %2.").arg(toName, quoted(before.title));
            return move;
        }
        if (block.member.isNull()) {
            after.team.append(SessionAttendance{to, SessionPart::Observer});
            move.text = tr("Add %1 to %2").arg(toName, quoted(before.title));
        } else if (to.isNull()) {
            after.team.removeIf([&block](const SessionAttendance& a) { return a.member == block.member; });
            move.text = tr("Take %1 out of %2").arg(fromName, quoted(before.title));
        } else {
            for (SessionAttendance& a : after.team) {
                if (a.member == block.member)
                    a.member = to;
            }
            move.text = tr("Send %1 instead of %2 to %3").arg(toName, fromName, quoted(before.title));
        }
        break;
    }
    }
    if (move.text.isEmpty())
        move.text = moveText(before, after);
    return move;
}

} // namespace pc::ui
