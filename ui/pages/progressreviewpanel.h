// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/action.h"
#include "model/finding.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QPlainTextEdit;
class QSpinBox;

namespace pc::ui {

class EngagementSession;
class Prompter;
class MarkdownEdit;
class OptionalDateEdit;

/// The progress review on the Follow-up page: its date and days, the team members who came back
/// (ticked from the original team), the council's position statement, the team's overall view,
/// and each recommendation's progress and further focus. Each part is stored when it is left
/// (one undo step), and refreshed in place when the file changes.
class ProgressReviewPanel : public QWidget
{
    Q_OBJECT

public:
    ProgressReviewPanel(Prompter& prompter, QWidget* parent = nullptr);

    void setSession(EngagementSession* session);
    /// Stores what is typed but not yet stored (before an export, or when the file closes).
    void commitPending();

private:
    void refreshReview();
    void showAssessment();
    void commitReview();
    void commitAssessment();
    [[nodiscard]] bool isEditable() const;

    void refreshState();

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    QLabel* m_state;
    QPushButton* m_sendDraft;
    QPushButton* m_sendFinal;
    QList<Recommendation> m_recommendations; // report order
    ProgressReview m_review;
    OptionalDateEdit* m_reviewDate;
    QSpinBox* m_reviewDays;
    QListWidget* m_reviewTeam;
    MarkdownEdit* m_statement;
    MarkdownEdit* m_narrative;
    QHash<QString, MarkdownEdit*> m_sections; // the report's introduction and next steps, by key
    QListWidget* m_assessed;
    QPlainTextEdit* m_progress;
    QPlainTextEdit* m_focus;
    bool m_loading = false;
};

} // namespace pc::ui
