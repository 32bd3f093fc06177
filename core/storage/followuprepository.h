// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/action.h"
#include "recordstore.h"

#include <QHash>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace pc {

/// The action plan (actions with their progress notes) and the progress review with its
/// assessments of each recommendation.
class FollowUpRepository
{
public:
    explicit FollowUpRepository(RecordStore& records);

    /// Live actions in position order, each with its progress notes by date.
    [[nodiscard]] QList<Action> actions() const;
    [[nodiscard]] std::optional<Action> action(const QUuid& id) const;
    /// Adds an action (a new id when null; placed last when its position is 0).
    QUuid addAction(Action action);
    bool updateAction(const Action& action);
    /// Removes an action with its progress notes.
    QList<RecordRef> removeAction(const QUuid& id);

    QUuid addUpdate(ActionUpdate update);
    QList<RecordRef> removeUpdate(const QUuid& id);

    /// The progress review, or nullopt before it is recorded.
    [[nodiscard]] std::optional<ProgressReview> progressReview() const;
    /// Writes the progress review (its record and the members attending).
    void setProgressReview(const ProgressReview& review);

    /// Recommendation id -> its assessment, for those written.
    [[nodiscard]] QHash<QUuid, RecommendationAssessment> assessments() const;
    void setAssessment(const RecommendationAssessment& assessment);

    [[nodiscard]] static QVariantMap valuesOf(const Action& action);

private:
    RecordStore& m_records;
};

} // namespace pc
