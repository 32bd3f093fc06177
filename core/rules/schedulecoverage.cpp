// SPDX-License-Identifier: GPL-3.0-or-later
// Schedule checks of what the timetable covers: a note-taker in every meeting, a huddle every
// onsite day, the feedback presentation on the last, and the themes, key questions and groups of
// people some session serves. Cancelled sessions count for nothing. Registered in
// schedulechecks.cpp.
#include "checkfamilies.h"
#include "schedulecheckparts.h"

#include <QMap>
#include <QObject>
#include <QSet>

#include <algorithm>

namespace pc::schedulechecks {

namespace {

constexpr int questionsShown = 3;

/// The themes and key questions the (not cancelled) sessions serve.
struct Coverage
{
    QSet<QUuid> themes;
    QSet<QUuid> questions;
};

Coverage coverage(const CheckInput& input)
{
    Coverage covered;
    for (const Session& session : input.sessions) {
        if (session.isCancelled())
            continue;
        for (const QUuid& theme : session.themes)
            covered.themes.insert(theme);
        for (const QUuid& question : session.questions)
            covered.questions.insert(question);
    }
    return covered;
}

/// A session serves a theme by naming it or one of its key questions.
bool served(const Theme& theme, const Coverage& covered)
{
    return covered.themes.contains(theme.id)
           || std::any_of(theme.questions.cbegin(), theme.questions.cend(),
                          [&](const KeyQuestion& q) { return covered.questions.contains(q.id); });
}

} // namespace

QList<Problem> noNoteTaker(const CheckInput& input)
{
    QList<Problem> problems;
    for (const Session& session : input.sessions) {
        if (session.isCancelled() || !isMeetingKind(session.kind) || session.team.isEmpty()
            || std::any_of(session.team.cbegin(), session.team.cend(),
                           [](const SessionAttendance& a) { return a.part == SessionPart::NoteTaker; }))
            continue;
        problems.append(scheduleProblem(noteTakerId, Severity::Warning,
                                        QObject::tr("No one takes notes in %1: make one of the team there "
                                                    "the note-taker.")
                                            .arg(sessionInWords(session)),
                                        session.id));
    }
    return problems;
}

/// One member's stretches of team time longer than `limit`: sessions joined while the gap
QList<Problem> noHuddle(const CheckInput& input)
{
    const QDate start = input.engagement.date(Milestone::OnsiteStart);
    const QDate end = input.engagement.date(Milestone::OnsiteEnd);
    const bool datesSet = start.isValid() && end.isValid();
    QMap<QDate, bool> huddled; // each onsite day with sessions: whether one is a huddle
    for (const Session& session : input.sessions) {
        if (session.isCancelled() || (datesSet && (session.day < start || session.day > end)))
            continue;
        huddled[session.day] = huddled.value(session.day) || session.kind == SessionKind::TeamHuddle;
    }
    QList<Problem> problems;
    for (auto day = huddled.cbegin(); day != huddled.cend(); ++day) {
        if (!day.value())
            problems.append(
                scheduleProblem(noHuddleId, Severity::Advice,
                                QObject::tr("No team huddle on %1: plan one, so the team can share "
                                            "what it heard that day.")
                                    .arg(dayInWords(day.key())),
                                input.engagement.id));
    }
    return problems;
}

QList<Problem> noFeedback(const CheckInput& input)
{
    QDate last = input.engagement.date(Milestone::OnsiteEnd);
    if (!last.isValid()) {
        for (const Session& session : input.sessions) {
            if (!session.isCancelled())
                last = std::max(last, session.day);
        }
    }
    const bool presented = std::any_of(input.sessions.cbegin(), input.sessions.cend(), [&](const Session& s) {
        return !s.isCancelled() && s.day == last && s.kind == SessionKind::FeedbackPresentation;
    });
    if (presented || !last.isValid())
        return {};
    return {scheduleProblem(noFeedbackId, Severity::Warning,
                            QObject::tr("No feedback presentation on the last onsite day (%1): add it to the "
                                        "timetable.")
                                .arg(dayInWords(last)),
                            input.engagement.id)};
}

QList<Problem> themeNotServed(const CheckInput& input)
{
    const Coverage covered = coverage(input);
    QList<Problem> problems;
    for (const Theme& theme : input.themes) {
        if (!served(theme, covered))
            problems.append(
                scheduleProblem(themeId, Severity::Warning,
                                QObject::tr("No session serves %1: plan one, or mark the sessions "
                                            "that explore it.")
                                    .arg(quoted(theme.title)),
                                theme.id));
    }
    return problems;
}

QList<Problem> questionNotServed(const CheckInput& input)
{
    const Coverage covered = coverage(input);
    QList<Problem> problems;
    for (const Theme& theme : input.themes) {
        if (!served(theme, covered))
            continue; // an unserved theme is already a warning of its own
        QStringList open;
        for (const KeyQuestion& question : theme.questions) {
            if (!covered.questions.contains(question.id))
                open.append(quoted(question.text));
        }
        if (open.isEmpty())
            continue;
        const QString message =
            open.size() == 1 ? QObject::tr("No session explores the key question %2 of %1: mark the sessions "
                                           "that explore it.")
                             : QObject::tr("No session explores these key questions of %1: %2. Mark the "
                                           "sessions that explore them.");
        problems.append(scheduleProblem(questionId, Severity::Advice,
                                        message.arg(quoted(theme.title), namesInWords(open, questionsShown)),
                                        theme.id));
    }
    return problems;
}

QList<Problem> groupNotMet(const CheckInput& input)
{
    QList<ParticipantGroup> met;
    for (const Session& session : input.sessions) {
        if (session.isCancelled())
            continue;
        for (const GroupMet& group : session.groups) {
            if (!met.contains(group.group))
                met.append(group.group);
        }
    }
    QStringList missing;
    for (ParticipantGroup group : allParticipantGroups) {
        if (group != ParticipantGroup::Other && !met.contains(group))
            missing.append(participantGroupLabel(group));
    }
    if (missing.isEmpty())
        return {};
    return {scheduleProblem(groupId, Severity::Advice,
                            QObject::tr("No session meets %1: plan sessions with them, or record who each "
                                        "session meets.")
                                .arg(namesInWords(missing, int(missing.size()))),
                            input.engagement.id)};
}

} // namespace pc::schedulechecks
