// SPDX-License-Identifier: GPL-3.0-or-later
#include "recommendationsview.h"

#include "findingedits.h"
#include "findingsview.h"
#include "models/findingsdata.h"
#include "models/recommendationmodel.h"
#include "recommendationeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

QTreeView* makeList(RecommendationModel* model, const char* name, const QString& accessibleName,
                    QWidget* parent)
{
    auto* list = new QTreeView(parent);
    list->setObjectName(QLatin1String(name));
    list->setAccessibleName(accessibleName);
    list->setModel(model);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = list->header();
    header->setStretchLastSection(false);
    for (int column = 0; column < model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The wording matters more than the theme's full name: the two share what the numbers leave,
    // and an elided theme is whole in the editor beside the list.
    header->setSectionResizeMode(int(RecommendationModel::Column::Text), QHeaderView::Stretch);
    header->setSectionResizeMode(int(RecommendationModel::Column::Theme), QHeaderView::Stretch);
    return list;
}

QUuid idAt(const QModelIndex& index)
{
    return index.data(int(RecommendationModel::Role::Id)).toUuid();
}

} // namespace

RecommendationsView::RecommendationsView(FindingsData& data, FindingEdits& edits, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_edits(edits)
    , m_model(new RecommendationModel(data, RecommendationModel::Scope::Report, this))
    , m_keyModel(new RecommendationModel(data, RecommendationModel::Scope::Key, this))
{
    m_editor = new RecommendationEditor(data, edits, this);
    m_editor->setObjectName(QStringLiteral("recommendationEditor"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(titledColumn(tr("Recommendations"), buildList(), splitter));
    splitter->addWidget(m_editor);
    splitter->addWidget(titledColumn(tr("Key recommendations"), buildKeys(), splitter));
    const int unit = fontMetrics().averageCharWidth();
    splitter->setSizes({unit * 60, unit * 60, unit * 40});
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    // After the views' own reset handling, which forgets the current rows.
    connect(m_model, &RecommendationModel::modelReset, this, &RecommendationsView::restoreSelection);
    connect(m_keyModel, &RecommendationModel::modelReset, this, &RecommendationsView::restoreSelection);
    restoreSelection();
}

QToolButton* RecommendationsView::addButton(QWidget* parent, const QString& text, const char* name,
                                            const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(QLatin1String(name));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setToolTip(tip);
    parent->layout()->addWidget(button);
    return button;
}

QWidget* RecommendationsView::buildList()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = makeList(m_model, "recommendationList", tr("Recommendations in report order"), box);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_current = idAt(current);
                m_editor->showRecommendation(m_current);
                updateState();
            });
    layout->addWidget(m_list, 1);
    auto* buttons = new QWidget(box);
    buttons->setLayout(new QHBoxLayout);
    buttons->layout()->setContentsMargins(0, 0, 0, 0);
    m_add = addButton(buttons, tr("Add re&commendation"), "addRecommendationButton",
                      tr("A new recommendation, numbered after the others (Insert)"));
    static_cast<QHBoxLayout*>(buttons->layout())->addStretch(1);
    m_up = addButton(buttons, tr("Move up"), "recommendationUpButton", tr("Number it one earlier (Alt+Up)"));
    m_up->setArrowType(Qt::UpArrow);
    m_down =
        addButton(buttons, tr("Move down"), "recommendationDownButton", tr("Number it one later (Alt+Down)"));
    m_down->setArrowType(Qt::DownArrow);
    m_remove = addButton(buttons, tr("Delete"), "deleteRecommendationButton",
                         tr("Delete the recommendation (Delete)"));
    layout->addWidget(buttons);
    connect(m_add, &QToolButton::clicked, this, &RecommendationsView::add);
    connect(m_remove, &QToolButton::clicked, this, &RecommendationsView::remove);
    connect(m_up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { move(1); });
    const auto key = [this](QWidget* on, const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, on, slot);
        shortcut->setContext(Qt::WidgetShortcut);
    };
    key(m_list, QKeySequence(Qt::Key_Insert), [this] { add(); });
    key(m_list, QKeySequence(Qt::Key_Delete), [this] { remove(); });
    key(m_list, QKeySequence(Qt::ALT | Qt::Key_Up), [this] { move(-1); });
    key(m_list, QKeySequence(Qt::ALT | Qt::Key_Down), [this] { move(1); });
    return box;
}

QWidget* RecommendationsView::buildKeys()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_keys = makeList(m_keyModel, "keyRecommendationList", tr("Key recommendations in summary order"), box);
    connect(m_keys->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_currentKey = idAt(current);
                updateState();
            });
    m_keysEmpty = new QLabel(tr("No key recommendations yet. Tick \u201cKey recommendation\u201d on the ones "
                                "the executive summary should lead with, then put them in order here."),
                             box);
    m_keysEmpty->setObjectName(QStringLiteral("keyRecommendationsEmpty"));
    m_keysEmpty->setWordWrap(true);
    m_keysEmpty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_keysEmpty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_keys, 1);
    layout->addWidget(m_keysEmpty, 1);
    auto* buttons = new QWidget(box);
    buttons->setLayout(new QHBoxLayout);
    buttons->layout()->setContentsMargins(0, 0, 0, 0);
    m_notKey =
        addButton(buttons, tr("Not key"), "notKeyButton", tr("Take it out of the key recommendations"));
    static_cast<QHBoxLayout*>(buttons->layout())->addStretch(1);
    m_keyUp =
        addButton(buttons, tr("Move up"), "keyUpButton", tr("Earlier in the executive summary (Alt+Up)"));
    m_keyUp->setArrowType(Qt::UpArrow);
    m_keyDown =
        addButton(buttons, tr("Move down"), "keyDownButton", tr("Later in the executive summary (Alt+Down)"));
    m_keyDown->setArrowType(Qt::DownArrow);
    layout->addWidget(buttons);
    connect(m_notKey, &QToolButton::clicked, this, [this] { m_edits.setKey(currentKey(), false); });
    connect(m_keyUp, &QToolButton::clicked, this, [this] { moveKey(-1); });
    connect(m_keyDown, &QToolButton::clicked, this, [this] { moveKey(1); });
    for (const auto& [keys, step] :
         {std::pair{Qt::ALT | Qt::Key_Up, -1}, std::pair{Qt::ALT | Qt::Key_Down, 1}}) {
        auto* shortcut = new QShortcut(QKeySequence(keys), m_keys, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step = step] { moveKey(step); });
    }
    return box;
}

void RecommendationsView::selectRecommendation(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                          | QItemSelectionModel::Rows);
    m_list->scrollTo(m_model->index(row, 0));
}

void RecommendationsView::restoreSelection()
{
    // Something is always selected when there is anything, so the editor is never a blank.
    if (m_model->rowOf(m_current) < 0)
        m_current = m_model->rowCount() > 0 ? m_model->recommendationAt(0).id : QUuid();
    selectRecommendation(m_current);
    m_editor->showRecommendation(m_current);
    const int key = m_keyModel->rowOf(m_currentKey);
    if (key >= 0)
        m_keys->selectionModel()->setCurrentIndex(
            m_keyModel->index(key, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_currentKey = {};
    const bool noKeys = m_keyModel->rowCount() == 0;
    m_keys->setVisible(!noKeys);
    m_keysEmpty->setVisible(noKeys);
    updateState();
}

void RecommendationsView::updateState()
{
    const bool editable = m_data.isEditable();
    const int row = m_model->rowOf(m_current);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < m_model->rowCount());
    const int key = m_keyModel->rowOf(currentKey());
    m_notKey->setEnabled(editable && key >= 0);
    m_keyUp->setEnabled(editable && key > 0);
    m_keyDown->setEnabled(editable && key >= 0 && key + 1 < m_keyModel->rowCount());
}

QUuid RecommendationsView::currentKey() const
{
    return m_currentKey;
}

void RecommendationsView::add()
{
    // It starts in the page's theme, answering nothing: the editor asks for the findings it answers.
    const QUuid id = m_edits.addRecommendation(m_theme, {});
    if (id.isNull())
        return;
    m_current = id;
    selectRecommendation(id);
    m_editor->focusText();
}

void RecommendationsView::remove()
{
    const int row = m_model->rowOf(m_current);
    if (row < 0)
        return;
    const int next = row + 1 < m_model->rowCount() ? row + 1 : row - 1;
    const QUuid neighbour = next >= 0 ? m_model->recommendationAt(next).id : QUuid();
    if (m_edits.removeRecommendation(m_current)) {
        m_current = neighbour;
        selectRecommendation(neighbour);
    }
}

void RecommendationsView::move(int step)
{
    const QUuid id = m_current;
    if (m_edits.moveRecommendation(id, step))
        selectRecommendation(id);
}

void RecommendationsView::moveKey(int step)
{
    const QUuid id = currentKey();
    if (m_edits.moveKey(id, step)) {
        const int row = m_keyModel->rowOf(id);
        m_keys->selectionModel()->setCurrentIndex(
            m_keyModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

} // namespace pc::ui
