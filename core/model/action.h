// SPDX-License-Identifier: GPL-3.0-or-later
// After the visit (DOMAIN.md sections 2 and 7): the council's action plan against the
// recommendations, and the progress review about ten months on (schema version 7).
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace pc {

enum class ActionStatus { NotStarted, InProgress, Completed, Continuous, Dropped };
inline constexpr ActionStatus allActionStatuses[] = {ActionStatus::NotStarted, ActionStatus::InProgress,
                                                     ActionStatus::Completed, ActionStatus::Continuous,
                                                     ActionStatus::Dropped};
[[nodiscard]] QString actionStatusKey(ActionStatus status);
[[nodiscard]] ActionStatus actionStatusFromKey(const QString& key);
/// "Not started", "In progress", "Completed", "Continuous", "Dropped".
[[nodiscard]] QString actionStatusLabel(ActionStatus status);
/// Whether the action is still to be done: not started or in progress.
[[nodiscard]] bool isOpen(ActionStatus status);

/// Red, amber, green: how the council rates an action's progress.
enum class Rag { None, Red, Amber, Green };
inline constexpr Rag allRags[] = {Rag::None, Rag::Red, Rag::Amber, Rag::Green};
[[nodiscard]] QString ragKey(Rag rag);
[[nodiscard]] Rag ragFromKey(const QString& key);
/// "Not rated", "Red", "Amber", "Green".
[[nodiscard]] QString ragLabel(Rag rag);

struct ActionUpdate
{
    QUuid id;
    QUuid action;
    QDate date;
    QString text;

    friend bool operator==(const ActionUpdate&, const ActionUpdate&) = default;
};

struct Action
{
    QUuid id;
    QUuid recommendation;
    QString description;
    QString owner; // a role
    QDate deadline;
    ActionStatus status = ActionStatus::NotStarted;
    Rag rag = Rag::None;
    double position = 0;
    QList<ActionUpdate> updates; // newest last, filled by FollowUpRepository

    friend bool operator==(const Action&, const Action&) = default;
};

/// Past its deadline and still open on `today`.
[[nodiscard]] bool isOverdue(const Action& action, const QDate& today);

struct ProgressReview
{
    QDate date;
    int onsiteDays = 0;
    QString positionStatement; // Markdown: the council's own account
    QString narrative;         // Markdown: the team's overall view
    QList<QUuid> members;      // the team members who came back

    friend bool operator==(const ProgressReview&, const ProgressReview&) = default;
};

struct RecommendationAssessment
{
    QUuid recommendation;
    QString progress; // the progress made
    QString focus;    // where further focus is needed

    friend bool operator==(const RecommendationAssessment&, const RecommendationAssessment&) = default;
};

/// The progress review's record id: one per engagement file.
[[nodiscard]] QUuid progressReviewId();
/// An assessment's record id, derived from its recommendation's.
[[nodiscard]] QUuid assessmentId(const QUuid& recommendation);

} // namespace pc
