// SPDX-License-Identifier: GPL-3.0-or-later
// The feedback report (DOMAIN.md section 6), built from the engagement file into a report
// Document that every writer reads. Pure: readFeedbackReport() gathers the data, and
// buildFeedbackReport() decides the words. Council contacts (personal data) are never read.
#pragma once

#include "model/engagement.h"
#include "model/finding.h"
#include "model/member.h"
#include "model/reportrecords.h"
#include "model/theme.h"
#include "report/reportdocument.h"
#include "rules/approachfigures.h"
#include "templates/reporttemplate.h"

#include <QDateTime>
#include <QHash>

namespace pc {

class RecordStore;

struct FeedbackReportData
{
    Engagement engagement;
    QString programmeName; // "Corporate peer challenge"
    QList<Member> members;
    QList<Theme> themes;
    QList<Finding> findings;
    QList<Recommendation> recommendations;
    ApproachFigures figures;
    int documentsRead = 0;
    QHash<QString, QString> sections; // the team's narrative, by section key
    ReportVersion version;            // the version being written
};

/// Reads what the report needs from a file (one read transaction is the caller's business). The
/// approach figures count the timetable as of `now`, or as planned while the visit is not over.
[[nodiscard]] FeedbackReportData readFeedbackReport(RecordStore& records, const QDateTime& now);

/// A programme template's name as a report's first line says it: "LGA Corporate Peer Challenge
/// (2017–2021 framework)" -> "LGA Corporate Peer Challenge".
[[nodiscard]] QString programmeDisplayName(const QString& programme);

/// The text a narrative section shows: the team's own, or the template's default with {host}
/// and {kind} filled in.
[[nodiscard]] QString sectionText(const FeedbackReportData& data, const ReportSectionDef& section);

/// The report's structure and words from the data, following the template.
[[nodiscard]] report::Document buildFeedbackReport(const FeedbackReportData& data,
                                                   const ReportTemplate& layout);

/// The report numbers of the recommendations, 1 upwards in position order.
[[nodiscard]] QHash<QUuid, int> recommendationNumbers(const QList<Recommendation>& recommendations);

/// The title-page facts every document of an engagement shares.
[[nodiscard]] report::DocumentMeta engagementMeta(const Engagement& engagement, const QString& programmeName,
                                                  const QString& subtitle, const ReportVersion& version);

} // namespace pc
