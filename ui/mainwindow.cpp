// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "prompter.h"

#include "common/error.h"
#include "exchange/engagementsummary.h"
#include "report/summarydocument.h"
#include "storage/engagementfile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pc::ui {

MainWindow::MainWindow(Installation& installation, Prompter& prompter, QWidget* parent)
    : QMainWindow(parent)
    , m_installation(installation)
    , m_prompter(prompter)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new QLabel(central);
    m_header->setObjectName(QStringLiteral("engagementHeader"));
    m_header->setAccessibleName(tr("Engagement"));
    m_header->setContentsMargins(16, 10, 16, 10);
    m_header->setBackgroundRole(QPalette::AlternateBase);
    m_header->setAutoFillBackground(true);
    m_view = new QTextBrowser(central);
    m_view->setObjectName(QStringLiteral("summaryView"));
    m_view->setAccessibleName(tr("Engagement summary"));
    m_view->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* open = fileMenu->addAction(tr("&Open..."), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpen"));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    resize(1000, 700);
    showEmptyState();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString& path)
{
    try {
        OpenOptions options;
        auto file = EngagementFile::open(path, m_installation, options);
        m_file = std::move(file);
    } catch (const Error& error) {
        if (error.kind() == ErrorKind::Locked
            && m_prompter.confirm(this, tr("File in use"),
                                  error.message() + QStringLiteral("\n\n") + tr("Open it read-only?"))) {
            OpenOptions options;
            options.readOnly = true;
            try {
                m_file = EngagementFile::open(path, m_installation, options);
                refresh();
                return true;
            } catch (const Error& again) {
                m_prompter.showError(this, tr("Could not open the file"), again.message());
                return false;
            }
        }
        m_prompter.showError(this, tr("Could not open the file"), error.message());
        return false;
    }
    refresh();
    return true;
}

void MainWindow::chooseFile()
{
    const QString path =
        m_prompter.fileToOpen(this, tr("Open Engagement"), tr("PeerChallenge engagements (*.peerchallenge)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::refresh()
{
    const EngagementSummary summary = EngagementSummary::of(*m_file);
    const QString name = QFileInfo(m_file->path()).fileName();
    setWindowTitle(m_file->isReadOnly() ? tr("%1 (read-only) - PeerChallenge").arg(name)
                                        : tr("%1 - PeerChallenge").arg(name));
    QString header = QStringLiteral("<b>%1</b>").arg(summary.title.toHtmlEscaped());
    if (!summary.hostName.isEmpty())
        header += QStringLiteral(" &middot; %1").arg(summary.hostName.toHtmlEscaped());
    if (!summary.programmeName.isEmpty())
        header += QStringLiteral(" &middot; %1").arg(summary.programmeName.toHtmlEscaped());
    m_header->setText(header);
    std::unique_ptr<QTextDocument> document = buildSummaryDocument(summary);
    m_view->setDocument(document.release());
    m_view->document()->setParent(m_view);
    statusBar()->showMessage(m_file->isReadOnly()
                                 ? tr("%1 · read-only: %2").arg(name, m_file->readOnlyReason())
                                 : tr("%1 · All changes saved").arg(name));
}

void MainWindow::showEmptyState()
{
    setWindowTitle(tr("PeerChallenge"));
    m_header->setText(tr("<b>No engagement open</b>"));
    m_view->setHtml(
        tr("<h2>Open an engagement to begin</h2>"
           "<p>Choose <b>File &gt; Open</b> (Ctrl+O) and pick a <i>.peerchallenge</i> file, or create the "
           "demo with <code>peerchallenge-cli demo demo.peerchallenge</code>.</p>"));
    statusBar()->showMessage(tr("No file open"));
}

} // namespace pc::ui
