// SPDX-License-Identifier: GPL-3.0-or-later
// The follow-up documents: the progress review report (DOMAIN.md section 6: introduction, the
// approach with each original recommendation, feedback per recommendation, the RAG summary of the
// action plan, next steps) and the action plan itself as a document and as a spreadsheet.
#pragma once

#include "model/action.h"
#include "report/feedbackreport.h"
#include "report/reportdocument.h"
#include "report/spreadsheet.h"
#include "rules/actionplan.h"

#include <optional>

namespace pc {

struct FollowUpData
{
    FeedbackReportData
        report; // the engagement, the team, the recommendations; sections of the progress review
    QList<Action> actions;
    std::optional<ProgressReview> review;
    QHash<QUuid, RecommendationAssessment> assessments;
    QDate today;
};

[[nodiscard]] FollowUpData readFollowUp(RecordStore& records, const QDateTime& now);

/// The progress review report; its narrative sections are the progress review's
/// ("introduction", "next-steps" of ReportKind::ProgressReview), with default words until written.
[[nodiscard]] report::Document buildProgressReviewReport(const FollowUpData& data);

/// The action plan as a document: the RAG summary, then per recommendation its actions (owner,
/// deadline, status, RAG, the latest progress note).
[[nodiscard]] report::Document buildActionPlanDocument(const FollowUpData& data);

/// The action plan as one sheet: each action beside its recommendation.
[[nodiscard]] report::Spreadsheet buildActionPlanSheet(const FollowUpData& data);

} // namespace pc
