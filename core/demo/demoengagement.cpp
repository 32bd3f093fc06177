// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoengagement.h"

#include "common/clock.h"
#include "common/error.h"
#include "demonames.h"
#include "demorandom.h"
#include "demoscope.h"
#include "demoteam.h"
#include "model/engagement.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/installation.h"
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
};

Shape shapeOf(DemoScale scale, DemoRandom& random)
{
    switch (scale) {
    case DemoScale::Small:
        return {2, {random.between(1, 2), random.between(2, 3), 0, 0}};
    case DemoScale::Large:
        return {4, {random.between(4, 5), random.between(9, 10), 2, 1}};
    case DemoScale::Stress:
        return {15, {random.between(13, 14), random.between(27, 28), 4, 2}};
    }
    Q_UNREACHABLE();
}

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// The programme's core elements then the focus areas, with positions set, so that no insert has
/// to look up the last position (which lists the table each time).
QList<QUuid> addThemes(RecordStore& records, DemoRandom& random, int focusAreas)
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
    QList<QUuid> ids;
    for (const Theme& theme : themes)
        ids.append(scope.addTheme(theme));
    return ids;
}

/// Every peer leads a theme and every theme has a lead; the LGA staff lead none.
void addTeam(RecordStore& records, const QList<Member>& team, const QList<QUuid>& themes)
{
    TeamRepository repository(records);
    QList<QUuid> peers;
    for (const Member& member : team) {
        const QUuid id = repository.addMember(member);
        if (member.role != MemberRole::ChallengeManager && member.role != MemberRole::SupportOfficer)
            peers.append(id);
    }
    if (peers.isEmpty() || themes.isEmpty())
        return;
    // (k mod themes, k mod peers) never repeats for k below the larger count.
    for (qsizetype k = 0; k < std::max(peers.size(), themes.size()); ++k)
        repository.setThemeLead(themes[k % themes.size()], peers[k % peers.size()], true);
}

void setDates(Engagement& engagement, const QDate& today)
{
    // The demo sits three weeks before its visit, the moment a manager uses the tool most.
    const QDate onsite = today.addDays(21);
    const QDate start = onsite.addDays(1 - onsite.dayOfWeek()); // a Monday
    const QDate visit = start.addDays(1);                       // four days, Tuesday to Friday
    engagement.setDate(Milestone::ScopingMeeting, visit.addMonths(-5));
    engagement.setDate(Milestone::PositionStatementDue, visit.addDays(-28));
    engagement.setDate(Milestone::PreReadingSent, visit.addDays(-17));
    engagement.setDate(Milestone::TeamCall, visit.addDays(-9));
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
        repository.update(e);
        const QList<QUuid> themes = addThemes(records, random, shape.focusAreas);
        addTeam(records, demoTeam(random, names, shape.team), themes);
    });
}

} // namespace pc
