// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan's figures (DOMAIN.md section 7): what the Follow-up page's summary, the
// progress review report and the exports state. Pure.
#pragma once

#include "model/action.h"
#include "model/finding.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <array>

namespace pc {

/// Actions per RAG rating, indexed by Rag (None, Red, Amber, Green).
using RagCounts = std::array<int, 4>;

struct RecommendationProgress
{
    QUuid recommendation;
    int number = 0; // in the report
    int actions = 0;
    RagCounts rag{};
    int overdue = 0;
};

struct ActionPlanSummary
{
    int actions = 0;
    RagCounts rag{};
    int overdue = 0;
    int completed = 0;                             // completed or continuous
    QList<RecommendationProgress> recommendations; // in report order, every recommendation
    QList<QUuid> overdueActions;                   // in plan order
    int withoutActions = 0;                        // recommendations with no action
};

[[nodiscard]] ActionPlanSummary summariseActionPlan(const QList<Action>& actions,
                                                    const QList<Recommendation>& recommendations,
                                                    const QDate& today);

/// "85% green, 15% amber, 0% red" of the rated actions (whole percentages summing to 100), or
/// "no action rated yet".
[[nodiscard]] QString ragInWords(const RagCounts& rag);

} // namespace pc
