// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QTimer;
class QMenu;
class QStackedWidget;

namespace pc {

class Installation;

namespace ui {

class EngagementSession;
class NavigationList;
class Page;
class PoolWindow;
class Prompter;

/// Assembles the window: navigation, pages, header, banner, menus, status bar. File handling
/// is here too because it is what the window is for; pages do the rest.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Installation& installation, Prompter& prompter, AppSettings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a file; on failure tells why and keeps what was open. Returns whether it opened.
    bool openFile(const QString& path);
    void closeFile();
    [[nodiscard]] EngagementSession* session() const { return m_session.get(); }
    [[nodiscard]] int stageCount() const;
    /// Tools > Peer Pool: the user's own library of peers, one window kept while the app runs.
    void showPeerPool();
    [[nodiscard]] QString poolDirectory() const;
    void showStage(int index);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildPages();
    /// The page of a lifecycle stage, or nullptr while the stage has none yet.
    [[nodiscard]] Page* createPage(int stage);
    void newFile();
    void chooseFile();
    void saveCopy();
    void restoreBackup();
    void mergeCopy();
    /// After a file opens: a sync folder or network share, conflicted copies beside it.
    void reviewSharedLocation();
    void importPacket();
    void exportPacket();
    /// Offers the backups of `path` and opens the one chosen, restored as a new file.
    void restoreBackupOf(const QString& path);
    void rebuildRecentMenu();
    void setSession(std::unique_ptr<EngagementSession> session);
    void refreshHeader();
    void refreshBadges();
    void showFailure(const QString& message, bool fileDamaged);
    /// After SQLite reported damage: says so and offers the backups of the file, if any.
    void offerBackups(const QString& path, const QString& message);

    Installation& m_installation;
    QPointer<PoolWindow> m_poolWindow;
    Prompter& m_prompter;
    AppSettings& m_settings;
    std::unique_ptr<EngagementSession> m_session;
    NavigationList* m_navigation = nullptr;
    QTimer* m_badgeTimer = nullptr; // refreshes the badges once edits pause
    QStackedWidget* m_pages = nullptr;
    QList<Page*> m_stagePages;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_saveState = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QList<QAction*> m_fileActions; // enabled only while a file is open
};

} // namespace ui
} // namespace pc
