// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoengagement.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/uuidsource.h"
#include "democontacts.h"
#include "demodocuments.h"
#include "demoevidence.h"
#include "demofollowup.h"
#include "demonames.h"
#include "demorandom.h"
#include "demoreport.h"
#include "demoschedule.h"
#include "demoscope.h"
#include "demoteam.h"
#include "model/engagement.h"
#include "storage/contactrepository.h"
#include "storage/documentrepository.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/findingrepository.h"
#include "storage/installation.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "templates/programmetemplate.h"

#include <QObject>

#include <algorithm>

namespace pc {

namespace {

struct Host
{
    const char* name;
    const char* type;
    const char* control;
    const char* region;
    qint64 population;
};

// Fictional councils: any likeness to a real one is a coincidence.
constexpr Host hosts[] = {
    {"Northmoor District Council", "district", "No overall control", "Yorkshire and the Humber", 112400},
    {"Eastvale Borough Council", "district", "Labour", "East Midlands", 98300},
    {"Westbrook Council", "unitary", "Liberal Democrat", "South West", 187900},
};

constexpr const char* scaleNames[] = {"small", "large", "stress"};

const QString programmeId = QStringLiteral("lga-cpc-2024");

/// What each scale holds; the team varies a little with the seed.
struct Shape
{
    int focusAreas = 2;
    DemoTeamShape team;
    int contacts = 8;
    int documents = 14;
    int sessions = 0; // 0: the natural programme for the team
    int slotMinutes = 60;
    int slotGap = 15;
};

Shape shapeOf(DemoScale scale, DemoRandom& random)
{
    switch (scale) {
    case DemoScale::Small:
        return {2, {random.between(1, 2), random.between(2, 3), 0, 0}, 8, 14, 0, 60, 15};
    case DemoScale::Large:
        return {4, {random.between(4, 5), random.between(9, 10), 2, 1}, 15, 30, 0, 60, 15};
    case DemoScale::Stress:
        // about 1,000 sessions: short slots for many pairs
        return {15, {random.between(13, 14), random.between(27, 28), 4, 2}, 40, 120, 1000, 20, 10};
    }
    Q_UNREACHABLE();
}

/// The evidence each scale holds. Its counts are drawn after the timetable, so the content before
/// it keeps the random sequence it had before there was evidence.
DemoEvidenceShape evidenceShapeOf(DemoScale scale)
{
    switch (scale) {
    case DemoScale::Small:
        return {360, 480, 28, 36, 7, 10};
    case DemoScale::Large:
        return {1900, 2100, 60, 72, 12, 16};
    case DemoScale::Stress: // DESIGN.md: 50,000 notes and 2,000 findings
        return {50000, 50000, 2000, 2000, 60, 60};
    }
    Q_UNREACHABLE();
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// The programme's core elements then the focus areas, with positions set, so that no insert has
/// to look up the last position (which lists the table each time).
QList<Theme> addThemes(RecordStore& records, DemoRandom& random, int focusAreas)
{
    const auto cpc = TemplateLibrary::builtIn().find(programmeId);
    if (!cpc)
        throw Error(ErrorKind::Io, QObject::tr("The built-in Corporate Peer Challenge template is missing."));
    QList<Theme> themes;
    for (const TemplateTheme& element : cpc->themes) {
        Theme theme;
        theme.title = element.title;
        theme.kind = element.core ? ThemeKind::Core : ThemeKind::Focus;
        theme.templateKey = element.key;
        theme.position = double(themes.size() + 1);
        for (const QString& question : element.questions)
            theme.questions.append(KeyQuestion{{}, {}, question, double(theme.questions.size() + 1)});
        themes.append(theme);
    }
    themes += demoFocusAreas(random, focusAreas, double(themes.size() + 1));
    ScopeRepository scope(records);
    for (Theme& theme : themes)
        theme.id = scope.addTheme(theme);
    return themes;
}

/// Every peer leads a theme and every theme has a lead; the LGA staff lead none. Returns the
/// members' ids and each theme's leads.
/// A focus area's lead was chosen for knowing it, so it joins their expertise.
QList<QUuid> addTeam(RecordStore& records, QList<Member> team, const QList<Theme>& themes,
                     QHash<QUuid, QList<QUuid>>& leadsOf)
{
    TeamRepository repository(records);
    QList<qsizetype> peers; // indexes into team
    for (qsizetype i = 0; i < team.size(); ++i) {
        team[i].id = records.installation().uuids().next();
        if (team[i].role != MemberRole::ChallengeManager && team[i].role != MemberRole::SupportOfficer)
            peers.append(i);
    }
    QList<QPair<QUuid, QUuid>> leads;
    // (k mod themes, k mod peers) never repeats for k below the larger count.
    for (qsizetype k = 0; !peers.isEmpty() && k < std::max(peers.size(), themes.size()); ++k) {
        const Theme& theme = themes[k % themes.size()];
        Member& lead = team[peers[k % peers.size()]];
        leads.append({theme.id, lead.id});
        leadsOf[theme.id].append(lead.id);
        if (theme.kind == ThemeKind::Focus)
            lead.expertise = joinTags(lead.expertiseTags() << theme.title);
    }
    QList<QUuid> ids;
    for (const Member& member : std::as_const(team))
        ids.append(repository.addMember(member));
    for (const auto& [theme, lead] : std::as_const(leads))
        repository.setThemeLead(theme, lead, true);
    return ids;
}

/// Peers with commitments at home: the lead member peer joins after the first morning (a full
/// council meeting), and in the larger demos an officer peer leaves before the last day.
QList<Availability> addAvailability(RecordStore& records, const QList<Member>& team, const QList<QUuid>& ids,
                                    const Engagement& engagement)
{
    TeamRepository repository(records);
    QList<Availability> set;
    const QDate first = engagement.date(Milestone::OnsiteStart);
    const QDate last = engagement.date(Milestone::OnsiteEnd);
    int officers = 0;
    for (qsizetype i = 0; i < team.size(); ++i) {
        if (team[i].role == MemberRole::LeadMemberPeer)
            set.append({ids[i], first, DayAvailability::Afternoon,
                        QStringLiteral("Chairs full council at home in the morning.")});
        if (team[i].role == MemberRole::OfficerPeer && ++officers == 4)
            set.append({ids[i], last, DayAvailability::Unavailable,
                        QStringLiteral("Budget meeting at home; leaves on Thursday evening.")});
    }
    for (const Availability& a : std::as_const(set))
        repository.setAvailability(a);
    return set;
}

const char* const scopeAgreement = R"(## What the council asked for

The council asked the peer team to look at the five core elements of the corporate peer challenge, and at two areas of its own:

- how the council can deliver its **housing** ambitions with partners;
- whether its **digital** plans will make services easier to reach for every resident.

## How the team will work

1. Interviews and focus groups with members, staff and partners over four days.
2. A feedback presentation to the leader and chief executive on the last afternoon.
3. A report within six weeks, which the council will publish with its action plan.
)";

/// Returns the sessions with their ids.
QList<Session> addSchedule(RecordStore& records, DemoRandom& random, const DemoScheduleInput& input)
{
    ScheduleRepository schedule(records);
    for (const Location& location : demoLocations())
        schedule.setLocation(location);
    QList<Session> sessions = demoSchedule(random, input);
    for (Session& session : sessions)
        session.id = schedule.addSession(session);
    return sessions;
}

void setDates(Engagement& engagement, const QDate& today)
{
    // The demo sits three weeks before its visit, the moment a manager uses the tool most.
    const QDate onsite = today.addDays(21);
    const QDate start = onsite.addDays(1 - onsite.dayOfWeek()); // a Monday
    QDate visit = start.addDays(1);                             // four days, Tuesday to Friday
    // No council hosts a visit over Christmas and the New Year: the week after, then.
    const auto inHolidays = [](const QDate& day) {
        return (day.month() == 12 && day.day() >= 20) || (day.month() == 1 && day.day() <= 3);
    };
    while (inHolidays(visit) || inHolidays(visit.addDays(3)))
        visit = visit.addDays(7);
    engagement.setDate(Milestone::ScopingMeeting, visit.addMonths(-5));
    engagement.setDate(Milestone::PositionStatementDue, visit.addDays(-28));
    engagement.setDate(Milestone::PreReadingSent, visit.addDays(-15)); // Mondays: weekday deadlines
    engagement.setDate(Milestone::TeamCall, visit.addDays(-8));
    engagement.setDate(Milestone::OnsiteStart, visit);
    engagement.setDate(Milestone::OnsiteEnd, visit.addDays(3));
    engagement.setDate(Milestone::FeedbackPresentation, visit.addDays(3));
}

} // namespace

QString demoScaleName(DemoScale scale)
{
    return text(scaleNames[int(scale)]);
}

std::optional<DemoScale> demoScaleFromName(const QString& name)
{
    for (int i = 0; i < int(std::size(scaleNames)); ++i) {
        if (name.compare(QLatin1String(scaleNames[i]), Qt::CaseInsensitive) == 0)
            return DemoScale(i);
    }
    return std::nullopt;
}

QStringList demoScaleNames()
{
    QStringList names;
    for (const char* name : scaleNames)
        names.append(text(name));
    return names;
}

std::unique_ptr<EngagementFile> createDemoEngagement(const QString& path, Installation& installation,
                                                     quint64 seed, DemoScale scale)
{
    const Host& host = hosts[(seed + std::size(hosts) - 1) % std::size(hosts)]; // seed 1: Northmoor
    NewEngagement engagement;
    engagement.title = QObject::tr("%1 Corporate Peer Challenge").arg(text(host.name));
    engagement.programme = programmeId;
    engagement.programmeVersion = 1;
    engagement.hostName = text(host.name);
    const QDate today = installation.clock().now().toLocalTime().date();
    return EngagementFile::create(path, installation, engagement, [&](RecordStore& records) {
        DemoRandom random(seed);
        DemoNames names(random);
        const Shape shape = shapeOf(scale, random);
        EngagementRepository repository(records);
        Engagement e = repository.engagement();
        e.host.type = text(host.type);
        e.host.politicalControl = text(host.control);
        e.host.region = text(host.region);
        e.host.population = host.population;
        setDates(e, today);
        e.scopeAgreement = QString::fromUtf8(scopeAgreement);
        e.scopeAgreed = e.date(Milestone::ScopingMeeting).addDays(12);
        repository.update(e);
        const QList<Theme> themes = addThemes(records, random, shape.focusAreas);
        const QList<Member> team = demoTeam(random, names, shape.team);
        DemoLibrary library{themes, {}, {}, e.date(Milestone::PreReadingSent), today};
        library.members = addTeam(records, team, themes, library.leadsOf);
        // As stored, with the ids of the key questions and members.
        DemoScheduleInput schedule{ScopeRepository(records).themes(),
                                   TeamRepository(records).members(),
                                   {},
                                   {},
                                   e.date(Milestone::OnsiteStart),
                                   e.date(Milestone::OnsiteEnd),
                                   shape.sessions,
                                   shape.slotMinutes,
                                   shape.slotGap};
        schedule.availability = addAvailability(records, team, library.members, e);
        ContactRepository contacts(records);
        for (Contact contact : demoContacts(names, shape.contacts)) {
            contact.id = contacts.addContact(contact);
            schedule.contacts.append(contact);
        }
        DocumentRepository documents(records);
        QList<Document> papers; // with their ids, for the notes taken from them
        for (Document document : demoDocuments(random, library, shape.documents)) {
            document.id = documents.addDocument(document);
            papers.append(document);
        }
        const QList<Session> sessions = addSchedule(records, random, schedule);
        const DemoEvidenceInput evidence{.themes = schedule.themes,
                                         .team = schedule.team,
                                         .contacts = schedule.contacts,
                                         .documents = papers,
                                         .sessions = sessions,
                                         .first = schedule.first,
                                         .last = schedule.last,
                                         .shape = evidenceShapeOf(scale)};
        addDemoEvidence(records, random, evidence);
        addDemoReport(records, schedule.themes, e.host.name, e.date(Milestone::OnsiteEnd).addDays(10));
        addDemoFollowUp(records, FindingRepository(records).recommendations(), schedule.team,
                        e.date(Milestone::OnsiteEnd));
    });
}

} // namespace pc
