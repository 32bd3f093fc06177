// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulelistview.h"

#include "commands/sessioncommands.h"
#include "dialogs/sessiondialog.h"
#include "models/sessionfiltermodel.h"
#include "models/sessionmodel.h"
#include "prompter.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "widgets/tableselection.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

QString sessionsText(qsizetype count)
{
    return count == 1 ? ScheduleListView::tr("1 session")
                      : ScheduleListView::tr("%1 sessions").arg(QLocale().toString(count));
}

/// "“Cabinet members”" for one session, "3 sessions" for more: how undo texts name the rows.
QString whatText(const QList<Session>& sessions)
{
    return sessions.size() == 1 ? ScheduleListView::tr("\u201c%1\u201d").arg(sessions.first().title)
                                : sessionsText(sessions.size());
}

QPushButton* actionButton(const QString& text, const char* name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return button;
}

} // namespace

ScheduleListView::ScheduleListView(Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_model(new SessionModel(this))
    , m_proxy(new SessionFilterModel(this))
{
    m_proxy->setSourceModel(m_model);
    // A reset drops the view's selection: remember the sessions and select them again after.
    connect(m_model, &SessionModel::modelAboutToBeReset, this, &ScheduleListView::rememberSelection);
    connect(m_model, &SessionModel::modelReset, this, [this] {
        refreshFilterChoices();
        restoreSelection();
        refresh();
    });
    createActions();

    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(buildFilterBar());
    listLayout->addWidget(buildActions());
    listLayout->addWidget(buildTable(), 1);
    m_content = new QStackedWidget(this);
    m_content->addWidget(list);
    m_content->addWidget(buildEmpty());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_content);
    addShortcuts();
    setSession(nullptr);
}

void ScheduleListView::createActions()
{
    m_editAction = new QAction(tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("scheduleEditAction"));
    connect(m_editAction, &QAction::triggered, this, [this] {
        const QList<QUuid> ids = selectedIds();
        if (ids.size() == 1)
            editSession(ids.first());
    });
    m_showAction = new QAction(tr("Show in the &timetable"), this);
    m_showAction->setObjectName(QStringLiteral("scheduleShowAction"));
    connect(m_showAction, &QAction::triggered, this, [this] {
        const QList<QUuid> ids = selectedIds();
        if (ids.size() == 1)
            emit sessionActivated(ids.first());
    });
    m_statusMenu = new QMenu(tr("Set s&tatus"), this);
    m_statusMenu->setObjectName(QStringLiteral("scheduleStatusMenu"));
    for (const SessionStatus status : allSessionStatuses) {
        QAction* action = m_statusMenu->addAction(sessionStatusLabel(status));
        action->setObjectName(QStringLiteral("scheduleStatus_") + sessionStatusKey(status));
        connect(action, &QAction::triggered, this, [this, status] {
            editSelected([status](Session& s) { s.status = status; },
                         [status](const QString& what) {
                             return tr("Set %1 to %2").arg(what, sessionStatusLabel(status).toLower());
                         });
        });
    }
    m_kindMenu = new QMenu(tr("Set &kind"), this);
    m_kindMenu->setObjectName(QStringLiteral("scheduleKindMenu"));
    for (const SessionKind kind : allSessionKinds) {
        QAction* action = m_kindMenu->addAction(sessionKindLabel(kind));
        action->setObjectName(QStringLiteral("scheduleKind_") + sessionKindKey(kind));
        connect(action, &QAction::triggered, this, [this, kind] {
            editSelected([kind](Session& s) { s.kind = kind; },
                         [kind](const QString& what) {
                             return tr("Make %1 %2").arg(what, sessionKindLabel(kind).toLower());
                         });
        });
    }
    m_locationAction = new QAction(tr("Set &location…"), this);
    m_locationAction->setObjectName(QStringLiteral("scheduleLocationAction"));
    connect(m_locationAction, &QAction::triggered, this, &ScheduleListView::setLocation);
    m_cancelAction = new QAction(tr("&Cancel sessions"), this);
    m_cancelAction->setObjectName(QStringLiteral("scheduleCancelAction"));
    m_cancelAction->setToolTip(tr("Mark the selected sessions cancelled: they stay in the timetable, "
                                  "struck through."));
    connect(m_cancelAction, &QAction::triggered, this, &ScheduleListView::cancelSessions);
    m_deleteAction = new QAction(tr("&Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("scheduleDeleteAction"));
    m_deleteAction->setToolTip(tr("Delete the selected sessions (Delete), for sessions entered by mistake"));
    connect(m_deleteAction, &QAction::triggered, this, &ScheduleListView::deleteSessions);
}

QWidget* ScheduleListView::buildFilterBar()
{
    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(box);
    m_filter->setObjectName(QStringLiteral("scheduleFilterEdit"));
    m_filter->setAccessibleName(tr("Filter sessions by title, location or team member"));
    m_filter->setPlaceholderText(tr("Filter sessions…"));
    m_filter->setToolTip(tr("Title, location or a team member's name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 24);
    connect(m_filter, &QLineEdit::textChanged, this, &ScheduleListView::applyFilters);
    const auto combo = [box](const char* name, const QString& accessible) {
        auto* c = new QComboBox(box);
        c->setObjectName(QString::fromLatin1(name));
        c->setAccessibleName(accessible);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return c;
    };
    m_dayFilter = combo("scheduleDayFilter", tr("Show sessions on"));
    m_kindFilter = combo("scheduleKindFilter", tr("Show sessions of kind"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const SessionKind kind : allSessionKinds)
        m_kindFilter->addItem(sessionKindLabel(kind), sessionKindKey(kind));
    m_memberFilter = combo("scheduleMemberFilter", tr("Show sessions of team member"));
    m_statusFilter = combo("scheduleStatusFilter", tr("Show sessions with status"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const SessionStatus status : allSessionStatuses)
        m_statusFilter->addItem(sessionStatusLabel(status), sessionStatusKey(status));
    m_problemsOnly = new QCheckBox(tr("Only sessions with &problems"), box);
    m_problemsOnly->setObjectName(QStringLiteral("scheduleProblemsOnly"));
    for (QComboBox* c : {m_dayFilter, m_kindFilter, m_memberFilter, m_statusFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &ScheduleListView::applyFilters);
    connect(m_problemsOnly, &QCheckBox::toggled, this, &ScheduleListView::applyFilters);
    layout->addWidget(m_filter, 1);
    layout->addWidget(m_dayFilter);
    layout->addWidget(m_kindFilter);
    layout->addWidget(m_memberFilter);
    layout->addWidget(m_statusFilter);
    layout->addSpacing(6);
    layout->addWidget(m_problemsOnly);
    return box;
}

QWidget* ScheduleListView::buildActions()
{
    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_editButton = actionButton(m_editAction->text(), "scheduleEditButton", box);
    m_statusButton = actionButton(m_statusMenu->title(), "scheduleStatusButton", box);
    m_statusButton->setMenu(m_statusMenu);
    m_kindButton = actionButton(m_kindMenu->title(), "scheduleKindButton", box);
    m_kindButton->setMenu(m_kindMenu);
    m_locationButton = actionButton(m_locationAction->text(), "scheduleLocationButton", box);
    m_cancelButton = actionButton(m_cancelAction->text(), "scheduleCancelButton", box);
    m_cancelButton->setToolTip(m_cancelAction->toolTip());
    m_deleteButton = actionButton(m_deleteAction->text(), "scheduleDeleteButton", box);
    m_deleteButton->setToolTip(m_deleteAction->toolTip());
    connect(m_editButton, &QPushButton::clicked, m_editAction, &QAction::trigger);
    connect(m_locationButton, &QPushButton::clicked, m_locationAction, &QAction::trigger);
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    connect(m_deleteButton, &QPushButton::clicked, m_deleteAction, &QAction::trigger);
    m_count = new QLabel(box);
    m_count->setObjectName(QStringLiteral("scheduleCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    for (QPushButton* button :
         {m_editButton, m_statusButton, m_kindButton, m_locationButton, m_cancelButton, m_deleteButton})
        layout->addWidget(button);
    layout->addStretch(1);
    layout->addWidget(m_count);
    return box;
}

QWidget* ScheduleListView::buildTable()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the timetable's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(SessionModel::Column::Title), QHeaderView::Stretch);
    const int em = header->fontMetrics().averageCharWidth();
    for (const auto& [column, chars] :
         {std::pair(SessionModel::Column::Location, 18), std::pair(SessionModel::Column::Team, 30)}) {
        header->setSectionResizeMode(int(column), QHeaderView::Interactive);
        header->resizeSection(int(column), em * chars);
    }
    connect(m_table, &QTableView::customContextMenuRequested, this, &ScheduleListView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        editSession(index.data(int(SessionModel::Role::Id)).toUuid());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScheduleListView::updateEnabled);
    layout->addWidget(m_table, 1);
    m_noMatch = new QLabel(tr("No session matches the filters."), box);
    m_noMatch->setObjectName(QStringLiteral("scheduleNoMatch"));
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_noMatch);
    return box;
}

QWidget* ScheduleListView::buildEmpty()
{
    auto* box = new QWidget(this);
    auto* text = new QLabel(tr("No sessions yet. Add one with New Session (Ctrl+N) or import the council's "
                               "timetable from a CSV file."),
                            box);
    text->setObjectName(QStringLiteral("scheduleEmpty"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    // A fixed width lets the wrapped text report its true height in the centring layout.
    text->setFixedWidth(text->fontMetrics().averageCharWidth() * 60);
    text->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(box);
    layout->addStretch(1);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return box;
}

void ScheduleListView::addShortcuts()
{
    // Enter and Delete only where they cannot mean anything else: in the table.
    for (const QKeySequence& keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* edit = new QShortcut(keys, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(edit, &QShortcut::activated, m_editAction, &QAction::trigger);
    }
    auto* remove = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_deleteAction, &QAction::trigger);
    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

void ScheduleListView::setSession(EngagementSession* session)
{
    m_session = session;
    m_keptSelection.clear();
    m_keptCurrent = {};
    setEnabled(session != nullptr);
    m_model->setSession(session); // resets, which refreshes the rest
    clearFilters();
}

void ScheduleListView::setProblems(const QHash<QUuid, QStringList>& problems)
{
    m_model->setProblems(problems);
    refresh();
}

void ScheduleListView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void ScheduleListView::refresh()
{
    const bool empty = m_model->rowCount() == 0;
    m_content->setCurrentIndex(empty && m_session ? 1 : 0);
    m_noMatch->setVisible(!empty && m_proxy->rowCount() == 0);
    updateEnabled();
}

void ScheduleListView::refreshFilterChoices()
{
    // Only days with sessions and the team as it is now; a choice that has gone falls back to all.
    const QDate day = m_dayFilter->currentData().toDate();
    const QUuid member = m_memberFilter->currentData().toUuid();
    QList<QDate> days;
    for (const Session& s : m_model->sessions()) {
        if (!days.contains(s.day))
            days.append(s.day);
    }
    std::sort(days.begin(), days.end());
    const QSignalBlocker dayBlocker(m_dayFilter);
    const QSignalBlocker memberBlocker(m_memberFilter);
    m_dayFilter->clear();
    m_dayFilter->addItem(tr("All days"), QDate());
    for (const QDate& d : std::as_const(days))
        m_dayFilter->addItem(QLocale().toString(d, QStringLiteral("dddd d MMMM")), d);
    m_dayFilter->setCurrentIndex(std::max(0, m_dayFilter->findData(day)));
    m_memberFilter->clear();
    m_memberFilter->addItem(tr("Everyone"), QUuid());
    for (const Member& m : m_model->members())
        m_memberFilter->addItem(m.name, m.id);
    m_memberFilter->setCurrentIndex(std::max(0, m_memberFilter->findData(member)));
    applyFilters();
}

void ScheduleListView::applyFilters()
{
    m_proxy->setTextFilter(m_filter->text());
    m_proxy->setDayFilter(m_dayFilter->currentData().toDate());
    m_proxy->setKindFilter(m_kindFilter->currentData().toString());
    m_proxy->setMemberFilter(m_memberFilter->currentData().toUuid());
    m_proxy->setStatusFilter(m_statusFilter->currentData().toString());
    m_proxy->setProblemsOnly(m_problemsOnly->isChecked());
    m_noMatch->setVisible(m_model->rowCount() > 0 && m_proxy->rowCount() == 0);
    updateEnabled();
}

void ScheduleListView::clearFilters()
{
    m_filter->clear();
    for (QComboBox* c : {m_dayFilter, m_kindFilter, m_memberFilter, m_statusFilter})
        c->setCurrentIndex(0);
    m_problemsOnly->setChecked(false);
}

void ScheduleListView::updateEnabled()
{
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    const bool editable = isEditable();
    m_editAction->setEnabled(selected == 1);
    m_editAction->setText(editable ? tr("&Edit…") : tr("&View…"));
    m_showAction->setEnabled(selected == 1);
    for (QAction* action : {m_locationAction, m_cancelAction, m_deleteAction})
        action->setEnabled(editable && selected > 0);
    m_statusMenu->setEnabled(editable && selected > 0);
    m_kindMenu->setEnabled(editable && selected > 0);
    m_editButton->setEnabled(m_editAction->isEnabled());
    m_editButton->setText(m_editAction->text());
    m_statusButton->setEnabled(m_statusMenu->isEnabled());
    m_kindButton->setEnabled(m_kindMenu->isEnabled());
    m_locationButton->setEnabled(m_locationAction->isEnabled());
    m_cancelButton->setEnabled(m_cancelAction->isEnabled());
    m_deleteButton->setEnabled(m_deleteAction->isEnabled());
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString count =
        shown == total ? sessionsText(total) : tr("%1 of %2 shown").arg(shown).arg(sessionsText(total));
    if (selected > 1)
        count = tr("%1, %2 selected").arg(count).arg(selected);
    m_count->setText(count);
}

void ScheduleListView::showContextMenu(const QPoint& position)
{
    if (!m_table->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addAction(m_showAction);
    menu.addSeparator();
    menu.addMenu(m_statusMenu);
    menu.addMenu(m_kindMenu);
    menu.addAction(m_locationAction);
    menu.addAction(m_cancelAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void ScheduleListView::rememberSelection()
{
    m_keptSelection = selectedIds();
    m_keptCurrent = currentRowId(m_table, int(SessionModel::Role::Id));
}

void ScheduleListView::restoreSelection()
{
    QItemSelectionModel* selection = m_table->selectionModel();
    selection->clear();
    QItemSelection rows;
    for (const QUuid& id : std::as_const(m_keptSelection)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (index.isValid())
            rows.select(index, index);
    }
    const QModelIndex current = m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_keptCurrent), 0));
    if (current.isValid())
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void ScheduleListView::selectSession(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        clearFilters();
    selectSourceRow(m_table, m_proxy, row);
}

QList<QUuid> ScheduleListView::selectedIds() const
{
    QList<QUuid> ids;
    for (const Session& s : selectedSessions())
        ids.append(s.id);
    return ids;
}

QList<Session> ScheduleListView::selectedSessions() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end()); // the model's rows are in timetable order
    QList<Session> sessions;
    for (const int row : std::as_const(rows))
        sessions.append(m_model->sessionAt(row));
    return sessions;
}

bool ScheduleListView::isEditable() const
{
    return m_session && !m_session->isReadOnly() && !m_readOnly;
}

void ScheduleListView::editSession(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    if (m_session && row >= 0)
        editSessionInDialog(*m_session, m_model->sessionAt(row), isEditable(), this);
}

void ScheduleListView::setLocation()
{
    const QList<Session> sessions = selectedSessions();
    if (!isEditable() || sessions.isEmpty())
        return;
    const QString first = sessions.first().location;
    const bool same = std::all_of(sessions.cbegin(), sessions.cend(),
                                  [&first](const Session& s) { return s.location == first; });
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("setLocationDialog"));
    dialog.setWindowTitle(tr("Set Location"));
    dialog.setLabelText(tr("&Location of %1:").arg(whatText(sessions)));
    dialog.setComboBoxItems(loadSessionDialogContext(m_session->file().records()).locations);
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(same ? first : QString());
    if (dialog.exec() != QDialog::Accepted || !isEditable())
        return;
    const QString location = dialog.textValue().trimmed();
    editSelected([&location](Session& s) { s.location = location; },
                 [&location](const QString& what) {
                     return location.isEmpty() ? tr("Clear the location of %1").arg(what)
                                               : tr("Move %1 to %2").arg(what, location);
                 });
}

void ScheduleListView::cancelSessions()
{
    QList<Session> cancelling = selectedSessions();
    cancelling.removeIf([](const Session& s) { return s.isCancelled(); });
    if (editSelected([](Session& s) { s.status = SessionStatus::Cancelled; },
                     [](const QString& what) { return tr("Cancel %1").arg(what); }))
        emit statusMessage(
            tr("Cancelled %1: the timetable still shows them, struck through.").arg(whatText(cancelling)));
}

void ScheduleListView::deleteSessions()
{
    const QList<Session> sessions = selectedSessions();
    if (!isEditable() || sessions.isEmpty())
        return;
    const QString what = whatText(sessions);
    if (!m_prompter.confirm(this, tr("Delete Sessions"),
                            tr("Delete %1 from the timetable? Delete only sessions entered by mistake: a "
                               "session that will not happen is better cancelled, so the timetable shows "
                               "it. Undo brings them back.")
                                .arg(what)))
        return;
    int viewRow = m_proxy->rowCount();
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        viewRow = std::min(viewRow, index.row());
    if (!m_session->push(
            std::make_unique<RemoveSessions>(*m_session, selectedIds(), tr("Delete %1").arg(what))))
        return;
    emit statusMessage(tr("Deleted %1. Undo brings them back.").arg(what));
    // Select the session that took the first removed one's place, so Delete can be pressed again.
    const QModelIndex next = m_proxy->index(std::min(viewRow, m_proxy->rowCount() - 1), 0);
    if (next.isValid())
        selectSession(next.data(int(SessionModel::Role::Id)).toUuid());
}

bool ScheduleListView::editSelected(const std::function<void(Session&)>& change,
                                    const std::function<QString(const QString&)>& text)
{
    if (!isEditable())
        return false;
    QList<Session> before;
    QList<Session> after;
    for (const Session& s : selectedSessions()) {
        Session changed = s;
        change(changed);
        if (changed == s)
            continue;
        before.append(s);
        after.append(changed);
    }
    if (after.isEmpty())
        return false;
    return m_session->push(
        std::make_unique<EditSessions>(*m_session, std::move(before), after, text(whatText(after))));
}

} // namespace pc::ui
