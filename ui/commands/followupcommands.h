// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "model/action.h"
#include "valuecommands.h"

namespace pc::ui {

struct ActionTraits
{
    using Value = Action;
    static QUuid add(RecordStore& records, const Action& action);
    static void update(RecordStore& records, const Action& action);
    static QList<RecordRef> remove(RecordStore& records, const QUuid& id);
};

struct ActionUpdateTraits
{
    using Value = ActionUpdate;
    static QUuid add(RecordStore& records, const ActionUpdate& update);
    static void update(RecordStore& records, const ActionUpdate& update);
    static QList<RecordRef> remove(RecordStore& records, const QUuid& id);
};

/// Actions added by hand or imported from the council's plan; undo takes them out.
using AddActions = AddValues<ActionTraits>;
/// An action edited: its text, owner, deadline, status or RAG rating.
using EditActions = EditValues<ActionTraits>;
/// Removes actions with their progress notes; undo brings them back.
using RemoveActions = RemoveValues<ActionTraits>;
using AddActionUpdates = AddValues<ActionUpdateTraits>;

/// Writes the progress review (date, days, who came back, the council's statement, the team's
/// view); undo puts back what was there.
class SetProgressReview : public Command
{
public:
    SetProgressReview(EngagementSession& session, ProgressReview before, ProgressReview after);

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    ProgressReview m_before;
    ProgressReview m_after;
};

/// Writes the progress review's assessment of one recommendation.
class SetAssessment : public Command
{
public:
    SetAssessment(EngagementSession& session, RecommendationAssessment before,
                  RecommendationAssessment after);

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    RecommendationAssessment m_before;
    RecommendationAssessment m_after;
};

} // namespace pc::ui
