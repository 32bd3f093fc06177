// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplan.h"

#include <QObject>

#include <algorithm>
#include <cmath>

namespace pc {

ActionPlanSummary summariseActionPlan(const QList<Action>& actions,
                                      const QList<Recommendation>& recommendations, const QDate& today)
{
    const QList<Recommendation> ordered = inReportOrder(recommendations);
    ActionPlanSummary summary;
    QHash<QUuid, qsizetype> index;
    for (const Recommendation& r : ordered) {
        index.insert(r.id, summary.recommendations.size());
        summary.recommendations.append({r.id, int(summary.recommendations.size()) + 1, 0, {}, 0});
    }
    for (const Action& a : actions) {
        const auto at = index.constFind(a.recommendation);
        if (at == index.constEnd())
            continue; // its recommendation was removed
        RecommendationProgress& progress = summary.recommendations[*at];
        ++summary.actions;
        ++progress.actions;
        ++summary.rag[std::size_t(a.rag)];
        ++progress.rag[std::size_t(a.rag)];
        if (a.status == ActionStatus::Completed || a.status == ActionStatus::Continuous)
            ++summary.completed;
        if (isOverdue(a, today)) {
            ++summary.overdue;
            ++progress.overdue;
            summary.overdueActions.append(a.id);
        }
    }
    summary.withoutActions =
        int(std::count_if(summary.recommendations.cbegin(), summary.recommendations.cend(),
                          [](const RecommendationProgress& p) { return p.actions == 0; }));
    return summary;
}

QString ragInWords(const RagCounts& rag)
{
    const int rated =
        rag[std::size_t(Rag::Red)] + rag[std::size_t(Rag::Amber)] + rag[std::size_t(Rag::Green)];
    if (rated == 0)
        return QObject::tr("no action rated yet");
    // Largest remainders, so the three percentages add up to 100.
    const std::array<Rag, 3> order{Rag::Green, Rag::Amber, Rag::Red};
    std::array<int, 3> whole{};
    std::array<double, 3> rest{};
    int sum = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const double exact = 100.0 * rag[std::size_t(order[i])] / rated;
        whole[i] = int(std::floor(exact));
        rest[i] = exact - whole[i];
        sum += whole[i];
    }
    while (sum < 100) {
        const auto largest = std::size_t(std::max_element(rest.begin(), rest.end()) - rest.begin());
        ++whole[largest];
        rest[largest] = -1;
        ++sum;
    }
    return QObject::tr("%1% green, %2% amber, %3% red").arg(whole[0]).arg(whole[1]).arg(whole[2]);
}

} // namespace pc
