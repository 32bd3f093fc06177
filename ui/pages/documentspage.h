// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/member.h"
#include "page.h"

#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pc::ui {

class DocumentEditor;
class DocumentFilterModel;
class DocumentModel;
class ProblemList;

/// Stage 3, the pre-reading library: how much went out and was read, the document checks, the
/// documents (filtered by title and source) and a form for the selected one. Every edit is a
/// command; the page redraws from the session's changed() signal.
class DocumentsPage : public Page
{
    Q_OBJECT

public:
    explicit DocumentsPage(Prompter& prompter, QWidget* parent = nullptr);
    void setSession(EngagementSession* session) override;

private:
    QWidget* buildHeader();
    QWidget* buildList();
    QWidget* buildEmpty();
    void addShortcuts();
    void refresh();
    void refreshFigures();
    void refreshChecks();
    void ensureSelection();
    void showSelected();
    void select(const QUuid& id);
    void updateEnabled();
    void clearFilters();
    [[nodiscard]] QUuid currentId() const;
    [[nodiscard]] bool isEditable() const;
    void addDocument();
    void removeDocument();

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    DocumentModel* m_model;
    DocumentFilterModel* m_proxy;
    QList<Member> m_members;
    QUuid m_selected; // kept across model resets

    QLabel* m_figures = nullptr;
    ProblemList* m_checks = nullptr;
    QLabel* m_checksPassed = nullptr;
    QStackedWidget* m_content = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_sourceFilter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_noMatch = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_emptyAdd = nullptr;
    DocumentEditor* m_editor = nullptr;
};

} // namespace pc::ui
