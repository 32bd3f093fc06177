// SPDX-License-Identifier: GPL-3.0-or-later
// What the team writes and decides about a report (schema version 6): narrative sections, the
// versions sent to the council, and the factual-accuracy log.
#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

namespace pc {

enum class ReportKind { Feedback, ProgressReview };
[[nodiscard]] QString reportKindKey(ReportKind kind);
[[nodiscard]] ReportKind reportKindFromKey(const QString& key);

enum class ReportState { Draft, Final };
[[nodiscard]] QString reportStateKey(ReportState state);
[[nodiscard]] ReportState reportStateFromKey(const QString& key);

/// A version of a report sent to the council.
struct ReportVersion
{
    QUuid id;
    ReportKind report = ReportKind::Feedback;
    int number = 1;
    ReportState state = ReportState::Draft;
    QDate issued;
    QString note;

    friend bool operator==(const ReportVersion&, const ReportVersion&) = default;
};

/// "Draft 2 – 14 April 2026", "Final – 2 May 2026"; before any version is issued, "Draft 1 – not
/// yet issued" (`next` is the version being written).
[[nodiscard]] QString versionLine(const ReportVersion& version);

enum class AccuracyDecision { Open, Accepted, Declined };
[[nodiscard]] QString accuracyDecisionKey(AccuracyDecision decision);
[[nodiscard]] AccuracyDecision accuracyDecisionFromKey(const QString& key);
/// "Open", "Accepted", "Declined".
[[nodiscard]] QString accuracyDecisionLabel(AccuracyDecision decision);

/// A comment of the council's on a draft, and the team's answer: the change made when accepted,
/// the reason when declined.
struct AccuracyComment
{
    QUuid id;
    ReportKind report = ReportKind::Feedback;
    QString section; // a report template's section key, "theme:<uuid>", or empty: the whole report
    int version = 1;
    QDate received;
    QString comment;
    AccuracyDecision decision = AccuracyDecision::Open;
    QString response;
    double position = 0;

    friend bool operator==(const AccuracyComment&, const AccuracyComment&) = default;
};

/// The section key of a theme's feedback narrative.
[[nodiscard]] QString themeSectionKey(const QUuid& theme);
/// The id of a narrative section's record: derived from (report, section), so two laptops writing
/// the same section write one record (MERGE.md).
[[nodiscard]] QUuid reportSectionId(ReportKind report, const QString& section);

} // namespace pc
