// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up checks (docs/checks.md, "Follow-up"). The milestones' own windows (the action plan
// within three months of the visit, five at most; the progress review report within twelve) are
// the deadline checks'; these look at what the file holds.
#include "checkfamilies.h"
#include "deadlines.h"

#include <QObject>

namespace pc {

namespace {

const QString recommendationActionsId = QStringLiteral("followup.recommendation-actions");
const QString overdueActionsId = QStringLiteral("followup.overdue-actions");
const QString planWithoutActionsId = QStringLiteral("followup.plan-without-actions");
const QString reviewScheduledId = QStringLiteral("followup.progress-review-scheduled");

Problem followUpProblem(const QString& id, const QString& message, const QUuid& record)
{
    return {id, Severity::Warning, Stage::FollowUp, message, record};
}

/// The report has gone out in its final form, or is published: the council owes a plan.
bool reportIsOut(const CheckInput& input)
{
    const QDate published = input.engagement.date(Milestone::ReportPublished);
    return (input.reportVersion && input.reportVersion->state == ReportState::Final)
           || (published.isValid() && published <= input.today);
}

QString opening(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.mid(0, 8).join(QLatin1Char(' ')) + (words.size() > 8 ? QStringLiteral("…") : QString());
}

QList<Problem> recommendationActions(const CheckInput& input)
{
    if (!reportIsOut(input) && input.actions.isEmpty())
        return {};
    QSet<QUuid> answered;
    for (const Action& a : input.actions)
        answered.insert(a.recommendation);
    QList<Problem> problems;
    for (int i = 0; i < input.recommendations.size(); ++i) {
        const Recommendation& r = input.recommendations.at(i);
        if (!answered.contains(r.id))
            problems.append(followUpProblem(
                recommendationActionsId,
                QObject::tr(
                    "Recommendation %1 (\u201c%2\u201d) has no action in the council's plan: add one, or "
                    "import the plan.")
                    .arg(i + 1)
                    .arg(opening(r.text)),
                r.id));
    }
    return problems;
}

QList<Problem> overdueActions(const CheckInput& input)
{
    QList<Problem> problems;
    for (const Action& a : input.actions) {
        if (!isOverdue(a, input.today))
            continue;
        problems.append(followUpProblem(
            overdueActionsId,
            QObject::tr("The action \u201c%1\u201d (%2) was due on %3 and is %4: update its status or its "
                        "deadline.")
                .arg(opening(a.description), a.owner.isEmpty() ? QObject::tr("no owner") : a.owner,
                     formatLongDate(a.deadline), actionStatusLabel(a.status).toLower()),
            a.id));
    }
    return problems;
}

QList<Problem> planWithoutActions(const CheckInput& input)
{
    const QDate published = input.engagement.date(Milestone::ActionPlanPublished);
    if (!published.isValid() || published > input.today || !input.actions.isEmpty())
        return {};
    return {
        followUpProblem(planWithoutActionsId,
                        QObject::tr("The council published its action plan on %1, but none of its actions "
                                    "are recorded: import the plan on the Follow-up page.")
                            .arg(formatLongDate(published)),
                        input.engagement.id)};
}

QList<Problem> reviewScheduled(const CheckInput& input)
{
    if (!reportIsOut(input) || input.engagement.date(Milestone::ProgressReview).isValid()
        || (input.progressReview && input.progressReview->date.isValid()))
        return {};
    const auto window = dueWindow(Milestone::ProgressReview, input.engagement);
    const QString due = window ? QObject::tr(" (due by %1)").arg(formatLongDate(window->latest)) : QString();
    return {followUpProblem(reviewScheduledId,
                            QObject::tr("The report is out, but the progress review has no date%1: agree one "
                                        "with the council.")
                                .arg(due),
                            input.engagement.id)};
}

} // namespace

QList<CheckDef> followUpChecks()
{
    return {
        {recommendationActionsId, Stage::FollowUp, QObject::tr("Every recommendation has an action"),
         recommendationActions},
        {overdueActionsId, Stage::FollowUp, QObject::tr("No action is overdue"), overdueActions},
        {planWithoutActionsId, Stage::FollowUp, QObject::tr("The published action plan is recorded"),
         planWithoutActions},
        {reviewScheduledId, Stage::FollowUp, QObject::tr("The progress review is scheduled"),
         reviewScheduled},
    };
}

} // namespace pc
