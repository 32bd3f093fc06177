// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace pc::ui {

class EngagementSession;
class Prompter;
class SessionFilterModel;
class SessionModel;

/// The Schedule page's list of sessions: a filter bar over a sortable table, and actions on the
/// selected rows (status, kind, location, cancel, delete, edit). Each action is one command, so
/// one undo step however many rows it touches.
class ScheduleListView : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleListView(Prompter& prompter, QWidget* parent = nullptr);

    void setSession(EngagementSession* session);
    /// The problems the page's checks found, by session, for the Problems column and its filter.
    void setProblems(const QHash<QUuid, QStringList>& problems);
    /// Selects a session (clearing the filters if they hide it) and scrolls to it.
    void selectSession(const QUuid& id);
    /// Read-only: the list can be filtered and sessions opened, but nothing changes.
    void setReadOnly(bool readOnly);
    /// The selected sessions' ids, in timetable order.
    [[nodiscard]] QList<QUuid> selectedIds() const;

signals:
    /// The user asked to see a session in the timetable grid.
    void sessionActivated(const QUuid& id);
    /// A passing note for the status bar.
    void statusMessage(const QString& message);

private:
    QWidget* buildFilterBar();
    QWidget* buildActions();
    QWidget* buildTable();
    QWidget* buildEmpty();
    void createActions();
    void addShortcuts();
    void refresh();
    void refreshFilterChoices();
    void applyFilters();
    void clearFilters();
    void updateEnabled();
    void showContextMenu(const QPoint& position);
    void rememberSelection();
    void restoreSelection();
    [[nodiscard]] QList<Session> selectedSessions() const;
    [[nodiscard]] bool isEditable() const;

    void editSession(const QUuid& id);
    void setLocation();
    void cancelSessions();
    void deleteSessions();
    /// Applies `change` to copies of the selected sessions and pushes the ones it changed as one
    /// EditSessions; `text` names the step from "“Title”" or "3 sessions".
    bool editSelected(const std::function<void(Session&)>& change,
                      const std::function<QString(const QString&)>& text);

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    SessionModel* m_model;
    SessionFilterModel* m_proxy;
    bool m_readOnly = false;
    QList<QUuid> m_keptSelection; // across model resets
    QUuid m_keptCurrent;

    QStackedWidget* m_content = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_dayFilter = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_memberFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QCheckBox* m_problemsOnly = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_noMatch = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_statusButton = nullptr;
    QPushButton* m_kindButton = nullptr;
    QPushButton* m_locationButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_showAction = nullptr;
    QAction* m_locationAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QMenu* m_statusMenu = nullptr;
    QMenu* m_kindMenu = nullptr;
};

} // namespace pc::ui
