// SPDX-License-Identifier: GPL-3.0-or-later
#include "followuprepository.h"

#include "common/uuidsource.h"
#include "installation.h"
#include "model/registry.h"

#include <algorithm>

namespace pc {

namespace {

const QString actionTable = QStringLiteral("plan_action");
const QString updateTable = QStringLiteral("action_update");
const QString reviewTable = QStringLiteral("progress_review");
const QString reviewMemberTable = QStringLiteral("progress_review_member");
const QString assessmentTable = QStringLiteral("recommendation_assessment");

Action actionFrom(const Record& r)
{
    Action a;
    a.id = r.id;
    a.recommendation = r.value(QStringLiteral("recommendation_id")).toUuid();
    a.description = r.value(QStringLiteral("description")).toString();
    a.owner = r.value(QStringLiteral("owner")).toString();
    a.deadline = r.value(QStringLiteral("deadline")).toDate();
    a.status = actionStatusFromKey(r.value(QStringLiteral("status")).toString());
    a.rag = ragFromKey(r.value(QStringLiteral("rag")).toString());
    a.position = r.value(QStringLiteral("position")).toDouble();
    return a;
}

ActionUpdate updateFrom(const Record& r)
{
    return {r.id, r.value(QStringLiteral("action_id")).toUuid(), r.value(QStringLiteral("date")).toDate(),
            r.value(QStringLiteral("text")).toString()};
}

} // namespace

FollowUpRepository::FollowUpRepository(RecordStore& records)
    : m_records(records)
{
}

QList<Action> FollowUpRepository::actions() const
{
    QList<Action> found;
    QHash<QUuid, qsizetype> index;
    for (const Record& r : m_records.list(m_records.registry().table(actionTable))) {
        index.insert(r.id, found.size());
        found.append(actionFrom(r));
    }
    QList<ActionUpdate> updates;
    for (const Record& r : m_records.list(m_records.registry().table(updateTable)))
        updates.append(updateFrom(r));
    std::sort(updates.begin(), updates.end(), [](const ActionUpdate& a, const ActionUpdate& b) {
        return std::tie(a.date, a.id) < std::tie(b.date, b.id);
    });
    for (const ActionUpdate& u : updates) {
        const auto at = index.constFind(u.action);
        if (at != index.constEnd())
            found[*at].updates.append(u);
    }
    std::stable_sort(found.begin(), found.end(), [](const Action& a, const Action& b) {
        if (a.position != b.position)
            return a.position < b.position;
        return a.id.toString() < b.id.toString();
    });
    return found;
}

std::optional<Action> FollowUpRepository::action(const QUuid& id) const
{
    const auto record = m_records.find(m_records.registry().table(actionTable), id);
    if (!record)
        return std::nullopt;
    Action a = actionFrom(*record);
    for (const Record& r :
         m_records.children(m_records.registry().table(updateTable), QStringLiteral("action_id"), id))
        a.updates.append(updateFrom(r));
    std::sort(a.updates.begin(), a.updates.end(), [](const ActionUpdate& x, const ActionUpdate& y) {
        return std::tie(x.date, x.id) < std::tie(y.date, y.id);
    });
    return a;
}

QUuid FollowUpRepository::addAction(Action action)
{
    const TableDef& table = m_records.registry().table(actionTable);
    if (action.id.isNull())
        action.id = m_records.installation().uuids().next();
    if (action.position <= 0)
        action.position = m_records.nextPosition(table);
    m_records.insert(table, Record{action.id, valuesOf(action), false});
    for (ActionUpdate update : action.updates) {
        update.action = action.id;
        addUpdate(update);
    }
    return action.id;
}

bool FollowUpRepository::updateAction(const Action& action)
{
    return m_records.update(m_records.registry().table(actionTable), action.id, valuesOf(action));
}

QList<RecordRef> FollowUpRepository::removeAction(const QUuid& id)
{
    return m_records.removeWithDependents(m_records.registry().table(actionTable), id);
}

QUuid FollowUpRepository::addUpdate(ActionUpdate update)
{
    if (update.id.isNull())
        update.id = m_records.installation().uuids().next();
    m_records.insert(m_records.registry().table(updateTable),
                     Record{update.id,
                            {{QStringLiteral("action_id"), update.action},
                             {QStringLiteral("date"), update.date},
                             {QStringLiteral("text"), update.text}},
                            false});
    return update.id;
}

QList<RecordRef> FollowUpRepository::removeUpdate(const QUuid& id)
{
    return m_records.removeWithDependents(m_records.registry().table(updateTable), id);
}

std::optional<ProgressReview> FollowUpRepository::progressReview() const
{
    const auto record = m_records.find(m_records.registry().table(reviewTable), progressReviewId());
    if (!record)
        return std::nullopt;
    ProgressReview review;
    review.date = record->value(QStringLiteral("date")).toDate();
    review.onsiteDays = record->value(QStringLiteral("onsite_days")).toInt();
    review.positionStatement = record->value(QStringLiteral("position_statement")).toString();
    review.narrative = record->value(QStringLiteral("narrative")).toString();
    review.members = m_records.linked(m_records.registry().table(reviewMemberTable), progressReviewId());
    return review;
}

void FollowUpRepository::setProgressReview(const ProgressReview& review)
{
    m_records.upsert(m_records.registry().table(reviewTable), progressReviewId(),
                     {{QStringLiteral("date"), review.date.isValid() ? QVariant(review.date) : QVariant()},
                      {QStringLiteral("onsite_days"), qint64(review.onsiteDays)},
                      {QStringLiteral("position_statement"), review.positionStatement},
                      {QStringLiteral("narrative"), review.narrative}});
    m_records.setLinks(m_records.registry().table(reviewMemberTable), progressReviewId(), review.members);
}

QHash<QUuid, RecommendationAssessment> FollowUpRepository::assessments() const
{
    QHash<QUuid, RecommendationAssessment> found;
    for (const Record& r : m_records.list(m_records.registry().table(assessmentTable))) {
        const QUuid recommendation = r.value(QStringLiteral("recommendation_id")).toUuid();
        found.insert(recommendation, {recommendation, r.value(QStringLiteral("progress")).toString(),
                                      r.value(QStringLiteral("focus")).toString()});
    }
    return found;
}

void FollowUpRepository::setAssessment(const RecommendationAssessment& assessment)
{
    m_records.upsert(m_records.registry().table(assessmentTable), assessmentId(assessment.recommendation),
                     {{QStringLiteral("recommendation_id"), assessment.recommendation},
                      {QStringLiteral("progress"), assessment.progress},
                      {QStringLiteral("focus"), assessment.focus}});
}

QVariantMap FollowUpRepository::valuesOf(const Action& a)
{
    return {{QStringLiteral("recommendation_id"), a.recommendation},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("deadline"), a.deadline.isValid() ? QVariant(a.deadline) : QVariant()},
            {QStringLiteral("status"), actionStatusKey(a.status)},
            {QStringLiteral("rag"), ragKey(a.rag)},
            {QStringLiteral("position"), a.position}};
}

} // namespace pc
