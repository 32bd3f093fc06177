// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/action.h"
#include "model/finding.h"
#include "page.h"
#include "report/reportexport.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace pc::ui {

class MarkdownEdit;
class OptionalDateEdit;

/// The Follow-up stage: the council's action plan against the recommendations (RAG summary,
/// actions by recommendation, progress notes, import of the council's CSV, exports as CSV, XLSX
/// and PDF) and the progress review (date, days, who came back, the council's statement, the
/// team's view and each recommendation's assessment, and its report).
class FollowUpPage : public Page
{
    Q_OBJECT

public:
    explicit FollowUpPage(Prompter& prompter, QWidget* parent = nullptr);

    void setSession(EngagementSession* session) override;

    void addAction();
    void editCurrent();
    void removeCurrent();
    void addProgressNote();
    void importPlan();
    void exportProduct(report::Product product, report::Format format);

private:
    QWidget* buildPlanTab();
    QWidget* buildReviewTab();
    void refresh();
    void refreshPlan();
    void refreshReview();
    void showAssessment();
    void commitReview();
    void commitAssessment();
    [[nodiscard]] bool isEditable() const;
    [[nodiscard]] const Action* currentAction() const;

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    QList<Recommendation> m_recommendations; // report order
    QList<Action> m_actions;
    ProgressReview m_review;
    QTabWidget* m_tabs;
    QLabel* m_summary;
    QTreeWidget* m_plan;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_note;
    QPushButton* m_import;
    QToolButton* m_export;
    OptionalDateEdit* m_reviewDate;
    QSpinBox* m_reviewDays;
    QListWidget* m_reviewTeam;
    MarkdownEdit* m_statement;
    MarkdownEdit* m_narrative;
    QListWidget* m_assessed;
    QPlainTextEdit* m_progress;
    QPlainTextEdit* m_focus;
    bool m_loading = false;
};

} // namespace pc::ui
