// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingpack.h"

#include "report/feedbackreport.h"
#include "report/markdownblocks.h"
#include "storage/documentrepository.h"
#include "storage/engagementrepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"

#include <QLocale>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>

namespace pc {

using report::Block;
using report::Span;
using report::Spans;

BriefingPackData readBriefingPack(RecordStore& records)
{
    BriefingPackData data;
    data.engagement = EngagementRepository(records).engagement();
    data.programmeName = programmeDisplayName(data.engagement.programme);
    data.themes = ScopeRepository(records).themes();
    data.members = TeamRepository(records).members();
    data.documents = DocumentRepository(records).documents();
    const ScheduleRepository schedule(records);
    data.sessions = schedule.sessions();
    data.locations = schedule.locations();
    return data;
}

report::Document buildBriefingPack(const BriefingPackData& data)
{
    report::Document document;
    ReportVersion notIssued;
    notIssued.state = ReportState::Final; // a briefing has no factual-accuracy round
    document.meta =
        engagementMeta(data.engagement, data.programmeName, QObject::tr("Team briefing pack"), notIssued);
    document.meta.version = QObject::tr("For the peer team only – not for publication");
    document.meta.draft = false;
    QList<Block>& blocks = document.blocks;
    int section = 0;

    blocks.append(report::heading(1, QString::number(++section), QObject::tr("Scope and key questions")));
    if (!data.engagement.scopeAgreement.trimmed().isEmpty())
        blocks.append(report::blocksFromMarkdown(data.engagement.scopeAgreement));
    int part = 0;
    for (const Theme& theme : data.themes) {
        blocks.append(report::heading(2, QStringLiteral("%1.%2").arg(section).arg(++part), theme.title));
        if (!theme.description.trimmed().isEmpty())
            blocks.append(report::paragraph(theme.description.simplified()));
        QStringList questions;
        for (const KeyQuestion& q : theme.questions)
            questions.append(q.text.simplified());
        if (!questions.isEmpty())
            blocks.append(report::bullets(questions));
    }

    QHash<QUuid, QString> names;
    for (const Member& m : data.members)
        names.insert(m.id, m.name);

    blocks.append(report::heading(1, QString::number(++section), QObject::tr("The team")));
    QList<QStringList> team;
    for (const Member& m : data.members) {
        QStringList contact;
        for (const QString& way : {m.email, m.phone}) {
            if (!way.isEmpty())
                contact.append(way);
        }
        team.append({m.name, roleLabel(m.role),
                     QStringList{m.jobTitle, m.organisation}
                         .filter(QRegularExpression(QStringLiteral("\\S")))
                         .join(QStringLiteral(", ")),
                     contact.join(QLatin1Char('\n'))});
    }
    if (team.isEmpty())
        blocks.append(report::paragraph(QObject::tr("No one is on the team yet.")));
    else
        blocks.append(report::table(
            {QObject::tr("Name"), QObject::tr("Role"), QObject::tr("Organisation"), QObject::tr("Contact")},
            team, {3, 3, 4, 4}));

    blocks.append(report::heading(1, QString::number(++section), QObject::tr("Documents to read")));
    part = 0;
    bool anyAssigned = false;
    for (const Member& m : data.members) {
        QStringList titles;
        for (const Document& d : data.documents) {
            if (d.readers.contains(m.id))
                titles.append(d.title.simplified());
        }
        if (titles.isEmpty())
            continue;
        anyAssigned = true;
        blocks.append(report::heading(2, QStringLiteral("%1.%2").arg(section).arg(++part), m.name));
        blocks.append(report::bullets(titles));
    }
    if (!anyAssigned)
        blocks.append(report::paragraph(
            data.documents.isEmpty() ? QObject::tr("The council has not yet sent any documents.")
                                     : QObject::tr("No one has been asked to read a particular document yet; "
                                                   "the library holds %1.")
                                           .arg(data.documents.size())));

    blocks.append(report::heading(1, QString::number(++section), QObject::tr("Onsite timetable")));
    QList<Session> sessions = data.sessions;
    sessions.removeIf([](const Session& s) { return s.isCancelled(); });
    std::stable_sort(sessions.begin(), sessions.end(), [](const Session& a, const Session& b) {
        return a.absoluteStart() < b.absoluteStart();
    });
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    part = 0;
    for (int i = 0; i < sessions.size();) {
        const QDate day = sessions.at(i).day;
        blocks.append(report::heading(2, QStringLiteral("%1.%2").arg(section).arg(++part),
                                      english.toString(day, QStringLiteral("dddd d MMMM yyyy"))));
        QList<QStringList> rows;
        for (; i < sessions.size() && sessions.at(i).day == day; ++i) {
            const Session& s = sessions.at(i);
            QStringList who;
            for (const SessionAttendance& a : s.team)
                who.append(names.value(a.member));
            rows.append(
                {QStringLiteral("%1–%2").arg(clockTime(s.start), clockTime(s.end)),
                 QStringLiteral("%1 (%2)").arg(s.title.simplified(), sessionKindLabel(s.kind).toLower()),
                 s.location, who.join(QStringLiteral(", "))});
        }
        blocks.append(report::table(
            {QObject::tr("Time"), QObject::tr("Session"), QObject::tr("Where"), QObject::tr("Team")}, rows,
            {2, 5, 3, 4}));
    }
    if (sessions.isEmpty())
        blocks.append(report::paragraph(QObject::tr("The timetable has no sessions yet.")));

    blocks.append(report::heading(1, QString::number(++section), QObject::tr("Logistics")));
    if (!data.engagement.notes.trimmed().isEmpty())
        blocks.append(report::blocksFromMarkdown(data.engagement.notes));
    QList<QStringList> places;
    for (const Location& l : data.locations) {
        places.append({l.name,
                       l.travelMinutes > 0 ? QObject::tr("%1 minutes").arg(l.travelMinutes) : QString(),
                       l.notes.simplified()});
    }
    if (!places.isEmpty())
        blocks.append(
            report::table({QObject::tr("Place"), QObject::tr("Travel from elsewhere"), QObject::tr("Notes")},
                          places, {4, 2, 5}));
    if (places.isEmpty() && data.engagement.notes.trimmed().isEmpty())
        blocks.append(
            report::paragraph(QObject::tr("No logistics notes yet: add them to the engagement's notes on "
                                          "the Overview.")));
    return document;
}

} // namespace pc
