// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "common/clock.h"
#include "common/error.h"
#include "mergeflow.h"
#include "pages/capturepage.h"
#include "pages/documentspage.h"
#include "pages/emptystagepage.h"
#include "pages/findingspage.h"
#include "pages/followuppage.h"
#include "pages/overviewpage.h"
#include "pages/reportpage.h"
#include "pages/schedulepage.h"
#include "pages/scopepage.h"
#include "pages/teampage.h"
#include "pool/poolwindow.h"
#include "prompter.h"
#include "rules/phase.h"
#include "session/engagementsession.h"
#include "sharedfilecheck.h"
#include "stagestatus.h"
#include "storage/backups.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/installation.h"
#include "templates/programmetemplate.h"
#include "widgets/navigationlist.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace pc::ui {

namespace {

const QString fileFilter = QObject::tr("PeerChallenge engagements (*.peerchallenge)");

/// How long the badges wait after an edit: a run of edits (a note saved, the next one typed) reruns
/// the checks once, not per edit.
constexpr int badgeDelayMs = 400;

struct StageInfo
{
    const char* icon;     // freedesktop icon name
    const char* fallback; // our own, in resources/icons/stages
    QString name;
    QString explanation; // for stages whose page has not arrived
};

QList<StageInfo> stages()
{
    return {
        {"go-home", "overview", QObject::tr("Overview"), {}},
        {"edit-find", "scope", QObject::tr("Scope"),
         QObject::tr(
             "Themes, key lines of enquiry and the scope agreement will be edited here. The themes the "
             "programme template created are already in the file.")},
        {"system-users", "team", QObject::tr("Team"),
         QObject::tr("The peer team, roles, conflicts of interest and the peer pool will be managed here.")},
        {"folder-documents", "documents", QObject::tr("Documents"),
         QObject::tr("The pre-reading library, and who has read what, will be kept here.")},
        {"x-office-calendar", "schedule", QObject::tr("Schedule"),
         QObject::tr("The onsite timetable, with conflicts shown as you plan, will be built here.")},
        {"accessories-text-editor", "capture", QObject::tr("Capture"),
         QObject::tr("Evidence notes taken during sessions will be captured here, fast enough to keep up "
                     "with a conversation.")},
        {"emblem-important", "findings", QObject::tr("Findings"),
         QObject::tr("Strengths, areas for consideration and recommendations, linked to their evidence, "
                     "will be agreed here.")},
        {"x-office-document", "report", QObject::tr("Report"),
         QObject::tr("The feedback report, the presentation and the briefing pack will be produced here.")},
        {"view-task", "followup", QObject::tr("Follow-up"),
         QObject::tr("The action plan and the progress review will be followed here.")},
    };
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

MainWindow::MainWindow(Installation& installation, Prompter& prompter, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_installation(installation)
    , m_prompter(prompter)
    , m_settings(settings)
{
    initIconResources();
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* header = new QWidget(central);
    header->setObjectName(QStringLiteral("headerStrip"));
    header->setBackgroundRole(QPalette::AlternateBase);
    header->setAutoFillBackground(true);
    auto* headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 10, 16, 10);
    headerLayout->setSpacing(2);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("engagementTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("engagementSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_subtitle);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(16, 8, 16, 8);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; }"));
    m_banner->hide();

    auto* body = new QHBoxLayout;
    body->setSpacing(0);
    m_badgeTimer = new QTimer(this);
    m_badgeTimer->setSingleShot(true);
    m_badgeTimer->setInterval(badgeDelayMs);
    connect(m_badgeTimer, &QTimer::timeout, this, &MainWindow::refreshBadges);
    m_navigation = new NavigationList(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Stages"));
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);

    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addPermanentWidget(m_saveState);

    buildPages();
    buildMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    setAcceptDrops(true);
    const QRect available = screen()->availableGeometry();
    resize(std::min(1280, available.width() * 9 / 10), std::min(860, available.height() * 9 / 10));
    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    setSession(nullptr);
}

MainWindow::~MainWindow()
{
    // Pages refer to the session: detach them before it closes.
    for (Page* page : m_stagePages)
        page->setSession(nullptr);
}

void MainWindow::buildPages()
{
    for (const StageInfo& stage : stages()) {
        const QIcon icon = QIcon::fromTheme(
            QString::fromLatin1(stage.icon),
            QIcon(QStringLiteral(":/icons/stages/%1.svg").arg(QString::fromLatin1(stage.fallback))));
        m_navigation->addStage(icon, stage.name);
        Page* page = createPage(int(m_stagePages.size()));
        if (!page)
            page = new EmptyStagePage(stage.name, stage.explanation, m_pages);
        page->setObjectName(stage.name.toLower().remove(QLatin1Char('-')) + QStringLiteral("Page"));
        connect(page, &Page::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, 8000); });
        if (auto* overview = qobject_cast<OverviewPage*>(page))
            connect(overview, &OverviewPage::stageRequested, this, &MainWindow::showStage);
        m_pages->addWidget(page);
        m_stagePages.append(page);
    }
    m_navigation->setCurrentRow(0);
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 8);
}

Page* MainWindow::createPage(int stage)
{
    // One line per stage whose page has landed; the others show their empty state.
    switch (stage) {
    case 0:
        return new OverviewPage(m_prompter, m_pages);
    case 1:
        return new ScopePage(m_prompter, m_pages);
    case 2: {
        auto* team = new TeamPage(m_prompter, m_pages);
        team->setPoolDirectory(poolDirectory());
        return team;
    }
    case 3:
        return new DocumentsPage(m_prompter, m_pages);
    case 4:
        return new SchedulePage(m_prompter, m_pages);
    case 5: {
        auto* capture = new CapturePage(m_prompter, m_pages);
        capture->setSettings(m_settings);
        return capture;
    }
    case 6:
        return new FindingsPage(m_prompter, m_pages);
    case 7:
        return new ReportPage(m_prompter, m_pages);
    case 8:
        return new FollowUpPage(m_prompter, m_pages);
    default:
        return nullptr;
    }
}

QString MainWindow::poolDirectory() const
{
    // Tests and seeded demos run with an installation of their own, kept in memory.
    return m_installation.directory().isEmpty() ? Installation::defaultDirectory()
                                                : m_installation.directory();
}

void MainWindow::showPeerPool()
{
    if (!m_poolWindow) {
        m_poolWindow = new PoolWindow(m_session.get(), m_prompter, poolDirectory(), this);
        m_poolWindow->setObjectName(QStringLiteral("poolWindow"));
        m_poolWindow->setWindowFlag(Qt::Window);
    }
    m_poolWindow->show();
    m_poolWindow->raise();
    m_poolWindow->activateWindow();
}

int MainWindow::stageCount() const
{
    return int(m_stagePages.size());
}

void MainWindow::showStage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    const auto add = [this](QMenu* menu, const QString& text, const char* name, auto slot,
                            QKeySequence::StandardKey key = QKeySequence::UnknownKey) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        if (key != QKeySequence::UnknownKey)
            action->setShortcut(key);
        return action;
    };
    add(file, tr("&New..."), "actionNew", &MainWindow::newFile, QKeySequence::New);
    add(file, tr("&Open..."), "actionOpen", &MainWindow::chooseFile, QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    m_fileActions.append(
        add(file, tr("Save a &Copy..."), "actionSaveCopy", &MainWindow::saveCopy, QKeySequence::SaveAs));
    m_fileActions.append(
        add(file, tr("Restore from &Backup..."), "actionRestoreBackup", &MainWindow::restoreBackup));
    file->addSeparator();
    m_fileActions.append(add(file, tr("&Merge from Copy..."), "actionMergeCopy", &MainWindow::mergeCopy));
    m_fileActions.append(
        add(file, tr("&Import Notes Packet..."), "actionImportPacket", &MainWindow::importPacket));
    m_fileActions.append(
        add(file, tr("E&xport Notes Packet..."), "actionExportPacket", &MainWindow::exportPacket));
    file->addSeparator();
    m_fileActions.append(add(file, tr("&Close"), "actionClose", &MainWindow::closeFile, QKeySequence::Close));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < stageCount(); ++row) {
        QAction* go = view->addAction(m_navigation->item(row)->text(), this, [this, row] { showStage(row); });
        go->setObjectName(QStringLiteral("actionStage%1").arg(row + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* pool = tools->addAction(tr("&Peer Pool..."), this, &MainWindow::showPeerPool);
    pool->setObjectName(QStringLiteral("actionPeerPool"));
    pool->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about =
        help->addAction(tr("&About PeerChallenge"), this, [this] { m_prompter.showAbout(this); });
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::setSession(std::unique_ptr<EngagementSession> session)
{
    for (Page* page : m_stagePages)
        page->setSession(nullptr);
    m_session = std::move(session);
    EngagementSession* current = m_session.get();
    for (Page* page : m_stagePages)
        page->setSession(current);
    if (m_poolWindow)
        m_poolWindow->setSession(current);
    for (QAction* action : m_fileActions)
        action->setEnabled(current);
    m_undo->disconnect(this);
    m_redo->disconnect(this);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    if (current) {
        QUndoStack* stack = current->undoStack();
        connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
        connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
        connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
        connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
        connect(stack, &QUndoStack::undoTextChanged, m_undo, [this](const QString& text) {
            m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
        });
        connect(stack, &QUndoStack::redoTextChanged, m_redo, [this](const QString& text) {
            m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
        });
        connect(current, &EngagementSession::changed, this, [this] {
            refreshHeader();
            // Every check reruns for the badges: after a pause, not between two notes typed in a row.
            m_badgeTimer->start();
        });
        connect(current, &EngagementSession::commandFailed, this, &MainWindow::showFailure);
    }
    refreshHeader();
    refreshBadges();
}

void MainWindow::refreshHeader()
{
    if (!m_session) {
        setWindowTitle(tr("PeerChallenge"));
        m_title->setText(tr("No engagement open"));
        m_subtitle->setText(tr("Open an engagement with File > Open, or start one with File > New."));
        m_banner->hide();
        statusBar()->showMessage(tr("No file open"));
        m_saveState->clear();
        return;
    }
    const EngagementFile& file = m_session->file();
    const QString name = QFileInfo(file.path()).fileName();
    setWindowTitle(file.isReadOnly() ? tr("%1 (read-only) – PeerChallenge").arg(name)
                                     : tr("%1 – PeerChallenge").arg(name));
    const Engagement engagement = EngagementRepository(m_session->file().records()).engagement();
    m_title->setText(engagement.title);
    QStringList parts;
    if (!engagement.host.name.isEmpty())
        parts << engagement.host.name;
    const auto programme = TemplateLibrary::builtIn().find(engagement.programme);
    parts << (programme ? programme->name : engagement.programme);
    parts << currentPhase(engagement, m_session->today()).label();
    parts.removeAll(QString());
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
    m_banner->setVisible(file.isReadOnly());
    m_banner->setText(tr("<b>Read-only:</b> %1. Changes cannot be made to this copy.")
                          .arg(file.readOnlyReason().toHtmlEscaped()));
    statusBar()->showMessage(native(file.path()));
    m_saveState->setText(file.isReadOnly() ? tr("Read-only") : tr("All changes saved"));
}

void MainWindow::refreshBadges()
{
    const QList<int> counts =
        m_session ? openProblemsPerStage(m_session->problems()) : QList<int>(stageCount(), 0);
    for (int row = 0; row < stageCount(); ++row)
        m_navigation->setBadge(row, counts.value(row));
}

void MainWindow::showFailure(const QString& message, bool fileDamaged)
{
    if (fileDamaged && m_session)
        offerBackups(m_session->file().path(), message);
    else
        m_prompter.showError(this, tr("The change was not made"), message);
}

void MainWindow::offerBackups(const QString& path, const QString& message)
{
    const QList<BackupEntry> backups =
        m_installation.directory().isEmpty()
            ? QList<BackupEntry>()
            : BackupStore(BackupStore::defaultRoot(m_installation.directory())).list(path);
    if (backups.isEmpty()) {
        m_prompter.showError(this, tr("The file is damaged"),
                             message + QStringLiteral("\n\n")
                                 + tr("There is no automatic backup of this file yet."));
        return;
    }
    if (m_prompter.confirm(
            this, tr("The file is damaged"),
            message + QStringLiteral("\n\n")
                + tr("There are %n automatic backup(s) of this file. Restore one as a new file?", nullptr,
                     int(backups.size()))))
        restoreBackupOf(path);
}

bool MainWindow::openFile(const QString& path)
{
    OpenOptions options;
    std::unique_ptr<EngagementFile> file;
    try {
        file = EngagementFile::open(path, m_installation, options);
    } catch (const Error& error) {
        if (error.kind() == ErrorKind::Corrupt) {
            offerBackups(path, error.message());
            return false;
        }
        if (error.kind() != ErrorKind::Locked
            || !m_prompter.confirm(this, tr("File in use"),
                                   error.message() + QStringLiteral("\n\n") + tr("Open it read-only?"))) {
            m_prompter.showError(this, tr("Could not open %1").arg(QFileInfo(path).fileName()),
                                 error.message());
            return false;
        }
        options.readOnly = true;
        try {
            file = EngagementFile::open(path, m_installation, options);
        } catch (const Error& again) {
            m_prompter.showError(this, tr("Could not open %1").arg(QFileInfo(path).fileName()),
                                 again.message());
            return false;
        }
    }
    m_settings.addRecentFile(path);
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    setSession(std::make_unique<EngagementSession>(std::move(file)));
    reviewSharedLocation();
    return true;
}

void MainWindow::reviewSharedLocation()
{
    // This laptop's own data folder, never Documents: on managed laptops Documents is often itself
    // redirected into OneDrive.
    const QString localFolder = QDir(Installation::defaultDirectory()).filePath(tr("Local copies"));
    const QString local = offerLocalCopy(this, *m_session, m_prompter, localFolder);
    if (!local.isEmpty()) {
        if (openFile(local))
            statusBar()->showMessage(
                tr("Working on a local copy. Merge it back into the shared file with File > "
                   "Merge from Copy when you are done."),
                15000);
        return;
    }
    const QString merged = offerConflictedCopies(this, *m_session, m_prompter);
    if (!merged.isEmpty())
        statusBar()->showMessage(merged, 10000);
}

void MainWindow::closeFile()
{
    setSession(nullptr);
}

void MainWindow::newFile()
{
    const auto choice = m_prompter.newEngagement(this);
    if (!choice)
        return;
    const auto programme = TemplateLibrary::builtIn().find(choice->templateId);
    const QString suggestion =
        QDir(m_settings.lastFolder())
            .filePath((choice->hostName.isEmpty() ? tr("engagement") : choice->hostName)
                      + QStringLiteral(".peerchallenge"));
    QString path = m_prompter.fileToSave(this, tr("Create Engagement"), suggestion, fileFilter);
    if (path.isEmpty() || !programme)
        return;
    if (!path.endsWith(QStringLiteral(".peerchallenge")))
        path += QStringLiteral(".peerchallenge");
    try {
        if (QFileInfo::exists(path))
            throw Error(ErrorKind::InvalidInput,
                        tr("%1 exists already. Choose a new name: an engagement file is never overwritten.")
                            .arg(native(path)));
        NewEngagement engagement{choice->title.isEmpty() ? programme->name : choice->title, programme->id,
                                 programme->version, choice->hostName};
        EngagementFile::create(path, m_installation, engagement, [&](RecordStore& records) {
            programme->applyTo(records);
        }).reset();
    } catch (const Error& error) {
        m_prompter.showError(this, tr("Could not create the engagement"), error.message());
        return;
    }
    openFile(path);
}

void MainWindow::chooseFile()
{
    const QString path =
        m_prompter.fileToOpen(this, tr("Open Engagement"), m_settings.lastFolder(), fileFilter);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(files[i]).fileName()), this,
            [this, path = files[i]] {
                if (!QFileInfo::exists(path)) {
                    m_settings.removeRecentFile(path);
                    m_prompter.showError(
                        this, tr("File not found"),
                        tr("%1 is no longer there; it was removed from the list.").arg(native(path)));
                    return;
                }
                openFile(path);
            });
        action->setToolTip(native(files[i]));
        action->setStatusTip(native(files[i]));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::saveCopy()
{
    if (!m_session)
        return;
    const QFileInfo current(m_session->file().path());
    const QString suggestion =
        current.absoluteDir().filePath(current.completeBaseName() + tr(" (copy).peerchallenge"));
    const QString path = m_prompter.fileToSave(this, tr("Save a Copy"), suggestion, fileFilter);
    if (path.isEmpty())
        return;
    try {
        m_session->file().saveCopy(path);
        statusBar()->showMessage(tr("Saved a copy as %1").arg(native(path)), 5000);
    } catch (const Error& error) {
        m_prompter.showError(this, tr("Could not save a copy"), error.message());
    }
}

void MainWindow::mergeCopy()
{
    if (!m_session)
        return;
    const QString done = mergeFromCopy(this, *m_session, m_prompter, m_settings.lastFolder(), fileFilter);
    if (!done.isEmpty())
        statusBar()->showMessage(done, 10000);
}

void MainWindow::importPacket()
{
    if (!m_session)
        return;
    const QString done = importNotesPacket(this, *m_session, m_prompter, m_settings.lastFolder());
    if (!done.isEmpty())
        statusBar()->showMessage(done, 10000);
}

void MainWindow::exportPacket()
{
    if (!m_session)
        return;
    const QString done = exportNotesPacket(this, *m_session, m_prompter, m_settings.lastFolder());
    if (!done.isEmpty())
        statusBar()->showMessage(done, 10000);
}

void MainWindow::restoreBackup()
{
    if (m_session)
        restoreBackupOf(m_session->file().path());
}

void MainWindow::restoreBackupOf(const QString& path)
{
    const BackupStore store(BackupStore::defaultRoot(m_installation.directory()));
    const QList<BackupEntry> backups =
        m_installation.directory().isEmpty() ? QList<BackupEntry>() : store.list(path);
    if (backups.isEmpty()) {
        m_prompter.showError(
            this, tr("No backups yet"),
            tr("There are no backups of %1 yet. One is made the first time the file is opened "
               "each day.")
                .arg(QFileInfo(path).fileName()));
        return;
    }
    const auto chosen = m_prompter.chooseBackup(this, backups);
    if (!chosen)
        return;
    const QFileInfo current(path);
    const QString suggestion =
        current.absoluteDir().filePath(current.completeBaseName() + tr(" (restored).peerchallenge"));
    const QString target = m_prompter.fileToSave(this, tr("Restore Backup As"), suggestion, fileFilter);
    if (target.isEmpty())
        return;
    try {
        store.restore(path, *chosen + 1, target);
    } catch (const Error& error) {
        m_prompter.showError(this, tr("Could not restore the backup"), error.message());
        return;
    }
    openFile(target);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    setSession(nullptr);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

} // namespace pc::ui
