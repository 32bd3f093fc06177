// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrepository.h"

#include "common/uuidsource.h"
#include "installation.h"
#include "model/registry.h"
#include "recordstore.h"

#include <algorithm>

namespace pc {

namespace {

const QString sectionTable = QStringLiteral("report_section");
const QString versionTable = QStringLiteral("report_version");
const QString commentTable = QStringLiteral("accuracy_comment");

bool isReport(const Record& record, ReportKind report)
{
    return record.value(QStringLiteral("report")).toString() == reportKindKey(report);
}

ReportVersion versionFrom(const Record& r)
{
    ReportVersion v;
    v.id = r.id;
    v.report = reportKindFromKey(r.value(QStringLiteral("report")).toString());
    v.number = r.value(QStringLiteral("number")).toInt();
    v.state = reportStateFromKey(r.value(QStringLiteral("state")).toString());
    v.issued = r.value(QStringLiteral("issued")).toDate();
    v.note = r.value(QStringLiteral("note")).toString();
    return v;
}

AccuracyComment commentFrom(const Record& r)
{
    AccuracyComment c;
    c.id = r.id;
    c.report = reportKindFromKey(r.value(QStringLiteral("report")).toString());
    c.section = r.value(QStringLiteral("section")).toString();
    c.version = r.value(QStringLiteral("version")).toInt();
    c.received = r.value(QStringLiteral("received")).toDate();
    c.comment = r.value(QStringLiteral("comment")).toString();
    c.decision = accuracyDecisionFromKey(r.value(QStringLiteral("decision")).toString());
    c.response = r.value(QStringLiteral("response")).toString();
    c.position = r.value(QStringLiteral("position")).toDouble();
    return c;
}

} // namespace

ReportRepository::ReportRepository(RecordStore& records)
    : m_records(records)
{
}

QHash<QString, QString> ReportRepository::sections(ReportKind report) const
{
    QHash<QString, QString> texts;
    for (const Record& r : m_records.list(m_records.registry().table(sectionTable))) {
        if (isReport(r, report))
            texts.insert(r.value(QStringLiteral("section")).toString(),
                         r.value(QStringLiteral("text")).toString());
    }
    return texts;
}

QString ReportRepository::section(ReportKind report, const QString& key) const
{
    const auto record =
        m_records.find(m_records.registry().table(sectionTable), reportSectionId(report, key));
    return record ? record->value(QStringLiteral("text")).toString() : QString();
}

void ReportRepository::setSection(ReportKind report, const QString& key, const QString& text)
{
    m_records.upsert(m_records.registry().table(sectionTable), reportSectionId(report, key),
                     {{QStringLiteral("report"), reportKindKey(report)},
                      {QStringLiteral("section"), key},
                      {QStringLiteral("text"), text}});
}

QList<ReportVersion> ReportRepository::versions(ReportKind report) const
{
    QList<ReportVersion> found;
    for (const Record& r : m_records.list(m_records.registry().table(versionTable))) {
        if (isReport(r, report))
            found.append(versionFrom(r));
    }
    // Two laptops may both have issued "version 3": order by number, then date, then id.
    std::sort(found.begin(), found.end(), [](const ReportVersion& a, const ReportVersion& b) {
        if (a.number != b.number)
            return a.number < b.number;
        if (a.issued != b.issued)
            return a.issued < b.issued;
        return a.id.toString() < b.id.toString();
    });
    return found;
}

std::optional<ReportVersion> ReportRepository::latestVersion(ReportKind report) const
{
    const QList<ReportVersion> all = versions(report);
    if (all.isEmpty())
        return std::nullopt;
    return all.constLast();
}

ReportVersion ReportRepository::workingVersion(ReportKind report) const
{
    const auto latest = latestVersion(report);
    if (latest && latest->state == ReportState::Final)
        return *latest;
    ReportVersion next;
    next.report = report;
    next.number = latest ? latest->number + 1 : 1;
    return next;
}

QUuid ReportRepository::addVersion(ReportVersion version)
{
    if (version.id.isNull())
        version.id = m_records.installation().uuids().next();
    m_records.insert(m_records.registry().table(versionTable), Record{version.id, valuesOf(version), false});
    return version.id;
}

QList<AccuracyComment> ReportRepository::comments(ReportKind report) const
{
    QList<AccuracyComment> found;
    for (const Record& r : m_records.list(m_records.registry().table(commentTable))) {
        if (isReport(r, report))
            found.append(commentFrom(r));
    }
    return found;
}

QUuid ReportRepository::addComment(AccuracyComment comment)
{
    const TableDef& table = m_records.registry().table(commentTable);
    if (comment.id.isNull())
        comment.id = m_records.installation().uuids().next();
    if (comment.position <= 0)
        comment.position = m_records.nextPosition(table);
    m_records.insert(table, Record{comment.id, valuesOf(comment), false});
    return comment.id;
}

bool ReportRepository::updateComment(const AccuracyComment& comment)
{
    return m_records.update(m_records.registry().table(commentTable), comment.id, valuesOf(comment));
}

QList<RecordRef> ReportRepository::removeComment(const QUuid& id)
{
    return m_records.removeWithDependents(m_records.registry().table(commentTable), id);
}

QVariantMap ReportRepository::valuesOf(const ReportVersion& v)
{
    return {{QStringLiteral("report"), reportKindKey(v.report)},
            {QStringLiteral("number"), qint64(v.number)},
            {QStringLiteral("state"), reportStateKey(v.state)},
            {QStringLiteral("issued"), v.issued},
            {QStringLiteral("note"), v.note}};
}

QVariantMap ReportRepository::valuesOf(const AccuracyComment& c)
{
    return {{QStringLiteral("report"), reportKindKey(c.report)},
            {QStringLiteral("section"), c.section},
            {QStringLiteral("version"), qint64(c.version)},
            {QStringLiteral("received"), c.received},
            {QStringLiteral("comment"), c.comment},
            {QStringLiteral("decision"), accuracyDecisionKey(c.decision)},
            {QStringLiteral("response"), c.response},
            {QStringLiteral("position"), c.position}};
}

} // namespace pc
