// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoschedule.h"

#include "demorandom.h"

#include <QObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace pc {

namespace {

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// A meeting the team holds with the council, its partners or its residents.
struct Meeting
{
    const char* title;
    SessionKind kind;
    ParticipantGroup group;
    int headcount;
    const char* themeKey; // a core element's template key; empty for the focus areas' own
    ContactRole contact;  // the council contacts who attend (Other: none named)
    const char* location; // empty: a committee room
};

// Fictional, and typical of published onsite programmes (DOMAIN.md section 5).
constexpr Meeting meetings[] = {
    {"Cabinet members", SessionKind::FocusGroup, ParticipantGroup::PoliticalLeadership, 7,
     "organisational-and-place-leadership", ContactRole::PortfolioHolder, ""},
    {"Corporate leadership team", SessionKind::FocusGroup, ParticipantGroup::SeniorOfficers, 7,
     "organisational-and-place-leadership", ContactRole::Director, ""},
    {"Opposition group leaders", SessionKind::Interview, ParticipantGroup::OppositionMembers, 3,
     "governance-and-culture", ContactRole::Other, ""},
    {"Director of finance (section 151 officer)", SessionKind::Interview, ParticipantGroup::SeniorOfficers, 1,
     "financial-planning-and-management", ContactRole::Director, ""},
    {"Staff focus group: frontline services", SessionKind::FocusGroup, ParticipantGroup::Staff, 12,
     "capacity-for-improvement", ContactRole::Other, ""},
    {"Scrutiny chairs and vice-chairs", SessionKind::FocusGroup, ParticipantGroup::Scrutiny, 5,
     "governance-and-culture", ContactRole::Other, ""},
    {"Health and care partners", SessionKind::FocusGroup, ParticipantGroup::Partners, 6,
     "organisational-and-place-leadership", ContactRole::Partner, ""},
    {"Monitoring officer", SessionKind::Interview, ParticipantGroup::SeniorOfficers, 1,
     "governance-and-culture", ContactRole::Other, ""},
    {"Residents' panel", SessionKind::FocusGroup, ParticipantGroup::Residents, 10,
     "local-priorities-and-outcomes", ContactRole::Other, ""},
    {"Staff focus group: managers", SessionKind::FocusGroup, ParticipantGroup::Staff, 9,
     "capacity-for-improvement", ContactRole::Other, ""},
    {"Site visit: depot and waste services", SessionKind::SiteVisit, ParticipantGroup::Staff, 4,
     "local-priorities-and-outcomes", ContactRole::Other, "Depot, Mill Lane"},
    {"Voluntary and community sector", SessionKind::FocusGroup, ParticipantGroup::Partners, 8,
     "local-priorities-and-outcomes", ContactRole::Partner, ""},
    {"Budget setting and medium-term plan", SessionKind::Workshop, ParticipantGroup::SeniorOfficers, 4,
     "financial-planning-and-management", ContactRole::Other, ""},
    {"Audit and governance committee chair", SessionKind::Interview, ParticipantGroup::Scrutiny, 1,
     "governance-and-culture", ContactRole::Other, ""},
    {"Head of HR and organisational development", SessionKind::Interview, ParticipantGroup::SeniorOfficers, 1,
     "capacity-for-improvement", ContactRole::Other, ""},
    {"Backbench councillors", SessionKind::FocusGroup, ParticipantGroup::OppositionMembers, 8,
     "governance-and-culture", ContactRole::Other, ""},
    {"Business leaders", SessionKind::FocusGroup, ParticipantGroup::Partners, 6,
     "local-priorities-and-outcomes", ContactRole::Partner, ""},
    {"Trade union representatives", SessionKind::Interview, ParticipantGroup::Staff, 3,
     "capacity-for-improvement", ContactRole::Other, ""},
    {"Observe overview and scrutiny committee", SessionKind::MeetingObserved, ParticipantGroup::Scrutiny, 9,
     "governance-and-culture", ContactRole::Other, "Council Chamber"},
    {"Police and community safety partners", SessionKind::FocusGroup, ParticipantGroup::Partners, 5,
     "organisational-and-place-leadership", ContactRole::Partner, ""},
    {"Transformation programme board", SessionKind::MeetingObserved, ParticipantGroup::SeniorOfficers, 6,
     "capacity-for-improvement", ContactRole::Director, ""},
    {"Parish and town councils", SessionKind::FocusGroup, ParticipantGroup::Partners, 5,
     "organisational-and-place-leadership", ContactRole::Other, ""},
    {"Young people's forum", SessionKind::FocusGroup, ParticipantGroup::Residents, 6,
     "local-priorities-and-outcomes", ContactRole::Other, ""},
    {"Staff networks", SessionKind::FocusGroup, ParticipantGroup::Staff, 6, "governance-and-culture",
     ContactRole::Other, ""},
    {"Customer service centre", SessionKind::SiteVisit, ParticipantGroup::Staff, 5,
     "local-priorities-and-outcomes", ContactRole::Other, "Customer Service Centre, Market Street"},
    {"Finance business partners", SessionKind::FocusGroup, ParticipantGroup::Staff, 6,
     "financial-planning-and-management", ContactRole::Other, ""},
};

constexpr const char* rooms[] = {"Committee Room 1", "Committee Room 2", "Committee Room 3",
                                 "Members' Room",    "Room 4.12",        "Room 4.14"};
const char* const teamBase = "Team base: Room 2.05";

/// The committee rooms, then as many meeting rooms on the third floor as a large team needs, so
/// that pairs meeting at the same time never share a room.
QString roomName(int index)
{
    if (index < int(std::size(rooms)))
        return QString::fromUtf8(rooms[index]);
    return QStringLiteral("Room 3.%1").arg(index - int(std::size(rooms)) + 1, 2, 10, QLatin1Char('0'));
}

/// The time a meeting's slot leaves around it: minutes free before and after.
struct SlotRoom
{
    int before = 0;
    int after = 0;
};

/// The focus areas' own meetings, titled after the area.
struct FocusMeeting
{
    const char* suffix;
    SessionKind kind;
    ParticipantGroup group;
    int headcount;
};

constexpr FocusMeeting focusMeetings[] = {
    {"lead officers", SessionKind::Interview, ParticipantGroup::SeniorOfficers, 3},
    {"partners and providers", SessionKind::FocusGroup, ParticipantGroup::Partners, 7},
    {"frontline staff", SessionKind::FocusGroup, ParticipantGroup::Staff, 8},
    {"portfolio holder", SessionKind::Interview, ParticipantGroup::PoliticalLeadership, 1},
};

int travelMinutes(const QString& location)
{
    for (const Location& l : demoLocations()) {
        if (l.name == location)
            return l.travelMinutes;
    }
    return 0;
}

bool available(const QList<Availability>& availability, const QUuid& member, const QDate& day, int start,
               int end)
{
    for (const Availability& a : availability) {
        if (a.member != member || a.day != day)
            continue;
        switch (a.status) {
        case DayAvailability::Available:
            return true;
        case DayAvailability::Morning:
            return end <= 13 * 60;
        case DayAvailability::Afternoon:
            return start >= 13 * 60;
        case DayAvailability::Unavailable:
            return false;
        }
    }
    return true;
}

class Builder
{
public:
    Builder(DemoRandom& random, const DemoScheduleInput& input)
        : m_random(random)
        , m_input(input)
    {
        for (const Member& m : input.team) {
            if (m.role == MemberRole::ChallengeManager)
                m_manager = m.id;
            else if (m.role != MemberRole::SupportOfficer)
                m_peers.append(m.id);
            m_everyone.append(m.id);
        }
        for (const Theme& t : input.themes) {
            if (t.kind == ThemeKind::Focus)
                m_focus.append(t);
        }
    }

    QList<Session> build()
    {
        const int days = int(m_input.first.daysTo(m_input.last)) + 1;
        for (int d = 0; d < days; ++d)
            buildDay(d, days);
        trimToCount();
        markChanges();
        serveEveryQuestion();
        return m_sessions;
    }

private:
    /// A timetable changes by the hour: one session moved, one cancelled by the council.
    void markChanges()
    {
        if (m_sessions.size() <= 12)
            return;
        m_sessions[7].status = SessionStatus::Moved;
        m_sessions[7].notes = QObject::tr("Moved from the afternoon at the council's request.");
        m_sessions[11].status = SessionStatus::Cancelled;
        m_sessions[11].notes = QObject::tr("Cancelled by the council; to be rearranged if time allows.");
    }

    /// A key question no meeting happened to explore goes to the meeting of its theme that explores
    /// the fewest, as a manager marks them when the checks ask.
    void serveEveryQuestion()
    {
        QSet<QUuid> served;
        for (const Session& s : std::as_const(m_sessions)) {
            if (!s.isCancelled()) {
                for (const QUuid& q : s.questions)
                    served.insert(q);
            }
        }
        for (const Theme& theme : m_input.themes) {
            for (const KeyQuestion& question : theme.questions) {
                if (served.contains(question.id))
                    continue;
                Session* fewest = nullptr;
                for (Session& s : m_sessions) {
                    if (isMeetingKind(s.kind) && !s.isCancelled() && s.themes.contains(theme.id)
                        && (!fewest || s.questions.size() < fewest->questions.size()))
                        fewest = &s;
                }
                if (fewest)
                    fewest->questions.append(question.id);
            }
        }
    }

    /// With a count asked for, the latest meetings of the days go first, so that every day keeps
    /// its huddles, lunch and (on the last) the feedback presentation.
    void trimToCount()
    {
        const qsizetype excess = m_sessions.size() - m_input.sessionCount;
        if (m_input.sessionCount <= 0 || excess <= 0)
            return;
        QList<qsizetype> meetings;
        for (qsizetype i = 0; i < m_sessions.size(); ++i) {
            if (isMeetingKind(m_sessions[i].kind) && m_sessions[i].kind != SessionKind::MeetingObserved)
                meetings.append(i);
        }
        std::stable_sort(meetings.begin(), meetings.end(), [this](qsizetype a, qsizetype b) {
            return m_sessions[a].start > m_sessions[b].start;
        });
        meetings = meetings.mid(0, excess);
        std::sort(meetings.begin(), meetings.end(), std::greater<>());
        for (const qsizetype i : std::as_const(meetings))
            m_sessions.removeAt(i);
    }

    Session& add(const QDate& day, int start, int end, SessionKind kind, const QString& title,
                 const QString& location, const QList<QUuid>& team)
    {
        Session s;
        s.day = day;
        s.start = start;
        s.end = end;
        s.kind = kind;
        s.title = title;
        s.location = location;
        s.status = SessionStatus::Confirmed;
        for (const QUuid& member : team) {
            if (available(m_input.availability, member, day, start, end))
                s.team.append({member, SessionPart::Observer});
        }
        m_sessions.append(s);
        return m_sessions.last();
    }

    /// Everyone who can be there.
    Session& addTeamSession(const QDate& day, int start, int end, SessionKind kind, const QString& title,
                            const QString& location)
    {
        return add(day, start, end, kind, title, location, m_everyone);
    }

    QList<QUuid> contactsWith(ContactRole role, int most) const
    {
        QList<QUuid> ids;
        for (const Contact& c : m_input.contacts) {
            if (c.role == role && ids.size() < most)
                ids.append(c.id);
        }
        return ids;
    }

    const Theme* themeWithKey(const QString& key) const
    {
        for (const Theme& t : m_input.themes) {
            if (t.templateKey == key)
                return &t;
        }
        return m_input.themes.isEmpty() ? nullptr : &m_input.themes.first();
    }

    void serve(Session& s, const Theme* theme)
    {
        if (!theme)
            return;
        s.themes.append(theme->id);
        if (!theme->questions.isEmpty()) {
            const int n = m_questionTurn[theme->id]++;
            s.questions.append(theme->questions[n % theme->questions.size()].id);
        }
    }

    /// The next meeting for a pair: the council's list first, the focus areas woven in.
    void addMeeting(const QDate& day, int start, int end, const QList<QUuid>& pair, const QString& room,
                    SlotRoom slot)
    {
        const int turn = m_meetingTurn++;
        const bool focusTurn = !m_focus.isEmpty() && turn % 3 == 2;
        Session* s = nullptr;
        if (focusTurn) {
            const int n = m_focusTurn++;
            const Theme& area = m_focus[n % m_focus.size()];
            const FocusMeeting& m = focusMeetings[(n / m_focus.size()) % std::size(focusMeetings)];
            s = &add(day, start, end, m.kind, QStringLiteral("%1: %2").arg(area.title, text(m.suffix)), room,
                     pair);
            s->groups.append({m.group, m.headcount});
            serve(*s, &area);
        } else {
            // Away from the civic centre the visit is shortened so the pair can get there and back in
            // the time the slot leaves around it; where even half the slot would not be left, the
            // pair takes the next meeting on the list instead.
            int n = m_councilTurn++;
            int lead = 0;
            int trail = 0;
            for (;;) {
                const int travel = travelMinutes(text(meetings[n % std::size(meetings)].location));
                lead = std::max(0, travel - slot.before);
                trail = std::max(0, travel - slot.after);
                if (end - start - lead - trail >= (end - start) / 2)
                    break;
                n = m_councilTurn++;
            }
            const Meeting& m = meetings[n % std::size(meetings)];
            const int round = n / int(std::size(meetings));
            QString title = text(m.title);
            if (round > 0)
                title += QStringLiteral(" (%1)").arg(round + 1);
            const QString location = *m.location ? text(m.location) : room;
            s = &add(day, start + lead, end - trail, m.kind, title, location, pair);
            s->groups.append({m.group, std::max(1, m.headcount + m_random.between(-1, 2))});
            if (m.contact != ContactRole::Other)
                s->attendees = contactsWith(m.contact, 3);
            serve(*s, themeWithKey(text(m.themeKey)));
        }
        // The pair's first is the lead questioner, the second takes the notes, a third observes.
        for (int i = 0; i < s->team.size(); ++i)
            s->team[i].part = i == 0 ? SessionPart::LeadQuestioner
                                     : (i == 1 ? SessionPart::NoteTaker : SessionPart::Observer);
        if (s->team.size() == 1 && !m_manager.isNull()
            && available(m_input.availability, m_manager, day, start, end))
            s->team.append({m_manager, SessionPart::NoteTaker});
    }

    /// Peers in pairs, a different pairing each day, so everyone works with most of the team.
    QList<QList<QUuid>> pairsFor(int dayIndex) const
    {
        QList<QUuid> order = m_peers;
        if (!order.isEmpty())
            std::rotate(order.begin(), order.begin() + (dayIndex % order.size()), order.end());
        QList<QList<QUuid>> pairs;
        for (int i = 0; i < order.size(); i += 2)
            pairs.append(order.mid(i, 2));
        if (pairs.size() > 1 && pairs.last().size() == 1) // a trio rather than a peer alone
            pairs[pairs.size() - 2].append(pairs.takeLast());
        return pairs;
    }

    void buildDay(int dayIndex, int days)
    {
        const QDate day = m_input.first.addDays(dayIndex);
        const bool firstDay = dayIndex == 0;
        const bool lastDay = dayIndex == days - 1;
        const int slot = m_input.slotMinutes;
        const int gap = m_input.slotGap;

        addTeamSession(day, 8 * 60 + 30, 9 * 60, SessionKind::TeamHuddle,
                       firstDay ? QObject::tr("Team briefing and arrival")
                                : QObject::tr("Morning team huddle"),
                       text(teamBase));
        int t = 9 * 60;
        if (firstDay) {
            Session& s = addTeamSession(day, t, t + 60, SessionKind::Interview,
                                        QObject::tr("Leader and chief executive"), text(rooms[0]));
            s.groups.append({ParticipantGroup::PoliticalLeadership, 1});
            s.groups.append({ParticipantGroup::SeniorOfficers, 1});
            s.attendees = contactsWith(ContactRole::Leader, 1) + contactsWith(ContactRole::ChiefExecutive, 1);
            serve(s, themeWithKey(QStringLiteral("organisational-and-place-leadership")));
            for (int i = 0; i < s.team.size(); ++i)
                s.team[i].part = i == 0 ? SessionPart::LeadQuestioner
                                        : (i == 1 ? SessionPart::NoteTaker : SessionPart::Observer);
            t += 60 + gap;
        }
        const int lunch = 12 * 60 + 45;
        const int dayEnd = lastDay ? 13 * 60 + 45 : 17 * 60;
        const QList<QList<QUuid>> pairs = pairsFor(dayIndex);
        const int closing = lastDay ? 14 * 60 : 17 * 60 + 15; // the rehearsal or the evening huddle
        int previousEnd = t - (firstDay ? gap : 0);           // the huddle ends as the first slot starts
        int slotIndex = 0;
        while (t + slot <= dayEnd) {
            if (t < lunch && t + slot > lunch) {
                t = lunch;
                continue;
            }
            if (t == lunch) {
                addTeamSession(day, lunch, lunch + 45, SessionKind::Meal, QObject::tr("Lunch"),
                               text(teamBase));
                t = lunch + 45;
                previousEnd = t;
                continue;
            }
            // What follows this slot: the next slot, lunch, or the end of the day's meetings.
            int next = t + slot + gap;
            if (next + slot > dayEnd)
                next = closing;
            else if (next < lunch && next + slot > lunch)
                next = lunch;
            const SlotRoom room{t - previousEnd, next - (t + slot)};
            for (int p = 0; p < pairs.size(); ++p) // a room each, in a different order every slot
                addMeeting(day, t, t + slot, pairs[p], roomName(int((p + slotIndex) % pairs.size())), room);
            previousEnd = t + slot;
            t += slot + gap;
            ++slotIndex;
        }
        if (lastDay) {
            addTeamSession(day, 14 * 60, 15 * 60 + 30, SessionKind::TeamHuddle,
                           QObject::tr("Agree the feedback and rehearse"), text(teamBase));
            Session& s =
                addTeamSession(day, 16 * 60, 17 * 60, SessionKind::FeedbackPresentation,
                               QObject::tr("Feedback presentation to the council"), text("Council Chamber"));
            s.groups.append({ParticipantGroup::PoliticalLeadership, 8});
            s.groups.append({ParticipantGroup::SeniorOfficers, 10});
            s.attendees = contactsWith(ContactRole::Leader, 1) + contactsWith(ContactRole::ChiefExecutive, 1);
            for (int i = 0; i < s.team.size(); ++i)
                s.team[i].part = i == 0 ? SessionPart::LeadQuestioner : SessionPart::Observer;
        } else {
            addTeamSession(day, 17 * 60 + 15, 18 * 60 + 30, SessionKind::TeamHuddle,
                           QObject::tr("Evening team huddle"), text(teamBase));
        }
        if (dayIndex == 1) {
            // The one evening session: the team watches the council at work.
            Session& s = addTeamSession(day, 18 * 60 + 30, 20 * 60 + 30, SessionKind::MeetingObserved,
                                        QObject::tr("Observe cabinet"), text("Council Chamber"));
            s.groups.append({ParticipantGroup::PoliticalLeadership, 9});
            serve(s, themeWithKey(QStringLiteral("governance-and-culture")));
            for (int i = 0; i < s.team.size(); ++i)
                s.team[i].part = i == 0 ? SessionPart::NoteTaker : SessionPart::Observer;
        }
    }

    DemoRandom& m_random;
    const DemoScheduleInput& m_input;
    QUuid m_manager;
    QList<QUuid> m_peers;
    QList<QUuid> m_everyone;
    QList<Theme> m_focus;
    QList<Session> m_sessions;
    QHash<QUuid, int> m_questionTurn;
    int m_meetingTurn = 0;
    int m_focusTurn = 0;
    int m_councilTurn = 0;
};

} // namespace

QList<Session> demoSchedule(DemoRandom& random, const DemoScheduleInput& input)
{
    if (!input.first.isValid() || !input.last.isValid() || input.last < input.first)
        return {};
    return Builder(random, input).build();
}

QList<Location> demoLocations()
{
    return {{locationId(text("Depot, Mill Lane")), text("Depot, Mill Lane"), 20,
             QObject::tr("Minibus from the Civic Centre's rear car park.")},
            {locationId(text("Customer Service Centre, Market Street")),
             text("Customer Service Centre, Market Street"), 10,
             QObject::tr("A walk through the town centre.")}};
}

} // namespace pc
