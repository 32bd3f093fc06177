// SPDX-License-Identifier: GPL-3.0-or-later
// Schedule checks: the onsite timetable (DOMAIN.md "Implications" > Validations > Timetable, and
// docs/schedule.md). This file registers the family and holds the timing checks; the checks of
// what the timetable covers are in schedulecoverage.cpp. Cancelled sessions count for nothing.
// The timing checks sort each member's (or each room's) sessions by start and sweep them, so a
// timetable of a thousand sessions is checked in a few milliseconds: never a comparison of every
// session with every other.
#include "checkfamilies.h"
#include "schedulecheckparts.h"

#include <QHash>
#include <QMap>
#include <QObject>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace pc::schedulechecks {

namespace {

constexpr int shortestBreak = 15;      // minutes: a shorter gap does not rest anyone
constexpr int midday = 13 * 60;        // where a morning ends and an afternoon begins
constexpr qint64 emptyNoticeDays = 28; // the council's timetable comes with the pre-reading

/// A pair of sessions (earlier, later) as indices into CheckInput::sessions, with the names of
/// the members it concerns. Ordered by index, so problems come out the same every run.
using PairNames = std::map<std::pair<int, int>, QStringList>;

QString minutesInWords(qint64 minutes)
{
    return minutes == 1 ? QObject::tr("1 minute") : QObject::tr("%1 minutes").arg(minutes);
}

/// "4 hours", "1 hour 30 minutes", "45 minutes".
QString durationInWords(qint64 minutes)
{
    const qint64 hours = minutes / 60;
    if (hours == 0)
        return minutesInWords(minutes);
    const QString h = hours == 1 ? QObject::tr("1 hour") : QObject::tr("%1 hours").arg(hours);
    return minutes % 60 == 0 ? h : QObject::tr("%1 %2").arg(h, minutesInWords(minutes % 60));
}

/// locationKey of every session, in input order. Sessions share a few place names, so each name
/// is folded once: the folding is the costly part of the room and travel checks.
QStringList locationKeys(const QList<Session>& sessions)
{
    QHash<QString, QString> folded;
    QStringList keys;
    keys.reserve(sessions.size());
    for (const Session& session : sessions) {
        auto found = folded.constFind(session.location);
        if (found == folded.cend())
            found = folded.insert(session.location, locationKey(session.location));
        keys.append(*found);
    }
    return keys;
}

bool hasValidTimes(const Session& session)
{
    return session.end > session.start;
}

bool hasActiveSessions(const CheckInput& input)
{
    return std::any_of(input.sessions.cbegin(), input.sessions.cend(),
                       [](const Session& s) { return !s.isCancelled(); });
}

/// Start order; ties keep the timetable order the indices came in.
void sortByStart(QList<int>& order, const QList<Session>& sessions)
{
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return std::pair(sessions[a].absoluteStart(), sessions[a].absoluteEnd())
               < std::pair(sessions[b].absoluteStart(), sessions[b].absoluteEnd());
    });
}

/// Each member's timed sessions that pass `keep` (an index into input.sessions), in start order,
/// in the order of input.members. Sessions that are cancelled or end before they start are left
/// out: they occupy no time.
template <typename Keep>
std::vector<QList<int>> sessionsPerMember(const CheckInput& input, Keep keep)
{
    QHash<QUuid, int> slot;
    for (int m = 0; m < input.members.size(); ++m)
        slot.insert(input.members[m].id, m);
    std::vector<QList<int>> perMember(input.members.size());
    for (int i = 0; i < input.sessions.size(); ++i) {
        const Session& session = input.sessions[i];
        if (session.isCancelled() || !hasValidTimes(session) || !keep(i))
            continue;
        for (const SessionAttendance& attendance : session.team) {
            const auto found = slot.constFind(attendance.member);
            if (found != slot.cend() && (perMember[*found].isEmpty() || perMember[*found].last() != i))
                perMember[*found].append(i);
        }
    }
    for (QList<int>& sessions : perMember)
        sortByStart(sessions, input.sessions);
    return perMember;
}

/// Calls found(earlier, later) for each pair of sessions in `order` (start order) that overlap.
/// Sessions that only touch (10:00–11:00, 11:00–12:00) do not.
template <typename Found>
void overlappingPairs(const QList<Session>& sessions, const QList<int>& order, Found found)
{
    QList<int> open; // started and not yet ended: usually none or one
    for (int later : order) {
        const qint64 start = sessions[later].absoluteStart();
        open.removeIf([&](int earlier) { return sessions[earlier].absoluteEnd() <= start; });
        for (int earlier : open)
            found(earlier, later);
        open.append(later);
    }
}

QList<Problem> empty(const CheckInput& input)
{
    const QDate start = input.engagement.date(Milestone::OnsiteStart);
    if (!start.isValid() || !input.engagement.date(Milestone::OnsiteEnd).isValid()
        || hasActiveSessions(input))
        return {};
    if (input.today.isValid() && input.today.daysTo(start) > emptyNoticeDays)
        return {}; // months ahead an empty timetable is expected, not something to fix
    return {scheduleProblem(emptyId, Severity::Advice,
                            QObject::tr("The onsite visit starts on %1 and the timetable is empty: add the "
                                        "sessions the council has planned.")
                                .arg(dayInWords(start)),
                            input.engagement.id)};
}

QList<Problem> badTimes(const CheckInput& input)
{
    QList<Problem> problems;
    for (const Session& session : input.sessions) {
        if (session.isCancelled() || hasValidTimes(session))
            continue;
        problems.append(scheduleProblem(badTimesId, Severity::Blocking,
                                        QObject::tr("%1 on %2 ends at %3, which is not after it starts (%4): "
                                                    "correct its times.")
                                            .arg(sessionName(session), dayInWords(session.day),
                                                 clockTime(session.end), clockTime(session.start)),
                                        session.id));
    }
    return problems;
}

QList<Problem> memberClash(const CheckInput& input)
{
    const std::vector<QList<int>> perMember = sessionsPerMember(input, [](int) { return true; });
    PairNames pairs;
    for (std::size_t m = 0; m < perMember.size(); ++m)
        overlappingPairs(input.sessions, perMember[m], [&](int earlier, int later) {
            pairs[{earlier, later}].append(input.members[m].name);
        });
    QList<Problem> problems;
    for (const auto& [pair, names] : pairs) {
        const Session& earlier = input.sessions[pair.first];
        const Session& later = input.sessions[pair.second];
        const QString message = names.size() == 1 ? QObject::tr("%1 is in two sessions at once: %2 and %3. "
                                                                "Move one of them, or change who goes.")
                                                  : QObject::tr("%1 are in two sessions at once: %2 and %3. "
                                                                "Move one of them, or change who goes.");
        problems.append(
            scheduleProblem(memberClashId, Severity::Blocking,
                            message.arg(namesInWords(names), sessionInWords(earlier), sessionInWords(later)),
                            later.id, {earlier.id}));
    }
    return problems;
}

QList<Problem> roomClash(const CheckInput& input)
{
    const QStringList keys = locationKeys(input.sessions);
    QMap<QString, QList<int>> byRoom;
    for (int i = 0; i < input.sessions.size(); ++i) {
        const Session& session = input.sessions[i];
        if (!session.isCancelled() && hasValidTimes(session) && session.kind != SessionKind::Travel
            && !keys[i].isEmpty())
            byRoom[keys[i]].append(i);
    }
    QList<Problem> problems;
    for (QList<int>& sessions : byRoom) {
        sortByStart(sessions, input.sessions);
        overlappingPairs(input.sessions, sessions, [&](int e, int l) {
            const Session& earlier = input.sessions[e];
            const Session& later = input.sessions[l];
            problems.append(scheduleProblem(
                roomClashId, Severity::Warning,
                QObject::tr("%1 and %2 are both in %3 at the same time: move "
                            "one of them, or use another room.")
                    .arg(sessionInWords(earlier), sessionInWords(later), earlier.location.simplified()),
                later.id, {earlier.id}));
        });
    }
    return problems;
}

/// The evening-before gathering: the team travels, eats and meets the day before the visit.
bool allowedTheDayBefore(SessionKind kind)
{
    return kind == SessionKind::TeamHuddle || kind == SessionKind::Travel || kind == SessionKind::Meal;
}

QList<Problem> outsideOnsite(const CheckInput& input)
{
    const QDate start = input.engagement.date(Milestone::OnsiteStart);
    const QDate end = input.engagement.date(Milestone::OnsiteEnd);
    if (!start.isValid() || !end.isValid())
        return {};
    QList<Problem> problems;
    for (const Session& session : input.sessions) {
        if (session.isCancelled() || (session.day >= start && session.day <= end)
            || (session.day == start.addDays(-1) && allowedTheDayBefore(session.kind)))
            continue;
        problems.append(scheduleProblem(outsideOnsiteId, Severity::Warning,
                                        QObject::tr("%1 is outside the onsite visit (%2 to %3): move it, or "
                                                    "check the onsite dates.")
                                            .arg(sessionInWords(session), dayInWords(start), dayInWords(end)),
                                        session.id));
    }
    return problems;
}

QList<Problem> memberUnavailable(const CheckInput& input)
{
    QHash<QUuid, QString> names;
    for (const Member& member : input.members)
        names.insert(member.id, member.name);
    QHash<QUuid, QHash<QDate, DayAvailability>> availability;
    for (const Availability& a : input.availability) {
        if (a.status != DayAvailability::Available && names.contains(a.member))
            availability[a.member].insert(a.day, a.status);
    }
    if (availability.isEmpty())
        return {};
    QList<Problem> problems;
    for (const Session& session : input.sessions) {
        if (session.isCancelled() || !hasValidTimes(session))
            continue;
        for (const SessionAttendance& attendance : session.team) {
            const auto days = availability.constFind(attendance.member);
            if (days == availability.cend())
                continue;
            const DayAvailability status = days->value(session.day, DayAvailability::Available);
            QString message;
            if (status == DayAvailability::Unavailable)
                message = QObject::tr("%1 is not available on %2 but is in %3: take them off it, or check "
                                      "their availability.");
            else if (status == DayAvailability::Morning && session.end > midday)
                message = QObject::tr("%1 is available only in the morning on %2 but is in %3, which ends "
                                      "after 13:00: take them off it, or check their availability.");
            else if (status == DayAvailability::Afternoon && session.start < midday)
                message = QObject::tr("%1 is available only in the afternoon on %2 but is in %3, which "
                                      "starts before 13:00: take them off it, or check their availability.");
            if (!message.isEmpty())
                problems.append(scheduleProblem(
                    unavailableId, Severity::Warning,
                    message.arg(names.value(attendance.member), dayInWords(session.day),
                                QObject::tr("%1 (%2)").arg(sessionName(session), timeRange(session))),
                    session.id));
        }
    }
    return problems;
}

/// between them is under 15 minutes; a meal ends a stretch whatever its length.
void longStretches(const QList<Session>& sessions, const QList<int>& order, int limit, const QString& name,
                   std::map<std::vector<int>, QStringList>& found)
{
    std::vector<int> stretch;
    qint64 from = 0;
    qint64 to = 0;
    const auto close = [&] {
        if (!stretch.empty() && to - from > limit)
            found[stretch].append(name);
        stretch.clear();
    };
    for (int i : order) {
        const Session& session = sessions[i];
        if (!isTeamTimeKind(session.kind)) {
            close(); // a meal (travel is never in `order`)
            continue;
        }
        if (!stretch.empty() && session.absoluteStart() - to >= shortestBreak)
            close();
        if (stretch.empty())
            from = session.absoluteStart();
        to = stretch.empty() ? session.absoluteEnd() : std::max(to, session.absoluteEnd());
        stretch.push_back(i);
    }
    close();
}

QList<Problem> noBreak(const CheckInput& input)
{
    const int limit = input.engagement.effectiveLongestStretch();
    const QList<Session>& sessions = input.sessions;
    const std::vector<QList<int>> perMember = sessionsPerMember(input, [&](int i) {
        return isTeamTimeKind(sessions[i].kind) || sessions[i].kind == SessionKind::Meal;
    });
    QList<int> sharedMeals; // a meal that names no one is the whole team's
    for (int i = 0; i < sessions.size(); ++i) {
        if (sessions[i].kind == SessionKind::Meal && sessions[i].team.isEmpty() && !sessions[i].isCancelled()
            && hasValidTimes(sessions[i]))
            sharedMeals.append(i);
    }
    std::map<std::vector<int>, QStringList> stretches;
    for (std::size_t m = 0; m < perMember.size(); ++m) {
        QList<int> order = perMember[m];
        if (!sharedMeals.isEmpty()) {
            order += sharedMeals;
            sortByStart(order, sessions);
        }
        longStretches(sessions, order, limit, input.members[m].name, stretches);
    }
    QList<Problem> problems;
    for (const auto& [stretch, names] : stretches) {
        const Session& first = sessions[stretch.front()];
        qint64 to = first.absoluteEnd();
        QUuid record; // the session that takes the stretch past the limit: where a break should go
        QList<QUuid> related;
        for (int i : stretch) {
            to = std::max(to, sessions[i].absoluteEnd());
            if (record.isNull() && to - first.absoluteStart() > limit)
                record = sessions[i].id;
            else
                related.append(sessions[i].id);
        }
        const int end = int(to - first.day.toJulianDay() * minutesPerDay);
        const QString message =
            names.size() == 1 ? QObject::tr("%1 works from %2 to %3 on %4 without a break of 15 minutes or "
                                            "more, longer than %5: add a break or a meal.")
                              : QObject::tr("%1 work from %2 to %3 on %4 without a break of 15 minutes or "
                                            "more, longer than %5: add a break or a meal.");
        problems.append(
            scheduleProblem(noBreakId, Severity::Advice,
                            message.arg(namesInWords(names), clockTime(first.start), clockTime(end),
                                        dayInWords(first.day), durationInWords(limit)),
                            record, related));
    }
    return problems;
}

QList<Problem> travelTime(const CheckInput& input)
{
    QHash<QString, int> travel;
    for (const Location& location : input.locations) {
        if (location.travelMinutes > 0)
            travel.insert(locationKey(location.name), location.travelMinutes);
    }
    if (travel.isEmpty())
        return {};
    const QStringList keys = locationKeys(input.sessions);
    const std::vector<QList<int>> perMember = sessionsPerMember(
        input, [&](int i) { return input.sessions[i].kind != SessionKind::Travel && !keys[i].isEmpty(); });
    PairNames pairs;
    for (std::size_t m = 0; m < perMember.size(); ++m) {
        const QList<int>& order = perMember[m];
        for (int k = 1; k < order.size(); ++k) {
            const int a = order[k - 1];
            const int b = order[k];
            const qint64 gap = input.sessions[b].absoluteStart() - input.sessions[a].absoluteEnd();
            const int needed = std::max(travel.value(keys[a]), travel.value(keys[b]));
            if (keys[a] != keys[b] && gap >= 0 && gap < needed) // an overlap is a clash, not a journey
                pairs[{a, b}].append(input.members[m].name);
        }
    }
    QList<Problem> problems;
    for (const auto& [pair, names] : pairs) {
        const Session& from = input.sessions[pair.first];
        const Session& to = input.sessions[pair.second];
        const qint64 gap = to.absoluteStart() - from.absoluteEnd();
        const int needed = std::max(travel.value(keys[pair.first]), travel.value(keys[pair.second]));
        const QString message =
            names.size() == 1
                ? QObject::tr("%1 has %2 to get from %3 at %4 to %5 at %6, and the journey takes %7: leave "
                              "more time between them.")
                : QObject::tr("%1 have %2 to get from %3 at %4 to %5 at %6, and the journey takes %7: leave "
                              "more time between them.");
        problems.append(scheduleProblem(
            travelId, Severity::Warning,
            message.arg(namesInWords(names), gap == 0 ? QObject::tr("no time") : minutesInWords(gap),
                        sessionInWords(from), from.location.simplified(), sessionInWords(to),
                        to.location.simplified(), durationInWords(needed)),
            to.id, {from.id}));
    }
    return problems;
}

/// The checks that look at sessions say nothing until there is one that is not cancelled.
CheckDef onceScheduled(const QString& id, const QString& title, QList<Problem> (*run)(const CheckInput&))
{
    return {id, Stage::Schedule, title, [run](const CheckInput& input) {
                return hasActiveSessions(input) ? run(input) : QList<Problem>{};
            }};
}

} // namespace
} // namespace pc::schedulechecks

namespace pc {

QList<CheckDef> scheduleChecks()
{
    using namespace schedulechecks;
    return {
        {emptyId, Stage::Schedule, QObject::tr("The timetable has sessions"), empty},
        onceScheduled(badTimesId, QObject::tr("Every session ends after it starts"), badTimes),
        onceScheduled(memberClashId, QObject::tr("No one is in two sessions at once"), memberClash),
        onceScheduled(roomClashId, QObject::tr("No two sessions share a room at once"), roomClash),
        onceScheduled(outsideOnsiteId, QObject::tr("Sessions fall on the onsite days"), outsideOnsite),
        onceScheduled(unavailableId, QObject::tr("Members attend only when available"), memberUnavailable),
        onceScheduled(noteTakerId, QObject::tr("Every meeting has a note-taker"), noNoteTaker),
        onceScheduled(noBreakId, QObject::tr("Everyone gets breaks"), noBreak),
        onceScheduled(noHuddleId, QObject::tr("A team huddle every onsite day"), noHuddle),
        onceScheduled(noFeedbackId, QObject::tr("The feedback presentation on the last day"), noFeedback),
        onceScheduled(themeId, QObject::tr("Every theme is served by a session"), themeNotServed),
        onceScheduled(questionId, QObject::tr("Every key question is explored"), questionNotServed),
        onceScheduled(groupId, QObject::tr("The team meets every group of people"), groupNotMet),
        onceScheduled(travelId, QObject::tr("Time to travel between locations"), travelTime),
    };
}

} // namespace pc
