// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoengagement.h"

#include "common/clock.h"
#include "common/error.h"
#include "model/engagement.h"
#include "model/member.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/installation.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "templates/programmetemplate.h"

#include <QObject>

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

struct Person
{
    const char* name;
    MemberRole role;
    const char* jobTitle;
    const char* organisation;
    Sector sector;
    const char* group;
    const char* expertise;
};

constexpr Person team[] = {
    {"Helen Achterberg", MemberRole::LeadOfficerPeer, "Chief Executive", "Ravensholt Borough Council",
     Sector::LocalGovernment, "", "Organisational change, partnerships, devolution"},
    {"Cllr Marcus Okafor", MemberRole::LeadMemberPeer, "Leader", "Fenwick District Council",
     Sector::LocalGovernment, "Labour", "Political leadership, cabinet governance"},
    {"Cllr Priya Lindqvist", MemberRole::MemberPeer, "Deputy Leader", "Hartmoor County Council",
     Sector::LocalGovernment, "Conservative", "Scrutiny, adult social care"},
    {"Daniel Ferreira", MemberRole::OfficerPeer, "Director of Finance (s151 officer)", "Calder Vale Council",
     Sector::LocalGovernment, "", "Medium-term financial planning, capital programmes"},
    {"Sinead Mallory", MemberRole::OfficerPeer, "Director of Housing", "Portwen City Council",
     Sector::LocalGovernment, "", "Homelessness, housing delivery, regeneration"},
    {"Tom Gallagher-Reid", MemberRole::ChallengeManager, "Peer Challenge Manager",
     "Local Government Association", Sector::LocalGovernment, "", "Peer challenge method, report writing"},
};

struct FocusArea
{
    const char* title;
    const char* questions[3];
};

constexpr FocusArea focusAreas[] = {
    {"Housing and homelessness",
     {"How well does the council understand housing need and the pressures on temporary accommodation?",
      "Is the housing delivery plan realistic, resourced and owned across the council and its partners?",
      "How effectively does the council work with partners to prevent homelessness?"}},
    {"Customer access and digital services",
     {"Do residents find it easy to reach the council and get things done first time?",
      "Is there a clear plan for digital services that keeps those who cannot go online in mind?", nullptr}},
};

QString text(const char* latin)
{
    return QString::fromUtf8(latin);
}

void addThemes(RecordStore& records)
{
    const auto cpc = TemplateLibrary::builtIn().find(QStringLiteral("lga-cpc-2024"));
    if (!cpc)
        throw Error(ErrorKind::Io, QObject::tr("The built-in Corporate Peer Challenge template is missing."));
    cpc->applyTo(records);
    ScopeRepository scope(records);
    for (const FocusArea& area : focusAreas) {
        Theme theme;
        theme.title = text(area.title);
        theme.kind = ThemeKind::Focus;
        for (const char* question : area.questions) {
            if (question)
                theme.questions.append(KeyQuestion{{}, {}, text(question), 0});
        }
        scope.addTheme(theme);
    }
}

void addTeam(RecordStore& records)
{
    TeamRepository repository(records);
    ScopeRepository scope(records);
    const QList<Theme> themes = scope.themes();
    int index = 0;
    for (const Person& person : team) {
        Member member;
        member.name = text(person.name);
        member.role = person.role;
        member.jobTitle = text(person.jobTitle);
        member.organisation = text(person.organisation);
        member.sector = person.sector;
        member.politicalGroup = text(person.group);
        member.expertise = text(person.expertise);
        const QString login = member.name.section(QLatin1Char(' '), -1).toLower();
        member.email = QStringLiteral("%1@example.org").arg(login);
        const QUuid id = repository.addMember(member);
        // Each peer leads one theme; the manager leads none.
        if (person.role != MemberRole::ChallengeManager && index < themes.size())
            repository.setThemeLead(themes[index].id, id, true);
        ++index;
    }
}

void setDates(RecordStore& records, const QDate& today)
{
    EngagementRepository repository(records);
    Engagement engagement = repository.engagement();
    // The demo sits three weeks before its visit, the moment a manager uses the tool most.
    const QDate onsite = today.addDays(21);
    const QDate start = onsite.addDays(1 - onsite.dayOfWeek()); // a Monday
    const QDate visit = start.addDays(1);                       // Tuesday to Friday
    engagement.setDate(Milestone::ScopingMeeting, visit.addMonths(-5));
    engagement.setDate(Milestone::PositionStatementDue, visit.addDays(-28));
    engagement.setDate(Milestone::PreReadingSent, visit.addDays(-17));
    engagement.setDate(Milestone::TeamCall, visit.addDays(-9));
    engagement.setDate(Milestone::OnsiteStart, visit);
    engagement.setDate(Milestone::OnsiteEnd, visit.addDays(3));
    engagement.setDate(Milestone::FeedbackPresentation, visit.addDays(3));
    repository.update(engagement);
}

} // namespace

std::unique_ptr<EngagementFile> createDemoEngagement(const QString& path, Installation& installation,
                                                     quint64 seed)
{
    const Host& host = hosts[(seed + std::size(hosts) - 1) % std::size(hosts)]; // seed 1: Northmoor
    NewEngagement engagement;
    engagement.title = QObject::tr("%1 Corporate Peer Challenge").arg(text(host.name));
    engagement.programme = QStringLiteral("lga-cpc-2024");
    engagement.programmeVersion = 1;
    engagement.hostName = text(host.name);
    const QDate today = installation.clock().now().toLocalTime().date();
    return EngagementFile::create(path, installation, engagement, [&](RecordStore& records) {
        EngagementRepository repository(records);
        Engagement e = repository.engagement();
        e.host.type = text(host.type);
        e.host.politicalControl = text(host.control);
        e.host.region = text(host.region);
        e.host.population = host.population;
        repository.update(e);
        addThemes(records);
        addTeam(records);
        setDates(records, today);
    });
}

} // namespace pc
