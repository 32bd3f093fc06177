// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolwindow.h"

#include "commands/membercommands.h"
#include "common/error.h"
#include "common/uuidsource.h"
#include "dialogs/csvimportdialog.h"
#include "exchange/csvreader.h"
#include "pool/poolcsv.h"
#include "pool/poolstore.h"
#include "poolcommands.h"
#include "pooleditor.h"
#include "poolfilterbar.h"
#include "poolmodel.h"
#include "pooltable.h"
#include "prompter.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/teamrepository.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

const QString csvFilter = QObject::tr("CSV files (*.csv);;All files (*)");
constexpr int statusMs = 8000;

/// The question asked before adding a peer who worked for the host council.
QString conflictQuestion(const PoolPeer& peer, const QStringList& conflicts, const QString& host)
{
    QStringList parts;
    for (const QString& organisation : conflicts) {
        const bool current = organisation == peer.organisation;
        parts.append(current ? PoolWindow::tr("%1 (current organisation)").arg(organisation)
                             : PoolWindow::tr("%1 (previous organisation)").arg(organisation));
    }
    const bool current = conflicts.contains(peer.organisation);
    QString sentence = current ? PoolWindow::tr("%1 works for %2.") : PoolWindow::tr("%1 worked for %2.");
    sentence = sentence.arg(peer.name, parts.join(PoolWindow::tr(" and ")));
    if (!conflicts.contains(host))
        sentence += u' ' + PoolWindow::tr("That looks like the host, %1.").arg(host);
    return sentence + u' ' + PoolWindow::tr("Add anyway?");
}

} // namespace

PoolWindow::PoolWindow(EngagementSession* session, Prompter& prompter, const QString& poolDirectory,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_prompter(prompter)
    , m_store(std::make_unique<PoolStore>(poolDirectory))
    , m_undoStack(new QUndoStack(this))
    , m_model(new PoolModel(this))
    , m_proxy(new PoolFilterModel(this))
{
    setWindowFlag(Qt::Window); // its own window even with a parent
    setObjectName(QStringLiteral("poolWindow"));
    setWindowTitle(tr("Peer Pool"));
    m_proxy->setSourceModel(m_model);
    connect(m_model, &PoolModel::modelReset, this, [this] { select(m_selected); });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("poolBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(16, 8, 16, 8);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(16, 12, 16, 8);
    body->setSpacing(10);
    m_filters = new PoolFilterBar(central);
    connect(m_filters, &PoolFilterBar::changed, this, &PoolWindow::applyFilter);
    body->addWidget(m_filters);
    auto* splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildTable());
    splitter->addWidget(buildEditor());
    // The table takes what the form leaves; the form gets what it needs to show whole.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({2 * m_editorArea->minimumWidth(), m_editorArea->minimumWidth()});
    body->addWidget(splitter, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("poolCount"));
    statusBar()->addPermanentWidget(m_count);
    buildActions();
    connect(m_undoStack, &QUndoStack::indexChanged, this, &PoolWindow::refresh);

    const QRect available = screen()->availableGeometry();
    resize(std::min(1360, available.width() * 92 / 100), std::min(800, available.height() * 9 / 10));
    loadPool();
    setSession(session);
}

PoolWindow::~PoolWindow()
{
    // Commands refer to the store: let them go first.
    m_undoStack->clear();
}

void PoolWindow::buildActions()
{
    auto* toolbar = addToolBar(tr("Peer pool"));
    toolbar->setObjectName(QStringLiteral("poolToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto add = [this, toolbar](const char* name, const QString& text, const char* icon,
                                     void (PoolWindow::*slot)()) {
        auto* action = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), text, this);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        toolbar->addAction(action);
        return action;
    };
    m_new = add("poolNewAction", tr("&New Peer"), "list-add", &PoolWindow::newPeer);
    m_new->setShortcut(QKeySequence::New);
    m_delete = add("poolDeleteAction", tr("&Delete"), "edit-delete", &PoolWindow::deletePeer);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the table's; line edits keep Delete
    m_table->addAction(m_delete);
    toolbar->addSeparator();
    m_import = add("poolImportAction", tr("&Import CSV…"), "document-import", &PoolWindow::importCsv);
    m_export = add("poolExportAction", tr("&Export CSV…"), "document-export", &PoolWindow::exportCsv);
    toolbar->addSeparator();
    m_addToTeam = add("poolAddToTeamAction", tr("&Add to Team"), "contact-new", &PoolWindow::addToTeam);
    toolbar->addSeparator();
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("poolUndoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("poolRedoAction"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    toolbar->addAction(undo);
    toolbar->addAction(redo);
}

QWidget* PoolWindow::buildTable()
{
    m_tableStack = new QStackedWidget(this);
    m_table = new PoolTableView(m_tableStack);
    m_table->setObjectName(QStringLiteral("poolTable"));
    m_table->setAccessibleName(tr("Peers"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(PoolModel::Column::Name), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_selected = currentId();
        showPeer();
    });
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(buildEmptyState());
    return m_tableStack;
}

QWidget* PoolWindow::buildEmptyState()
{
    m_emptyState = new QWidget(m_tableStack);
    auto* layout = new QVBoxLayout(m_emptyState);
    m_empty = new QLabel(m_emptyState);
    m_empty->setObjectName(QStringLiteral("poolEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    const auto button = [this](const char* name, const QString& text, void (PoolWindow::*slot)()) {
        auto* pushButton = new QPushButton(text, m_emptyState);
        pushButton->setObjectName(QString::fromLatin1(name));
        connect(pushButton, &QPushButton::clicked, this, slot);
        return pushButton;
    };
    m_emptyNew = button("poolEmptyNewButton", tr("New Peer"), &PoolWindow::newPeer);
    m_emptyImport = button("poolEmptyImportButton", tr("Import CSV…"), &PoolWindow::importCsv);
    m_clearFilters = new QPushButton(tr("Show All Peers"), m_emptyState);
    m_clearFilters->setObjectName(QStringLiteral("poolClearFiltersButton"));
    connect(m_clearFilters, &QPushButton::clicked, m_filters, &PoolFilterBar::clear);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton* pushButton : {m_emptyNew, m_emptyImport, m_clearFilters})
        buttons->addWidget(pushButton);
    buttons->addStretch(1);
    layout->addStretch(2);
    layout->addWidget(m_empty);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return m_emptyState;
}

QWidget* PoolWindow::buildEditor()
{
    m_editor = new PoolPeerEditor(this);
    m_editor->setObjectName(QStringLiteral("poolPeerEditor"));
    m_editor->setContentsMargins(12, 0, 4, 0);
    connect(m_editor, &PoolPeerEditor::edited, this, &PoolWindow::editPeer);
    m_editorArea = new QScrollArea(this);
    m_editorArea->setWidget(m_editor);
    m_editorArea->setWidgetResizable(true);
    m_editorArea->setFrameShape(QFrame::NoFrame);
    m_editorArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editorArea->setMinimumWidth(m_editor->minimumSizeHint().width()
                                  + m_editorArea->verticalScrollBar()->sizeHint().width());
    return m_editorArea;
}

void PoolWindow::loadPool()
{
    try {
        m_store->load();
        m_loadFailure.clear();
    } catch (const Error& error) {
        m_loadFailure = error.message();
    }
    m_banner->setText(tr("%1 Nothing in the pool can be changed until the file is repaired or moved away; "
                         "it has been left as it is.")
                          .arg(m_loadFailure));
    m_banner->setVisible(!m_loadFailure.isEmpty());
    refresh();
}

void PoolWindow::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        // The main window closes engagements: forget this one when it goes.
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
        connect(session, &EngagementSession::changed, this, [this](const QString& table) {
            if (table == QStringLiteral("member") || table == QStringLiteral("engagement"))
                recordService();
        });
        recordService();
    }
    updateActions();
}

bool PoolWindow::editable() const
{
    return m_loadFailure.isEmpty();
}

QDate PoolWindow::today() const
{
    return m_session ? m_session->today() : QDate::currentDate();
}

void PoolWindow::refresh()
{
    m_model->setPeers(m_store->peers());
    m_filters->setChoices(m_store->peers());
    applyFilter();
    m_table->fitColumns();
}

void PoolWindow::applyFilter()
{
    m_proxy->setFilter(m_filters->filter(), today());
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_empty->setText(total == 0
                         ? tr("Your peer pool is empty. Add a peer, import a CSV, or add members from a "
                              "team.")
                         : tr("No peer in your pool matches the search and filters."));
    m_emptyNew->setVisible(total == 0);
    m_emptyImport->setVisible(total == 0);
    m_clearFilters->setVisible(total > 0);
    m_tableStack->setCurrentWidget(shown > 0 ? static_cast<QWidget*>(m_table) : m_emptyState);
    m_count->setText(shown == total ? peersText(total)
                                    : tr("%1 of %2 shown").arg(shown).arg(peersText(total)));
    if (m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_selected), 0)).isValid())
        select(m_selected);
    else
        select(shown > 0 ? m_proxy->index(0, 0).data(int(PoolModel::Role::Id)).toUuid() : QUuid());
}

void PoolWindow::select(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    m_selected = index.isValid() ? id : QUuid();
    if (index.isValid()) {
        if (m_table->selectionModel()->currentIndex().row() != index.row())
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
    }
    showPeer();
}

QUuid PoolWindow::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(int(PoolModel::Role::Id)).toUuid() : QUuid();
}

void PoolWindow::showPeer()
{
    m_editor->setPeer(m_selected.isNull() ? std::nullopt : m_store->find(m_selected));
    m_editor->setReadOnly(!editable());
    m_editorArea->setVisible(!m_selected.isNull()); // no blank form that looks editable
    updateActions();
}

void PoolWindow::updateActions()
{
    const bool selected = !m_selected.isNull();
    m_new->setEnabled(editable());
    m_import->setEnabled(editable());
    m_emptyNew->setEnabled(editable());
    m_emptyImport->setEnabled(editable());
    m_delete->setEnabled(editable() && selected);
    m_export->setEnabled(!m_store->peers().isEmpty());
    const bool canAdd = m_session && !m_session->isReadOnly();
    m_addToTeam->setEnabled(canAdd && selected);
    m_addToTeam->setToolTip(m_session
                                ? (canAdd ? tr("Add the selected peer to the team of the open engagement")
                                          : tr("The open engagement is read-only"))
                                : tr("Open an engagement to add peers to its team"));
}

void PoolWindow::push(const QList<PoolPeer>& before, const QList<PoolPeer>& after, const QString& text)
{
    const int index = m_undoStack->index();
    m_undoStack->push(new ChangePeers(*m_store, before, after, text, [this](const QString& message) {
        showError(tr("Peer Pool"), message);
    }));
    // A command that took effect moved the stack's index, which refreshed the window; one that failed
    // was dropped without moving it: show the stored values again.
    if (m_undoStack->index() == index)
        refresh();
}

void PoolWindow::editPeer(const PoolPeer& after, const QString& field)
{
    const std::optional<PoolPeer> before = m_store->find(after.id);
    if (!before || !editable())
        return;
    push({*before}, {after}, tr("Change %1 of %2").arg(field.toLower(), before->name));
}

void PoolWindow::newPeer()
{
    PoolPeer peer;
    peer.id = QUuid::createUuid();
    peer.name = tr("New peer");
    peer.roles = {MemberRole::OfficerPeer};
    // A new peer must show, whatever the filters were.
    m_filters->clear();
    push({}, {peer}, tr("New peer"));
    select(peer.id);
    m_editor->focusName();
}

void PoolWindow::deletePeer()
{
    const std::optional<PoolPeer> peer = m_store->find(m_selected);
    if (!peer || !editable())
        return;
    if (!m_prompter.confirm(
            this, tr("Delete Peer"),
            tr("Delete %1 from your peer pool? Their record of engagements goes with them. You "
               "can undo this with Undo.")
                .arg(peer->name)))
        return;
    const int viewRow = m_table->selectionModel()->currentIndex().row();
    push({*peer}, {}, tr("Delete %1").arg(peer->name));
    const QModelIndex next = m_proxy->index(std::min(viewRow, m_proxy->rowCount() - 1), 0);
    select(next.isValid() ? next.data(int(PoolModel::Role::Id)).toUuid() : QUuid());
}

void PoolWindow::importCsv()
{
    const QString path = m_prompter.fileToOpen(this, tr("Import Peers"), QString(), csvFilter);
    if (path.isEmpty())
        return;
    csv::CsvTable table;
    try {
        table = csv::readFile(path, tr("a list of peers"));
    } catch (const Error& error) {
        showError(tr("Import Peers"), error.message());
        return;
    }
    CsvImportDialog dialog(
        tr("Import Peers"), table, poolColumns(),
        [&table](const csv::ColumnMapping& mapping) { return importPeers(table, mapping).problems; }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const csv::ColumnMapping mapping = dialog.mapping();
    const csv::ImportResult<PoolPeer> result = importPeers(table, mapping);
    if (!result.ok())
        return; // the dialog offers Import only when every row converts
    // Merged into a copy first, so that the command holds the peers before and after.
    PoolStore merged = *m_store;
    const PoolImportSummary summary = mergeImported(merged, result.records, &mapping);
    QList<PoolPeer> before;
    QList<PoolPeer> after;
    for (const PoolPeer& peer : merged.peers()) {
        const std::optional<PoolPeer> old = m_store->find(peer.id);
        if (old && *old == peer)
            continue;
        if (old)
            before.append(*old);
        after.append(peer);
    }
    push(before, after, tr("Import %1").arg(peersText(result.records.size())));
    statusBar()->showMessage(tr("Imported %1: %2 added, %3 updated.")
                                 .arg(peersText(result.records.size()))
                                 .arg(summary.added)
                                 .arg(summary.updated),
                             statusMs);
}

void PoolWindow::exportCsv()
{
    QList<PoolPeer> peers;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        peers.append(*m_store->find(m_proxy->index(row, 0).data(int(PoolModel::Role::Id)).toUuid()));
    const QString path = m_prompter.fileToSave(this, tr("Export Peers"), tr("peer-pool.csv"), csvFilter);
    if (path.isEmpty())
        return;
    const QByteArray bytes = exportPeers(peers);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("Export Peers"),
                  tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const bool all = peers.size() == m_store->peers().size();
    statusBar()->showMessage(
        all ? tr("Exported %1 to %2.").arg(peersText(peers.size()), QDir::toNativeSeparators(path))
            : tr("Exported the %1 shown to %2.").arg(peersText(peers.size()), QDir::toNativeSeparators(path)),
        statusMs);
}

void PoolWindow::addToTeam()
{
    const std::optional<PoolPeer> peer = m_store->find(m_selected);
    if (!m_session || !peer)
        return;
    try {
        RecordStore& records = m_session->file().records();
        const Engagement engagement = EngagementRepository(records).engagement();
        const QList<Member> team = TeamRepository(records).members();
        if (std::any_of(team.cbegin(), team.cend(),
                        [&peer](const Member& m) { return isSamePerson(*peer, m); })) {
            showError(tr("Add to Team"),
                      tr("%1 is already on the team of %2.").arg(peer->name, engagement.title));
            return;
        }
        Member member = toMember(*peer);
        const QStringList conflicts = hostConflicts(*peer, engagement.host.name);
        if (!conflicts.isEmpty()) {
            if (!m_prompter.confirm(this, tr("Possible Conflict of Interest"),
                                    conflictQuestion(*peer, conflicts, engagement.host.name)))
                return;
            // Known from the pool: the team checks ask for a decision on it.
            member.conflictStatus = ConflictStatus::Declared;
            member.conflictDetails =
                tr("Worked for %1 (from the peer pool).").arg(conflicts.join(tr(" and ")));
        }
        if (!m_session->push(std::make_unique<AddMember>(*m_session, member)))
            return;
        recordService(); // also follows from the session's change signal; saying it here is clearer
        statusBar()->showMessage(
            tr("%1 was added to the team as %2.").arg(peer->name, roleLabel(member.role).toLower()),
            statusMs);
    } catch (const Error& error) {
        showError(tr("Add to Team"), error.message());
    }
}

void PoolWindow::recordService()
{
    if (!m_session || !editable())
        return;
    try {
        RecordStore& records = m_session->file().records();
        TeamRepository team(records);
        if (!recordTeamService(*m_store, EngagementRepository(records).engagement(), team.members(),
                               team.availability()))
            return;
        m_store->save();
    } catch (const Error& error) {
        statusBar()->showMessage(
            tr("The engagements of the pool's peers could not be recorded: %1").arg(error.message()));
    }
    refresh();
}

void PoolWindow::showError(const QString& title, const QString& message)
{
    m_prompter.showError(this, title, message);
}

} // namespace pc::ui
