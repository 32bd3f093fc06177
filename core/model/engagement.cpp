// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagement.h"

#include <QObject>

namespace pc {

QString milestoneField(Milestone milestone)
{
    switch (milestone) {
    case Milestone::ScopingMeeting:
        return QStringLiteral("scoping_meeting");
    case Milestone::PositionStatementDue:
        return QStringLiteral("position_statement_due");
    case Milestone::PreReadingSent:
        return QStringLiteral("pre_reading_sent");
    case Milestone::TeamCall:
        return QStringLiteral("team_call");
    case Milestone::OnsiteStart:
        return QStringLiteral("onsite_start");
    case Milestone::OnsiteEnd:
        return QStringLiteral("onsite_end");
    case Milestone::FeedbackPresentation:
        return QStringLiteral("feedback_presentation");
    case Milestone::ReportDraft:
        return QStringLiteral("report_draft");
    case Milestone::FactualCheckReturned:
        return QStringLiteral("factual_check_returned");
    case Milestone::ReportPublished:
        return QStringLiteral("report_published");
    case Milestone::ActionPlanPublished:
        return QStringLiteral("action_plan_published");
    case Milestone::ProgressReview:
        return QStringLiteral("progress_review");
    case Milestone::ProgressReviewPublished:
        return QStringLiteral("progress_review_published");
    }
    return {};
}

QString milestoneLabel(Milestone milestone)
{
    switch (milestone) {
    case Milestone::ScopingMeeting:
        return QObject::tr("Scoping meeting");
    case Milestone::PositionStatementDue:
        return QObject::tr("Position statement due");
    case Milestone::PreReadingSent:
        return QObject::tr("Pre-reading sent");
    case Milestone::TeamCall:
        return QObject::tr("Team call");
    case Milestone::OnsiteStart:
        return QObject::tr("Onsite start");
    case Milestone::OnsiteEnd:
        return QObject::tr("Onsite end");
    case Milestone::FeedbackPresentation:
        return QObject::tr("Feedback presentation");
    case Milestone::ReportDraft:
        return QObject::tr("Report draft");
    case Milestone::FactualCheckReturned:
        return QObject::tr("Factual check returned");
    case Milestone::ReportPublished:
        return QObject::tr("Report published");
    case Milestone::ActionPlanPublished:
        return QObject::tr("Action plan published");
    case Milestone::ProgressReview:
        return QObject::tr("Progress review");
    case Milestone::ProgressReviewPublished:
        return QObject::tr("Progress review report published");
    }
    return {};
}

} // namespace pc
