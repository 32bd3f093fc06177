// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagementsummary.h"

#include "common/uuidsource.h"
#include "model/engagement.h"
#include "model/registry.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "templates/programmetemplate.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QObject>

namespace pc {

EngagementSummary EngagementSummary::of(EngagementFile& file)
{
    EngagementSummary summary;
    const Engagement engagement = EngagementRepository(file.records()).engagement();
    summary.path = file.path();
    summary.engagementId = engagement.id;
    summary.title = engagement.title;
    summary.hostName = engagement.host.name;
    summary.programme = engagement.programme;
    const auto programme = TemplateLibrary::builtIn().find(engagement.programme);
    summary.programmeName = programme ? programme->name : engagement.programme;
    summary.schemaVersion = file.schemaVersion();
    // Whether the file can be written here, not whether this look at it happens to be read-only.
    summary.readOnlyReason = EngagementFile::readOnlyReasonFor(file.path());
    summary.readOnly = !summary.readOnlyReason.isEmpty();
    for (const TableDef& table : file.registry().tables()) {
        if (table.kind != TableKind::Singleton)
            summary.counts.append({table.jsonName, file.records().count(table)});
    }
    const TableDef& engagementTable = file.registry().table(QStringLiteral("engagement"));
    for (Milestone milestone : allMilestones) {
        if (!engagement.date(milestone).isValid())
            continue;
        summary.milestones.append({milestoneLabel(milestone), engagement.date(milestone)});
        summary.milestoneKeys.append(
            {milestoneLabel(milestone), engagementTable.field(milestoneField(milestone))->jsonName});
    }
    return summary;
}

QJsonObject EngagementSummary::toJson() const
{
    QJsonObject counts;
    for (const auto& [table, count] : this->counts)
        counts.insert(table, count);
    QJsonObject dates;
    for (qsizetype i = 0; i < milestones.size(); ++i)
        dates.insert(milestoneKeys[i].second, milestones[i].second.toString(Qt::ISODate));
    QJsonObject json{{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                     {QStringLiteral("engagementId"), idText(engagementId)},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("hostName"), hostName},
                     {QStringLiteral("programme"), programme},
                     {QStringLiteral("programmeName"), programmeName},
                     {QStringLiteral("schemaVersion"), schemaVersion},
                     {QStringLiteral("readOnly"), readOnly},
                     {QStringLiteral("counts"), counts},
                     {QStringLiteral("milestones"), dates}};
    if (readOnly)
        json.insert(QStringLiteral("readOnlyReason"), readOnlyReason);
    return json;
}

QString EngagementSummary::countLabel(const QString& jsonName, qint64 count)
{
    QString words;
    for (const QChar c : jsonName) {
        if (c.isUpper())
            words += QLatin1Char(' ');
        words += c.toLower();
    }
    if (count == 1 && words.endsWith(QLatin1Char('s')))
        words.chop(1);
    return words;
}

QString EngagementSummary::toText() const
{
    const QLocale locale;
    QStringList lines;
    lines << title;
    lines << QObject::tr("  Host:        %1").arg(hostName.isEmpty() ? QObject::tr("(not set)") : hostName);
    lines << QObject::tr("  Programme:   %1")
                 .arg(programmeName.isEmpty() ? QObject::tr("(none)") : programmeName);
    lines << QObject::tr("  File:        %1 (format %2%3)")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(schemaVersion)
                 .arg(readOnly ? QObject::tr(", read-only: %1").arg(readOnlyReason) : QString());
    QStringList counted;
    for (const auto& [table, count] : counts)
        counted << QStringLiteral("%1 %2").arg(count).arg(countLabel(table, count));
    lines << QObject::tr("  Records:     %1").arg(counted.join(QStringLiteral(", ")));
    for (const auto& [label, date] : milestones)
        lines << QStringLiteral("  %1 %2")
                     .arg(label + QLatin1Char(':'), -24)
                     .arg(locale.toString(date, QStringLiteral("d MMMM yyyy")));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace pc
