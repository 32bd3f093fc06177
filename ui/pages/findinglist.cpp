// SPDX-License-Identifier: GPL-3.0-or-later
#include "findinglist.h"

#include "findingedits.h"
#include "models/findingsdata.h"
#include "models/findingtreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace pc::ui {

FindingList::FindingList(FindingsData& data, FindingEdits& edits, const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_edits(edits)
    , m_model(new FindingTreeModel(data, this))
{
    // Queued: the title comes from the editor in place, which the edit's reset would close under
    // the view's feet while it is still committing.
    connect(
        m_model, &FindingTreeModel::renameRequested, this,
        [this](const QUuid& id, const QString& title) {
            if (const Finding* before = m_data.finding(id)) {
                Finding after = *before;
                after.title = title;
                m_edits.editFinding(after, tr("Rename \u201c%1\u201d").arg(before->title));
            }
        },
        Qt::QueuedConnection);
    connect(m_model, &FindingTreeModel::linkRequested, this,
            [this](const QUuid& finding, const QList<QUuid>& notes) {
                m_current = finding;
                m_edits.link(finding, notes);
                selectFinding(finding);
            });

    m_tree = new QTreeView(this);
    m_tree->setObjectName(name + QStringLiteral("Tree"));
    m_tree->setAccessibleName(tr("Findings of the theme"));
    m_tree->setModel(m_model);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    // Notes are dropped on a finding, never between two: overwrite mode makes every drop land on one.
    m_tree->setDragDropMode(QAbstractItemView::DropOnly);
    m_tree->setDragDropOverwriteMode(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setAcceptDrops(true);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(int(FindingTreeModel::Column::Title), QHeaderView::Stretch);
    header->setSectionResizeMode(int(FindingTreeModel::Column::Status), QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(FindingTreeModel::Column::Evidence), QHeaderView::ResizeToContents);
    // After the view's own reset handling, which forgets the current row.
    connect(m_model, &FindingTreeModel::modelReset, this, &FindingList::restoreSelection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_current = m_model->idAt(current);
                updateState();
                emit currentChanged(m_current);
            });

    m_empty = new QLabel(this);
    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    setEmptyText(tr("No findings for this theme yet. Add a strength or an area for consideration, or "
                    "cluster the day's notes in the Huddle view."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buildButtons(name));
    addShortcuts();
    restoreSelection();
}

QWidget* FindingList::buildButtons(const QString& name)
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const auto button = [&](const QString& text, const QString& objectName, const QString& tip) {
        auto* b = new QToolButton(bar);
        b->setText(text);
        b->setObjectName(name + objectName);
        b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        b->setToolTip(tip);
        layout->addWidget(b);
        return b;
    };
    m_addStrength = button(tr("Add &strength"), QStringLiteral("AddStrengthButton"),
                           tr("A new strength of this theme (Insert on the Strengths)"));
    m_addConsideration = button(tr("Add &area for consideration"), QStringLiteral("AddConsiderationButton"),
                                tr("A new area for consideration of this theme (Insert on the Areas)"));
    layout->addStretch(1);
    m_up = button(tr("Move up"), QStringLiteral("MoveUpButton"), tr("Move the finding up (Alt+Up)"));
    m_up->setArrowType(Qt::UpArrow);
    m_down =
        button(tr("Move down"), QStringLiteral("MoveDownButton"), tr("Move the finding down (Alt+Down)"));
    m_down->setArrowType(Qt::DownArrow);
    m_remove = button(tr("Delete"), QStringLiteral("DeleteButton"), tr("Delete the finding (Delete)"));
    connect(m_addStrength, &QToolButton::clicked, this, [this] { addFinding(FindingKind::Strength); });
    connect(m_addConsideration, &QToolButton::clicked, this,
            [this] { addFinding(FindingKind::Consideration); });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QToolButton::clicked, this, &FindingList::removeCurrent);
    return bar;
}

void FindingList::addShortcuts()
{
    const auto add = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, m_tree, slot);
        shortcut->setContext(Qt::WidgetShortcut);
    };
    add(QKeySequence(Qt::Key_Insert), [this] { addFinding(currentKind()); });
    add(QKeySequence(Qt::Key_Delete), [this] { removeCurrent(); });
    add(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    add(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(1); });
}

void FindingList::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

void FindingList::setTheme(const QUuid& theme)
{
    if (theme == m_model->theme())
        return;
    m_current = {};
    m_model->setTheme(theme);
    // A finding is always selected when there is one, so the panels beside never look blank.
    for (const FindingKind kind : allFindingKinds) {
        if (!m_model->findings(kind).isEmpty()) {
            selectFinding(m_model->findings(kind).first().id);
            break;
        }
    }
}

void FindingList::selectFinding(const QUuid& id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

void FindingList::editTitle(const QUuid& id)
{
    selectFinding(id);
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid() && m_data.isEditable()) {
        m_tree->setFocus(Qt::OtherFocusReason);
        m_tree->edit(index);
    }
}

void FindingList::restoreSelection()
{
    m_tree->expandAll();
    const QModelIndex index = m_model->indexOf(m_current);
    if (index.isValid()) {
        selectFinding(m_current);
    } else if (!m_current.isNull()) {
        m_current = {};
        emit currentChanged(m_current);
    }
    m_empty->setVisible(m_data.session() && !m_model->theme().isNull()
                        && m_model->findings(FindingKind::Strength).isEmpty()
                        && m_model->findings(FindingKind::Consideration).isEmpty());
    updateState();
}

FindingKind FindingList::currentKind() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? FindingKind(current.data(int(FindingTreeModel::Role::Kind)).toInt())
                             : FindingKind::Strength;
}

QUuid FindingList::addFinding(FindingKind kind, const QList<QUuid>& evidence)
{
    const QString title =
        kind == FindingKind::Strength ? tr("New strength") : tr("New area for consideration");
    const QUuid id = m_edits.addFinding(m_model->theme(), kind, title, evidence);
    if (id.isNull())
        return id;
    m_current = id;
    selectFinding(id);
    emit added(id);
    return id;
}

void FindingList::removeCurrent()
{
    const QModelIndex index = m_model->indexOf(m_current);
    if (!index.isValid())
        return;
    // The neighbour takes the deleted one's place, so Delete can be pressed again.
    const QModelIndex next = index.siblingAtRow(index.row() + 1).isValid()
                                 ? index.siblingAtRow(index.row() + 1)
                                 : index.siblingAtRow(index.row() - 1);
    const QUuid neighbour = m_model->idAt(next);
    if (m_edits.removeFinding(m_current) && !neighbour.isNull())
        selectFinding(neighbour);
}

void FindingList::moveCurrent(int step)
{
    const QUuid id = m_current;
    if (m_edits.moveFinding(id, step))
        selectFinding(id);
}

void FindingList::updateState()
{
    const bool editable = m_data.isEditable() && !m_model->theme().isNull();
    const QModelIndex index = m_model->indexOf(m_current);
    m_addStrength->setEnabled(editable);
    m_addConsideration->setEnabled(editable);
    m_remove->setEnabled(editable && index.isValid());
    m_up->setEnabled(editable && index.isValid() && index.row() > 0);
    m_down->setEnabled(editable && index.isValid() && index.row() + 1 < m_model->rowCount(index.parent()));
}

} // namespace pc::ui
