// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace pc {

/// What happens in a session of the onsite timetable (DOMAIN.md section 5).
enum class SessionKind {
    Interview,
    FocusGroup,
    SiteVisit,
    MeetingObserved,
    Workshop,
    TeamHuddle,
    Travel,
    Meal,
    FeedbackPresentation,
    Other,
};

inline constexpr SessionKind allSessionKinds[] = {SessionKind::Interview,
                                                  SessionKind::FocusGroup,
                                                  SessionKind::SiteVisit,
                                                  SessionKind::MeetingObserved,
                                                  SessionKind::Workshop,
                                                  SessionKind::TeamHuddle,
                                                  SessionKind::Travel,
                                                  SessionKind::Meal,
                                                  SessionKind::FeedbackPresentation,
                                                  SessionKind::Other};

enum class SessionStatus { Planned, Confirmed, Moved, Cancelled, Held };

inline constexpr SessionStatus allSessionStatuses[] = {SessionStatus::Planned, SessionStatus::Confirmed,
                                                       SessionStatus::Moved, SessionStatus::Cancelled,
                                                       SessionStatus::Held};

/// A team member's part in a session.
enum class SessionPart { LeadQuestioner, NoteTaker, Observer };

inline constexpr SessionPart allSessionParts[] = {SessionPart::LeadQuestioner, SessionPart::NoteTaker,
                                                  SessionPart::Observer};

/// The kinds of people the team meets; reports and the coverage check count them.
enum class ParticipantGroup {
    PoliticalLeadership,
    OppositionMembers,
    SeniorOfficers,
    Staff,
    Partners,
    Residents,
    Scrutiny,
    Other,
};

inline constexpr ParticipantGroup allParticipantGroups[] = {ParticipantGroup::PoliticalLeadership,
                                                            ParticipantGroup::OppositionMembers,
                                                            ParticipantGroup::SeniorOfficers,
                                                            ParticipantGroup::Staff,
                                                            ParticipantGroup::Partners,
                                                            ParticipantGroup::Residents,
                                                            ParticipantGroup::Scrutiny,
                                                            ParticipantGroup::Other};

[[nodiscard]] QString sessionKindKey(SessionKind kind);
[[nodiscard]] SessionKind sessionKindFromKey(const QString& key);
/// "Interview", "Focus group", "Meal or break".
[[nodiscard]] QString sessionKindLabel(SessionKind kind);
[[nodiscard]] QString sessionStatusKey(SessionStatus status);
[[nodiscard]] SessionStatus sessionStatusFromKey(const QString& key);
[[nodiscard]] QString sessionStatusLabel(SessionStatus status);
[[nodiscard]] QString sessionPartKey(SessionPart part);
[[nodiscard]] SessionPart sessionPartFromKey(const QString& key);
[[nodiscard]] QString sessionPartLabel(SessionPart part);
[[nodiscard]] QString participantGroupKey(ParticipantGroup group);
[[nodiscard]] ParticipantGroup participantGroupFromKey(const QString& key);
/// "Political leadership", "Opposition members".
[[nodiscard]] QString participantGroupLabel(ParticipantGroup group);

/// The kinds reports count as "meetings and activities": the team meets the council in them.
[[nodiscard]] bool isMeetingKind(SessionKind kind);
/// Travel and meals are not team time (approach figures, the long-stretch check).
[[nodiscard]] bool isTeamTimeKind(SessionKind kind);

struct SessionAttendance
{
    QUuid member;
    SessionPart part = SessionPart::Observer;

    friend bool operator==(const SessionAttendance&, const SessionAttendance&) = default;
};

struct GroupMet
{
    ParticipantGroup group = ParticipantGroup::Other;
    int headcount = 0;

    friend bool operator==(const GroupMet&, const GroupMet&) = default;
};

inline constexpr int minutesPerDay = 24 * 60;

/// One entry of the onsite timetable. Times are wall-clock minutes from the start of `day` in the
/// timetable's zone (Europe/London); `end` may pass midnight (up to a day later).
struct Session
{
    QUuid id;
    QDate day;
    int start = 9 * 60;
    int end = 10 * 60;
    SessionKind kind = SessionKind::Interview;
    QString title;
    QString location;
    SessionStatus status = SessionStatus::Planned;
    QString notes;
    QList<SessionAttendance> team; // in the order of the team list
    QList<QUuid> themes;
    QList<QUuid> questions; // key questions it explores
    QList<GroupMet> groups;
    QList<QUuid> attendees; // named council contacts: personal data, never printed in reports

    [[nodiscard]] bool isCancelled() const { return status == SessionStatus::Cancelled; }
    [[nodiscard]] int minutes() const { return end > start ? end - start : 0; }
    /// Minutes from the epoch day, so sessions on different days compare (midnight included).
    [[nodiscard]] qint64 absoluteStart() const { return day.toJulianDay() * minutesPerDay + start; }
    [[nodiscard]] qint64 absoluteEnd() const
    {
        return day.toJulianDay() * minutesPerDay + std::max(end, start);
    }
    [[nodiscard]] bool attendedBy(const QUuid& member) const;
    [[nodiscard]] int headcount() const;
    /// Local start and end in the given zone (Europe/London for every timetable).
    [[nodiscard]] QDateTime startsAt(const QTimeZone& zone) const;
    [[nodiscard]] QDateTime endsAt(const QTimeZone& zone) const;

    friend bool operator==(const Session&, const Session&) = default;
};

/// "09:30": minutes from midnight as a 24-hour time (24:30 and on for the next day's small hours).
[[nodiscard]] QString clockTime(int minutes);
/// Sorts by day, start, end, title then id: the timetable's reading order.
void sortSessions(QList<Session>& sessions);

/// A place sessions happen. Its id derives from the name (locationId), so that two laptops that
/// name the same room write the same record; the name is matched ignoring case and spaces.
struct Location
{
    QUuid id;
    QString name;
    int travelMinutes = 0; // to get there from any other location; 0 = none needed or not known
    QString notes;

    friend bool operator==(const Location&, const Location&) = default;
};

/// The form a location name is compared in: trimmed, spaces collapsed, case folded.
[[nodiscard]] QString locationKey(const QString& name);
[[nodiscard]] QUuid locationId(const QString& name);
/// Ids of a session's child records, derived from the pair so two laptops agree on them.
[[nodiscard]] QUuid attendanceId(const QUuid& session, const QUuid& member);
[[nodiscard]] QUuid groupMetId(const QUuid& session, ParticipantGroup group);

/// The time zone of every onsite timetable.
[[nodiscard]] QTimeZone timetableZone();

} // namespace pc
