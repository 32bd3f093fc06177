// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/poolpeer.h"

#include <QMainWindow>
#include <QPointer>
#include <QUuid>

#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QUndoStack;

namespace pc {

class PoolStore;

namespace ui {

class EngagementSession;
class PoolFilterBar;
class PoolFilterModel;
class PoolModel;
class PoolPeerEditor;
class PoolTableView;
class Prompter;

/// The peer pool window: the user's own library of peers, kept across engagements in their data
/// folder. Search and filters, a table, a form for the selected peer, CSV import and export, and
/// Add to Team for the engagement that is open. Every pool edit is saved at once and undoable in
/// this window (its own undo stack; the engagement's undo stays the main window's). A pool file
/// that cannot be read is shown, never written over.
class PoolWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `session` may be null (no engagement open); `poolDirectory` holds peer-pool.json.
    PoolWindow(EngagementSession* session, Prompter& prompter, const QString& poolDirectory,
               QWidget* parent = nullptr);
    ~PoolWindow() override;

    /// The engagement Add to Team adds to; null when none is open.
    void setSession(EngagementSession* session);
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }
    [[nodiscard]] const PoolStore& store() const { return *m_store; }

private:
    void buildActions();
    QWidget* buildTable();
    QWidget* buildEmptyState();
    QWidget* buildEditor();
    void loadPool();
    void refresh();
    void applyFilter();
    void showPeer();
    void select(const QUuid& id);
    void updateActions();
    [[nodiscard]] QUuid currentId() const;
    [[nodiscard]] QDate today() const;
    [[nodiscard]] bool editable() const;
    void push(const QList<PoolPeer>& before, const QList<PoolPeer>& after, const QString& text);
    void editPeer(const PoolPeer& after, const QString& field);
    void newPeer();
    void deletePeer();
    void importCsv();
    void exportCsv();
    void addToTeam();
    /// Records the open engagement's team in the pool's service records.
    void recordService();
    void showError(const QString& title, const QString& message);

    Prompter& m_prompter;
    QPointer<EngagementSession> m_session;
    std::unique_ptr<PoolStore> m_store;
    QString m_loadFailure; // the pool file could not be read: nothing may be edited
    QUndoStack* m_undoStack = nullptr;
    PoolModel* m_model = nullptr;
    PoolFilterModel* m_proxy = nullptr;
    QUuid m_selected; // kept across model resets
    QLabel* m_banner = nullptr;
    PoolFilterBar* m_filters = nullptr;
    QStackedWidget* m_tableStack = nullptr;
    PoolTableView* m_table = nullptr;
    QWidget* m_emptyState = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_emptyNew = nullptr;
    QPushButton* m_emptyImport = nullptr;
    QPushButton* m_clearFilters = nullptr;
    PoolPeerEditor* m_editor = nullptr;
    QScrollArea* m_editorArea = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_new = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    QAction* m_addToTeam = nullptr;
};

} // namespace ui
} // namespace pc
