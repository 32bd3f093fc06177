// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupcommands.h"

#include "storage/followuprepository.h"

#include <QObject>

namespace pc::ui {

QUuid ActionTraits::add(RecordStore& records, const Action& action)
{
    return FollowUpRepository(records).addAction(action);
}

void ActionTraits::update(RecordStore& records, const Action& action)
{
    FollowUpRepository(records).updateAction(action);
}

QList<RecordRef> ActionTraits::remove(RecordStore& records, const QUuid& id)
{
    return FollowUpRepository(records).removeAction(id);
}

QUuid ActionUpdateTraits::add(RecordStore& records, const ActionUpdate& update)
{
    return FollowUpRepository(records).addUpdate(update);
}

void ActionUpdateTraits::update(RecordStore&, const ActionUpdate&)
{
    // Progress notes are added and removed, never edited in place.
}

QList<RecordRef> ActionUpdateTraits::remove(RecordStore& records, const QUuid& id)
{
    return FollowUpRepository(records).removeUpdate(id);
}

SetProgressReview::SetProgressReview(EngagementSession& session, ProgressReview before, ProgressReview after)
    : Command(session, QObject::tr("Edit Progress Review"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetProgressReview::apply(RecordStore& records)
{
    FollowUpRepository(records).setProgressReview(m_after);
}

void SetProgressReview::revert(RecordStore& records)
{
    FollowUpRepository(records).setProgressReview(m_before);
}

SetAssessment::SetAssessment(EngagementSession& session, RecommendationAssessment before,
                             RecommendationAssessment after)
    : Command(session, QObject::tr("Edit Assessment"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetAssessment::apply(RecordStore& records)
{
    FollowUpRepository(records).setAssessment(m_after);
}

void SetAssessment::revert(RecordStore& records)
{
    FollowUpRepository(records).setAssessment(m_before);
}

} // namespace pc::ui
