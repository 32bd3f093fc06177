// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "keytable.h"

#include <QObject>
#include <QRegularExpression>

namespace pc {

namespace {

// Keys are stored in files and JSON: never rename one.
constexpr KeyTable<SessionKind, 10> kindKeys{{
    {SessionKind::Interview, "interview"},
    {SessionKind::FocusGroup, "focus-group"},
    {SessionKind::SiteVisit, "site-visit"},
    {SessionKind::MeetingObserved, "meeting-observed"},
    {SessionKind::Workshop, "workshop"},
    {SessionKind::TeamHuddle, "team-huddle"},
    {SessionKind::Travel, "travel"},
    {SessionKind::Meal, "meal"},
    {SessionKind::FeedbackPresentation, "feedback-presentation"},
    {SessionKind::Other, "other"},
}};

constexpr KeyTable<SessionStatus, 5> statusKeys{{
    {SessionStatus::Planned, "planned"},
    {SessionStatus::Confirmed, "confirmed"},
    {SessionStatus::Moved, "moved"},
    {SessionStatus::Cancelled, "cancelled"},
    {SessionStatus::Held, "held"},
}};

constexpr KeyTable<SessionPart, 3> partKeys{{
    {SessionPart::LeadQuestioner, "lead-questioner"},
    {SessionPart::NoteTaker, "note-taker"},
    {SessionPart::Observer, "observer"},
}};

constexpr KeyTable<ParticipantGroup, 8> groupKeys{{
    {ParticipantGroup::PoliticalLeadership, "political-leadership"},
    {ParticipantGroup::OppositionMembers, "opposition-members"},
    {ParticipantGroup::SeniorOfficers, "senior-officers"},
    {ParticipantGroup::Staff, "staff"},
    {ParticipantGroup::Partners, "partners"},
    {ParticipantGroup::Residents, "residents"},
    {ParticipantGroup::Scrutiny, "scrutiny"},
    {ParticipantGroup::Other, "other"},
}};

QUuid derivedId(const char* ns, const QByteArray& name)
{
    return QUuid::createUuidV5(QUuid(QString::fromLatin1(ns)), name);
}

} // namespace

QString sessionKindKey(SessionKind kind)
{
    return keyOf(kindKeys, kind);
}

SessionKind sessionKindFromKey(const QString& key)
{
    return valueOf(kindKeys, key, SessionKind::Other);
}

QString sessionKindLabel(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Interview:
        return QObject::tr("Interview");
    case SessionKind::FocusGroup:
        return QObject::tr("Focus group");
    case SessionKind::SiteVisit:
        return QObject::tr("Site visit");
    case SessionKind::MeetingObserved:
        return QObject::tr("Meeting observed");
    case SessionKind::Workshop:
        return QObject::tr("Workshop");
    case SessionKind::TeamHuddle:
        return QObject::tr("Team huddle");
    case SessionKind::Travel:
        return QObject::tr("Travel");
    case SessionKind::Meal:
        return QObject::tr("Meal or break");
    case SessionKind::FeedbackPresentation:
        return QObject::tr("Feedback presentation");
    case SessionKind::Other:
        return QObject::tr("Other");
    }
    return {};
}

QString sessionStatusKey(SessionStatus status)
{
    return keyOf(statusKeys, status);
}

SessionStatus sessionStatusFromKey(const QString& key)
{
    return valueOf(statusKeys, key, SessionStatus::Planned);
}

QString sessionStatusLabel(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Planned:
        return QObject::tr("Planned");
    case SessionStatus::Confirmed:
        return QObject::tr("Confirmed");
    case SessionStatus::Moved:
        return QObject::tr("Moved");
    case SessionStatus::Cancelled:
        return QObject::tr("Cancelled");
    case SessionStatus::Held:
        return QObject::tr("Held");
    }
    return {};
}

QString sessionPartKey(SessionPart part)
{
    return keyOf(partKeys, part);
}

SessionPart sessionPartFromKey(const QString& key)
{
    return valueOf(partKeys, key, SessionPart::Observer);
}

QString sessionPartLabel(SessionPart part)
{
    switch (part) {
    case SessionPart::LeadQuestioner:
        return QObject::tr("Lead questioner");
    case SessionPart::NoteTaker:
        return QObject::tr("Note-taker");
    case SessionPart::Observer:
        return QObject::tr("Observer");
    }
    return {};
}

QString participantGroupKey(ParticipantGroup group)
{
    return keyOf(groupKeys, group);
}

ParticipantGroup participantGroupFromKey(const QString& key)
{
    return valueOf(groupKeys, key, ParticipantGroup::Other);
}

QString participantGroupLabel(ParticipantGroup group)
{
    switch (group) {
    case ParticipantGroup::PoliticalLeadership:
        return QObject::tr("Political leadership");
    case ParticipantGroup::OppositionMembers:
        return QObject::tr("Opposition members");
    case ParticipantGroup::SeniorOfficers:
        return QObject::tr("Senior officers");
    case ParticipantGroup::Staff:
        return QObject::tr("Staff");
    case ParticipantGroup::Partners:
        return QObject::tr("Partners");
    case ParticipantGroup::Residents:
        return QObject::tr("Residents");
    case ParticipantGroup::Scrutiny:
        return QObject::tr("Scrutiny");
    case ParticipantGroup::Other:
        return QObject::tr("Others");
    }
    return {};
}

bool isMeetingKind(SessionKind kind)
{
    switch (kind) {
    case SessionKind::Interview:
    case SessionKind::FocusGroup:
    case SessionKind::SiteVisit:
    case SessionKind::MeetingObserved:
    case SessionKind::Workshop:
        return true;
    default:
        return false;
    }
}

bool isTeamTimeKind(SessionKind kind)
{
    return kind != SessionKind::Travel && kind != SessionKind::Meal;
}

bool Session::attendedBy(const QUuid& member) const
{
    return std::any_of(team.cbegin(), team.cend(),
                       [&](const SessionAttendance& a) { return a.member == member; });
}

int Session::headcount() const
{
    int total = 0;
    for (const GroupMet& g : groups)
        total += std::max(0, g.headcount);
    return total;
}

QDateTime Session::startsAt(const QTimeZone& zone) const
{
    return QDateTime(day.addDays(start / minutesPerDay), QTime(0, 0).addSecs((start % minutesPerDay) * 60),
                     zone);
}

QDateTime Session::endsAt(const QTimeZone& zone) const
{
    const int e = std::max(end, start);
    return QDateTime(day.addDays(e / minutesPerDay), QTime(0, 0).addSecs((e % minutesPerDay) * 60), zone);
}

QString clockTime(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void sortSessions(QList<Session>& sessions)
{
    std::sort(sessions.begin(), sessions.end(), [](const Session& a, const Session& b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        if (a.title != b.title)
            return a.title < b.title;
        return a.id < b.id;
    });
}

QString locationKey(const QString& name)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return name.trimmed().replace(spaces, QStringLiteral(" ")).toCaseFolded();
}

QUuid locationId(const QString& name)
{
    return derivedId("{6f1c2a34-0d8e-4c55-9a7b-2f3e61d0b8a9}", locationKey(name).toUtf8());
}

QUuid attendanceId(const QUuid& session, const QUuid& member)
{
    return derivedId("{a4d37e10-5b2c-4f86-b0e9-8c1f7d26e3b5}", session.toRfc4122() + member.toRfc4122());
}

QUuid groupMetId(const QUuid& session, ParticipantGroup group)
{
    return derivedId("{c81e5f02-7a94-4d3b-9e6c-1b0f2d8a7c43}",
                     session.toRfc4122() + participantGroupKey(group).toLatin1());
}

QTimeZone timetableZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/London"));
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace pc
