// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingrepository.h"

#include "common/error.h"
#include "common/uuidsource.h"
#include "installation.h"
#include "model/registry.h"

#include <QObject>
#include <QSet>

namespace pc {

namespace {

const QString findingTable = QStringLiteral("finding");
const QString recommendationTable = QStringLiteral("recommendation");
const QString evidenceLinks = QStringLiteral("finding_note");
const QString answerLinks = QStringLiteral("recommendation_finding");

QVariantMap valuesOf(const Finding& f)
{
    return {{QStringLiteral("theme_id"), f.theme},
            {QStringLiteral("kind"), findingKindKey(f.kind)},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("text"), f.text},
            {QStringLiteral("status"), agreementStatusKey(f.status)},
            {QStringLiteral("position"), f.position}};
}

QVariantMap valuesOf(const Recommendation& r)
{
    return {{QStringLiteral("theme_id"), r.theme.isNull() ? QVariant() : QVariant(r.theme)},
            {QStringLiteral("text"), r.text},
            {QStringLiteral("status"), agreementStatusKey(r.status)},
            {QStringLiteral("position"), r.position},
            {QStringLiteral("key_position"), r.keyPosition}};
}

/// Revives a removed record before an update, as every repository does: an edit brings it back.
bool reviveForUpdate(RecordStore& records, const TableDef& table, const QUuid& id, const QString& what)
{
    const auto before = records.find(table, id, Visibility::IncludeDeleted);
    if (!before)
        throw Error(ErrorKind::Constraint, QObject::tr("The %1 being changed no longer exists.").arg(what));
    if (before->deleted)
        records.restore(table, id);
    return before->deleted;
}

} // namespace

FindingRepository::FindingRepository(RecordStore& records)
    : m_records(records)
{
}

QList<Finding> FindingRepository::loadFindings(const QList<Record>& records) const
{
    if (records.isEmpty())
        return {};
    const Registry& registry = m_records.registry();
    // One finding (finding()) reads its own links only; every finding reads them all.
    const auto evidenceOf = m_records.linksToLive(registry.table(evidenceLinks),
                                                  records.size() == 1 ? records.first().id : QUuid());
    QList<Finding> result;
    result.reserve(records.size());
    for (const Record& r : records) {
        Finding f;
        f.id = r.id;
        f.theme = r.value(QStringLiteral("theme_id")).toUuid();
        f.kind = findingKindFromKey(r.value(QStringLiteral("kind")).toString());
        f.title = r.value(QStringLiteral("title")).toString();
        f.text = r.value(QStringLiteral("text")).toString();
        f.status = agreementStatusFromKey(r.value(QStringLiteral("status")).toString());
        f.position = r.value(QStringLiteral("position")).toDouble();
        f.evidence = evidenceOf.value(f.id);
        result.append(f);
    }
    return result;
}

QList<Recommendation> FindingRepository::loadRecommendations(const QList<Record>& records) const
{
    if (records.isEmpty())
        return {};
    const Registry& registry = m_records.registry();
    const QSet<QUuid> findings = m_records.liveIds(registry.table(findingTable));
    const QSet<QUuid> themes = m_records.liveIds(registry.table(QStringLiteral("theme")));
    const auto answersOf = m_records.linksByFirst(registry.table(answerLinks), findings);
    QList<Recommendation> result;
    result.reserve(records.size());
    for (const Record& r : records) {
        Recommendation rec;
        rec.id = r.id;
        const QUuid theme = r.value(QStringLiteral("theme_id")).toUuid();
        rec.theme = themes.contains(theme) ? theme : QUuid();
        rec.text = r.value(QStringLiteral("text")).toString();
        rec.status = agreementStatusFromKey(r.value(QStringLiteral("status")).toString());
        rec.position = r.value(QStringLiteral("position")).toDouble();
        rec.keyPosition = r.value(QStringLiteral("key_position")).toDouble();
        rec.findings = answersOf.value(rec.id);
        result.append(rec);
    }
    return result;
}

QList<Finding> FindingRepository::findings() const
{
    return loadFindings(m_records.list(m_records.registry().table(findingTable)));
}

std::optional<Finding> FindingRepository::finding(const QUuid& id) const
{
    const auto record = m_records.find(m_records.registry().table(findingTable), id);
    if (!record)
        return std::nullopt;
    return loadFindings({*record}).value(0);
}

QUuid FindingRepository::addFinding(Finding finding)
{
    const TableDef& table = m_records.registry().table(findingTable);
    if (finding.id.isNull())
        finding.id = m_records.installation().uuids().next();
    if (finding.position == 0)
        finding.position = m_records.nextPosition(table);
    m_records.insert(table, Record{finding.id, valuesOf(finding), false});
    m_records.setLinks(m_records.registry().table(evidenceLinks), finding.id, finding.evidence, true);
    return finding.id;
}

bool FindingRepository::updateFinding(const Finding& finding)
{
    const TableDef& table = m_records.registry().table(findingTable);
    const bool revived = reviveForUpdate(m_records, table, finding.id, QObject::tr("finding"));
    const std::optional<Finding> current = this->finding(finding.id);
    bool changed = m_records.update(table, finding.id, valuesOf(finding));
    if (!current || current->evidence != finding.evidence) {
        m_records.setLinks(m_records.registry().table(evidenceLinks), finding.id, finding.evidence);
        changed = true;
    }
    return changed || revived;
}

QList<RecordRef> FindingRepository::removeFinding(const QUuid& id)
{
    return m_records.removeWithDependents(m_records.registry().table(findingTable), id);
}

void FindingRepository::setEvidence(const QUuid& finding, const QUuid& note, bool linked)
{
    m_records.setLinked(m_records.registry().table(evidenceLinks), finding, note, linked);
}

QList<Recommendation> FindingRepository::recommendations() const
{
    return loadRecommendations(m_records.list(m_records.registry().table(recommendationTable)));
}

std::optional<Recommendation> FindingRepository::recommendation(const QUuid& id) const
{
    const auto record = m_records.find(m_records.registry().table(recommendationTable), id);
    if (!record)
        return std::nullopt;
    return loadRecommendations({*record}).value(0);
}

QUuid FindingRepository::addRecommendation(Recommendation recommendation)
{
    const TableDef& table = m_records.registry().table(recommendationTable);
    if (recommendation.id.isNull())
        recommendation.id = m_records.installation().uuids().next();
    if (recommendation.position == 0)
        recommendation.position = m_records.nextPosition(table);
    m_records.insert(table, Record{recommendation.id, valuesOf(recommendation), false});
    m_records.setLinks(m_records.registry().table(answerLinks), recommendation.id, recommendation.findings,
                       true);
    return recommendation.id;
}

bool FindingRepository::updateRecommendation(const Recommendation& recommendation)
{
    const TableDef& table = m_records.registry().table(recommendationTable);
    const bool revived = reviveForUpdate(m_records, table, recommendation.id, QObject::tr("recommendation"));
    const std::optional<Recommendation> current = this->recommendation(recommendation.id);
    bool changed = m_records.update(table, recommendation.id, valuesOf(recommendation));
    if (!current || current->findings != recommendation.findings) {
        m_records.setLinks(m_records.registry().table(answerLinks), recommendation.id,
                           recommendation.findings);
        changed = true;
    }
    return changed || revived;
}

QList<RecordRef> FindingRepository::removeRecommendation(const QUuid& id)
{
    return m_records.removeWithDependents(m_records.registry().table(recommendationTable), id);
}

QList<SearchHit> FindingRepository::searchFindings(const QString& userText, int limit) const
{
    return m_records.search(m_records.registry().table(findingTable), userText, limit);
}

} // namespace pc
