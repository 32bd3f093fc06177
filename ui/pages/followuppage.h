// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/action.h"
#include "model/finding.h"
#include "page.h"
#include "report/reportexport.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace pc::ui {

class ProgressReviewPanel;

/// The Follow-up stage: the council's action plan against the recommendations (RAG summary,
/// actions by recommendation, progress notes, import of the council's CSV, exports as CSV, XLSX
/// and PDF) and the progress review (ProgressReviewPanel), with the exports of both.
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
    void refresh();
    void refreshPlan();
    [[nodiscard]] bool isEditable() const;
    [[nodiscard]] const Action* currentAction() const;

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    QList<Recommendation> m_recommendations; // report order
    QList<Action> m_actions;
    QTabWidget* m_tabs;
    QLabel* m_summary;
    QTreeWidget* m_plan;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_note;
    QPushButton* m_import;
    QToolButton* m_export;
    ProgressReviewPanel* m_review;
};

} // namespace pc::ui
