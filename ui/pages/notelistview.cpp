// SPDX-License-Identifier: GPL-3.0-or-later
#include "notelistview.h"

#include "models/notefiltermodel.h"
#include "models/notemodel.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/noterepository.h"
#include "widgets/notedelegate.h"
#include "widgets/sourcecombo.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

QString notesText(qsizetype count)
{
    return count == 1 ? NoteListView::tr("1 note")
                      : NoteListView::tr("%1 notes").arg(QLocale().toString(count));
}

QComboBox* filterCombo(const char* name, const QString& accessible, const QString& all, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setAccessibleName(accessible);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    combo->addItem(all);
    return combo;
}

/// Escape and the arrows in the search box, without taking them from the line edit's own keys.
class SearchKeys : public QObject
{
public:
    SearchKeys(QLineEdit* search, QListView* list, NoteListView* view)
        : QObject(search)
        , m_search(search)
        , m_list(list)
        , m_view(view)
    {
        search->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape) {
            if (m_search->text().isEmpty())
                emit m_view->leaveRequested();
            m_search->clear();
            return true;
        }
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_list->model()->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_list->model()->index(0, 0));
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
        return false;
    }

private:
    QLineEdit* m_search;
    QListView* m_list;
    NoteListView* m_view;
};

} // namespace

NoteListView::NoteListView(NoteModel& notes, QWidget* parent)
    : QWidget(parent)
    , m_notes(notes)
    , m_proxy(new NoteFilterModel(this))
    , m_searchTimer(new QTimer(this))
{
    m_proxy->setNotes(&notes);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &NoteListView::runSearch);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("noteList"));
    m_list->setAccessibleName(tr("Notes"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new NoteDelegate(m_list));
    m_list->setUniformItemSizes(true); // 50,000 rows lay out without measuring each
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_list, &QListView::doubleClicked, this, [this] { emit editRequested(currentNote()); });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("notesEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(buildFilters());
    layout->addWidget(m_stack, 1);
    new SearchKeys(m_search, m_list, this);
    addShortcuts();

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &NoteListView::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &NoteListView::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NoteListView::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &NoteListView::updateState);
    connect(&m_notes, &NoteModel::contextChanged, this, &NoteListView::refillFilters);
    setSession(nullptr);
}

QWidget* NoteListView::buildFilters()
{
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(6);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("noteSearchEdit"));
    m_search->setAccessibleName(tr("Search notes"));
    m_search->setPlaceholderText(tr("Search notes (Ctrl+F)"));
    m_search->setToolTip(tr("Words match by their start (\u201chous\u201d finds housing), accents do not "
                            "matter, \u201cquoted words\u201d match as a phrase. Every word must match."));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));

    m_sourceFilter = new SourceCombo(box);
    m_sourceFilter->setObjectName(QStringLiteral("noteSessionFilter"));
    m_sourceFilter->setAccessibleName(tr("Show notes from"));
    m_sourceFilter->setAnyChoice(tr("All sessions"));
    m_sourceFilter->setMinimumContentsLength(6);
    m_themeFilter = filterCombo("noteThemeFilter", tr("Show notes on theme"), tr("All themes"), box);
    m_authorFilter = filterCombo("noteAuthorFilter", tr("Show notes by"), tr("All authors"), box);
    m_kindFilter = filterCombo("noteKindFilter", tr("Show notes of kind"), tr("All kinds"), box);
    for (const NoteKind kind : allNoteKinds)
        m_kindFilter->addItem(noteKindLabel(kind), int(kind));
    m_sentimentFilter =
        filterCombo("noteSentimentFilter", tr("Show notes of sentiment"), tr("All sentiments"), box);
    for (const Sentiment sentiment : allSentiments)
        m_sentimentFilter->addItem(sentimentLabel(sentiment), int(sentiment));
    for (QComboBox* combo : {static_cast<QComboBox*>(m_sourceFilter), m_themeFilter, m_authorFilter,
                             m_kindFilter, m_sentimentFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &NoteListView::applyFilters);

    m_count = new QLabel(box);
    m_count->setObjectName(QStringLiteral("noteCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_clear = new QToolButton(box);
    m_clear->setObjectName(QStringLiteral("noteClearFiltersButton"));
    m_clear->setText(tr("Show All"));
    m_clear->setToolTip(tr("Clear the search and every filter"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &NoteListView::clearFilters);

    // Two rows of filters: five in one row cut every label short at 1366 pixels.
    grid->addWidget(m_search, 0, 0, 1, 6);
    grid->addWidget(m_sourceFilter, 1, 0, 1, 3);
    grid->addWidget(m_themeFilter, 1, 3, 1, 3);
    grid->addWidget(m_authorFilter, 2, 0, 1, 2);
    grid->addWidget(m_kindFilter, 2, 2, 1, 2);
    grid->addWidget(m_sentimentFilter, 2, 4, 1, 2);
    auto* status = new QHBoxLayout;
    status->addWidget(m_count, 1);
    status->addWidget(m_clear);
    grid->addLayout(status, 3, 0, 1, 6);
    for (int column = 0; column < 6; ++column)
        grid->setColumnStretch(column, 1);
    return box;
}

void NoteListView::addShortcuts()
{
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* edit = new QShortcut(QKeySequence(key), m_list, nullptr, nullptr, Qt::WidgetShortcut);
        connect(edit, &QShortcut::activated, this, [this] {
            if (!currentNote().isNull())
                emit editRequested(currentNote());
        });
    }
    auto* remove = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (!m_readOnly && !selectedNotes().isEmpty())
            emit removeRequested(selectedNotes());
    });
}

void NoteListView::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString& table) {
            // A saved or edited note may now match, or no longer: look again once the edits pause.
            if (m_proxy->isSearching()
                && (table == QStringLiteral("note") || table == QStringLiteral("note_theme")))
                m_searchTimer->start();
        });
    m_search->clear();
    m_searchTimer->stop();
    m_proxy->setSearch({}, {});
    refillFilters();
    clearFilters();
}

void NoteListView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void NoteListView::refillFilters()
{
    const CaptureContext& context = m_notes.context();
    m_sourceFilter->setSources(context.sessions, context.documents);
    const QVariant theme = m_themeFilter->currentData();
    const QVariant author = m_authorFilter->currentData();
    const QSignalBlocker themeBlocker(m_themeFilter);
    const QSignalBlocker authorBlocker(m_authorFilter);
    while (m_themeFilter->count() > 1)
        m_themeFilter->removeItem(1);
    m_themeFilter->addItem(tr("No theme"), QUuid());
    for (qsizetype i = 0; i < context.themes.size(); ++i)
        m_themeFilter->addItem(tr("%1  %2").arg(i + 1).arg(context.themes.at(i).title),
                               context.themes.at(i).id);
    m_themeFilter->setCurrentIndex(theme.isValid() ? std::max(0, m_themeFilter->findData(theme)) : 0);
    while (m_authorFilter->count() > 1)
        m_authorFilter->removeItem(1);
    for (const Member& member : context.members)
        m_authorFilter->addItem(member.name, member.id);
    m_authorFilter->setCurrentIndex(author.isValid() ? std::max(0, m_authorFilter->findData(author)) : 0);
    applyFilters();
}

void NoteListView::applyFilters()
{
    NoteFilter filter;
    if (m_sourceFilter->currentKind() != SourceCombo::Kind::Any)
        filter.source = m_sourceFilter->currentId();
    if (m_themeFilter->currentData().isValid())
        filter.theme = m_themeFilter->currentData().toUuid();
    if (m_authorFilter->currentData().isValid())
        filter.author = m_authorFilter->currentData().toUuid();
    if (m_kindFilter->currentData().isValid())
        filter.kind = NoteKind(m_kindFilter->currentData().toInt());
    if (m_sentimentFilter->currentData().isValid())
        filter.sentiment = Sentiment(m_sentimentFilter->currentData().toInt());
    m_proxy->setFilter(filter);
    updateState();
}

void NoteListView::clearFilters()
{
    for (QComboBox* combo : {static_cast<QComboBox*>(m_sourceFilter), m_themeFilter, m_authorFilter,
                             m_kindFilter, m_sentimentFilter}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    m_search->clear();
    runSearch();
    applyFilters();
}

void NoteListView::runSearch()
{
    m_searchTimer->stop();
    const QString query = m_search->text().trimmed();
    QList<SearchHit> hits;
    if (!query.isEmpty() && m_session && m_notes.isLoaded()) {
        hits = NoteRepository(m_session->file().records()).search(query, searchLimit + 1);
        m_searchCapped = hits.size() > searchLimit;
        hits.resize(std::min<qsizetype>(hits.size(), searchLimit));
    } else {
        m_searchCapped = false;
    }
    m_proxy->setSearch(query, hits);
    if (m_proxy->rowCount() > 0)
        m_list->scrollToTop();
    updateState();
}

void NoteListView::updateState()
{
    const int all = m_notes.rowCount();
    const int shown = m_proxy->rowCount();
    const bool narrowed = m_proxy->isNarrowed();
    QString count = narrowed ? tr("%1 of %2").arg(QLocale().toString(shown), notesText(all)) : notesText(all);
    if (m_searchCapped)
        count =
            tr("%1 \u00b7 the %2 best matches; add a word to narrow the search").arg(count).arg(searchLimit);
    m_count->setText(count);
    m_count->setVisible(m_session && all > 0);
    m_clear->setVisible(narrowed);
    if (!m_session)
        m_empty->setText(QString());
    else if (all == 0)
        m_empty->setText(m_readOnly ? tr("No notes yet.")
                                    : tr("No notes yet. Type what you hear and press Ctrl+Enter."));
    else
        m_empty->setText(tr("No note matches. Try fewer or shorter words, or Show All."));
    m_stack->setCurrentWidget(shown > 0 ? static_cast<QWidget*>(m_list) : m_empty);
}

QUuid NoteListView::currentNote() const
{
    return m_list->currentIndex().data(int(NoteModel::Role::Id)).toUuid();
}

QList<QUuid> NoteListView::selectedNotes() const
{
    QList<QUuid> ids;
    for (const QModelIndex& index : m_list->selectionModel()->selectedIndexes())
        ids.append(index.data(int(NoteModel::Role::Id)).toUuid());
    if (ids.isEmpty() && !currentNote().isNull())
        ids.append(currentNote());
    return ids;
}

void NoteListView::selectNote(const QUuid& id)
{
    const int row = m_notes.rowOf(id);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_notes.index(row)) : QModelIndex();
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

void NoteListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace pc::ui
