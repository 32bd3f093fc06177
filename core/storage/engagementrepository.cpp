// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagementrepository.h"

#include "common/error.h"
#include "model/registry.h"
#include "recordstore.h"

#include <QObject>

namespace pc {

namespace {

const TableDef& table(const RecordStore& records)
{
    return records.registry().table(QStringLiteral("engagement"));
}

Record current(const RecordStore& records)
{
    const QList<Record> all = records.list(table(records), Visibility::IncludeDeleted);
    if (all.size() != 1)
        throw Error(ErrorKind::Corrupt, QObject::tr("The file should hold exactly one engagement."));
    return all.first();
}

QVariantMap valuesOf(const Engagement& e)
{
    QVariantMap values{
        {QStringLiteral("title"), e.title},
        {QStringLiteral("programme"), e.programme},
        {QStringLiteral("programme_version"), qint64(e.programmeVersion)},
        {QStringLiteral("host_name"), e.host.name},
        {QStringLiteral("host_type"), e.host.type},
        {QStringLiteral("political_control"), e.host.politicalControl},
        {QStringLiteral("host_region"), e.host.region},
        {QStringLiteral("host_population"), e.host.population ? QVariant(*e.host.population) : QVariant()},
        {QStringLiteral("notes"), e.notes},
        {QStringLiteral("scope_agreement"), e.scopeAgreement},
        {QStringLiteral("scope_agreed"), e.scopeAgreed.isValid() ? QVariant(e.scopeAgreed) : QVariant()},
        {QStringLiteral("week_hours"), e.weekHours},
        {QStringLiteral("longest_stretch"), qint64(e.longestStretch)},
    };
    for (Milestone milestone : allMilestones)
        values.insert(milestoneField(milestone),
                      e.date(milestone).isValid() ? QVariant(e.date(milestone)) : QVariant());
    return values;
}

} // namespace

EngagementRepository::EngagementRepository(RecordStore& records)
    : m_records(records)
{
}

Engagement EngagementRepository::engagement() const
{
    const Record record = current(m_records);
    Engagement e;
    e.id = record.id;
    e.title = record.value(QStringLiteral("title")).toString();
    e.programme = record.value(QStringLiteral("programme")).toString();
    e.programmeVersion = int(record.value(QStringLiteral("programme_version")).toLongLong());
    e.host.name = record.value(QStringLiteral("host_name")).toString();
    e.host.type = record.value(QStringLiteral("host_type")).toString();
    e.host.politicalControl = record.value(QStringLiteral("political_control")).toString();
    e.host.region = record.value(QStringLiteral("host_region")).toString();
    const QVariant population = record.value(QStringLiteral("host_population"));
    if (!population.isNull())
        e.host.population = population.toLongLong();
    e.notes = record.value(QStringLiteral("notes")).toString();
    e.scopeAgreement = record.value(QStringLiteral("scope_agreement")).toString();
    e.scopeAgreed = record.value(QStringLiteral("scope_agreed")).toDate();
    e.weekHours = record.value(QStringLiteral("week_hours")).toDouble();
    e.longestStretch = int(record.value(QStringLiteral("longest_stretch")).toLongLong());
    for (Milestone milestone : allMilestones)
        e.setDate(milestone, record.value(milestoneField(milestone)).toDate());
    return e;
}

bool EngagementRepository::update(const Engagement& engagement)
{
    return m_records.update(table(m_records), current(m_records).id, valuesOf(engagement));
}

bool EngagementRepository::setField(const QString& field, const QVariant& value)
{
    return m_records.update(table(m_records), current(m_records).id, {{field, value}});
}

QVariant EngagementRepository::field(const QString& field) const
{
    return current(m_records).value(field);
}

} // namespace pc
