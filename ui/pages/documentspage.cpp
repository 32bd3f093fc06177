// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentspage.h"

#include "commands/recordcommands.h"
#include "models/documentfiltermodel.h"
#include "models/documentmodel.h"
#include "prompter.h"
#include "session/engagementsession.h"
#include "storage/documentrepository.h"
#include "storage/engagementfile.h"
#include "storage/teamrepository.h"
#include "widgets/documenteditor.h"
#include "widgets/problemlist.h"
#include "widgets/sectiontitle.h"
#include "widgets/tableselection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

const QString documentTable = QStringLiteral("document");

QString figuresText(const ReadingFigures& figures)
{
    const QLocale locale;
    const QString documents = figures.documents == 1
                                  ? DocumentsPage::tr("1 document")
                                  : DocumentsPage::tr("%1 documents").arg(locale.toString(figures.documents));
    const QString sent = DocumentsPage::tr("%1 sent to the team").arg(locale.toString(figures.sent));
    const QString read = figures.assignments == 0 ? DocumentsPage::tr("no one asked to read any yet")
                                                  : DocumentsPage::tr("%1 of %2 readings done")
                                                        .arg(locale.toString(figures.assignmentsRead),
                                                             locale.toString(figures.assignments));
    return QStringList{documents, sent, read}.join(QStringLiteral("  ·  "));
}

} // namespace

DocumentsPage::DocumentsPage(Prompter& prompter, QWidget* parent)
    : Page(parent)
    , m_prompter(prompter)
    , m_model(new DocumentModel(this))
    , m_proxy(new DocumentFilterModel(this))
{
    m_proxy->setSourceModel(m_model);
    // A reset drops the view's selection: remember the document and select it again after.
    connect(m_model, &DocumentModel::modelReset, this, [this] { select(m_selected); });

    m_editor = new DocumentEditor(prompter, this);
    m_editor->setObjectName(QStringLiteral("documentEditor"));
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidget(m_editor);
    m_editor->setContentsMargins(12, 0, 0, 0);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildList());
    splitter->addWidget(editorScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_content = new QStackedWidget(this);
    m_content->addWidget(splitter);
    m_content->addWidget(buildEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 20);
    layout->setSpacing(12);
    layout->addWidget(buildHeader());
    layout->addWidget(m_content, 1);
    addShortcuts();
    setSession(nullptr);
}

QWidget* DocumentsPage::buildHeader()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_figures = sectionTitle(QString(), box);
    m_figures->setObjectName(QStringLiteral("documentFigures"));
    m_figures->setAccessibleName(tr("Reading figures"));
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_figures);
    m_checks = new ProblemList(box);
    m_checks->setObjectName(QStringLiteral("documentChecksList"));
    m_checks->setAccessibleName(tr("Document checks"));
    connect(m_checks, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QUuid id = item->data(ProblemList::recordRole).toUuid();
        if (m_model->rowOf(id) < 0)
            return;
        clearFilters();
        select(id);
    });
    m_checksPassed = new QLabel(tr("The pre-reading meets every check."), box);
    m_checksPassed->setObjectName(QStringLiteral("documentChecksPassed"));
    m_checksPassed->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_checks);
    layout->addWidget(m_checksPassed);
    return box;
}

QWidget* DocumentsPage::buildList()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 12, 0);
    auto* tools = new QHBoxLayout;
    m_filter = new QLineEdit(box);
    m_filter->setObjectName(QStringLiteral("documentFilterEdit"));
    m_filter->setAccessibleName(tr("Filter documents by title"));
    m_filter->setPlaceholderText(tr("Filter by title (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setTitleFilter(text);
        ensureSelection();
    });
    m_sourceFilter = new QComboBox(box);
    m_sourceFilter->setObjectName(QStringLiteral("documentSourceFilter"));
    m_sourceFilter->setAccessibleName(tr("Show documents from"));
    m_sourceFilter->addItem(tr("All sources"), QString());
    for (const DocumentSource source : allDocumentSources)
        m_sourceFilter->addItem(documentSourceLabel(source), documentSourceKey(source));
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSourceFilter(m_sourceFilter->currentData().toString());
        ensureSelection();
    });
    m_add = new QPushButton(tr("&Add document"), box);
    m_add->setObjectName(QStringLiteral("addDocumentButton"));
    m_add->setAccessibleName(tr("Add document"));
    m_add->setToolTip(tr("Add a document to the pre-reading (Insert)"));
    m_remove = new QPushButton(tr("&Remove document"), box);
    m_remove->setObjectName(QStringLiteral("removeDocumentButton"));
    m_remove->setAccessibleName(tr("Remove document"));
    m_remove->setToolTip(tr("Remove the selected document (Delete)"));
    connect(m_add, &QPushButton::clicked, this, &DocumentsPage::addDocument);
    connect(m_remove, &QPushButton::clicked, this, &DocumentsPage::removeDocument);
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_sourceFilter);
    tools->addSpacing(12);
    tools->addWidget(m_add);
    tools->addWidget(m_remove);
    layout->addLayout(tools);

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setAccessibleName(tr("Documents"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the library's own order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(DocumentModel::Column::Title), QHeaderView::Stretch);
    header->setSectionResizeMode(int(DocumentModel::Column::Themes), QHeaderView::Interactive);
    header->resizeSection(int(DocumentModel::Column::Themes), header->fontMetrics().averageCharWidth() * 18);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_selected = currentId();
        showSelected();
    });
    layout->addWidget(m_table, 1);
    m_noMatch = new QLabel(tr("No document matches the filter."), box);
    m_noMatch->setObjectName(QStringLiteral("documentsNoMatch"));
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_noMatch);

    return box;
}

QWidget* DocumentsPage::buildEmpty()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("documentsEmpty"));
    auto* text = new QLabel(tr("No pre-reading yet. Add the council's position statement and the other "
                               "documents the team should read."),
                            box);
    text->setObjectName(QStringLiteral("documentsEmptyText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    // A fixed width lets the wrapped text report its true height in the centring layout.
    text->setFixedWidth(text->fontMetrics().averageCharWidth() * 60);
    text->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Minimum);
    m_emptyAdd = new QPushButton(tr("&Add document"), box);
    m_emptyAdd->setObjectName(QStringLiteral("documentsEmptyAddButton"));
    m_emptyAdd->setAccessibleName(tr("Add document"));
    connect(m_emptyAdd, &QPushButton::clicked, this, &DocumentsPage::addDocument);
    auto* layout = new QVBoxLayout(box);
    layout->addStretch(1);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_emptyAdd, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return box;
}

void DocumentsPage::addShortcuts()
{
    // Delete only where it cannot mean "delete a character": in the table.
    auto* remove = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &DocumentsPage::removeDocument);
    // Ctrl+N is File > New; Insert adds a document anywhere on the page.
    auto* add =
        new QShortcut(QKeySequence(Qt::Key_Insert), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(add, &QShortcut::activated, this, [this] {
        if (isEditable())
            addDocument();
    });
    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

void DocumentsPage::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_selected = {};
    setEnabled(session != nullptr);
    m_editor->setSession(session);
    // The model connects first, so it has reloaded by the time refresh() reads the selection.
    m_model->setSession(session);
    if (session)
        connect(session, &EngagementSession::changed, this, [this] { refresh(); });
    clearFilters();
    refresh();
}

void DocumentsPage::refresh()
{
    m_members = m_session ? TeamRepository(m_session->file().records()).members() : QList<Member>();
    const bool empty = m_model->rowCount() == 0;
    m_content->setCurrentIndex(empty && m_session ? 1 : 0);
    m_figures->setVisible(!empty);
    refreshFigures();
    refreshChecks();
    ensureSelection();
    showSelected();
}

void DocumentsPage::refreshFigures()
{
    m_figures->setText(figuresText(readingFigures(m_model->documents())));
}

void DocumentsPage::refreshChecks()
{
    QList<Problem> problems;
    if (m_session) {
        for (const Problem& problem : m_session->problems()) {
            if (problem.stage == Stage::Documents)
                problems.append(problem);
        }
    }
    m_checks->setProblems(problems, false);
    // As tall as its first three problems, so one problem does not take the table's room.
    int height = 2 * m_checks->frameWidth() + 4;
    for (int row = 0; row < std::min(m_checks->count(), 3); ++row)
        height += m_checks->sizeHintForRow(row);
    m_checks->setFixedHeight(height);
    m_checks->setVisible(!problems.isEmpty());
    m_checksPassed->setVisible(m_session && problems.isEmpty() && m_model->rowCount() > 0);
}

void DocumentsPage::ensureSelection()
{
    // A document is always selected while any is shown, so the form is never a blank that looks editable.
    const int row = m_model->rowOf(m_selected);
    const bool visible = row >= 0 && m_proxy->mapFromSource(m_model->index(row, 0)).isValid();
    if (!visible) {
        const QModelIndex first = m_proxy->index(0, 0);
        select(first.isValid() ? first.data(int(DocumentModel::Role::Id)).toUuid() : QUuid());
    } else if (currentId() != m_selected) {
        select(m_selected);
    }
    m_noMatch->setVisible(m_proxy->rowCount() == 0 && m_model->rowCount() > 0);
}

void DocumentsPage::showSelected()
{
    const int row = m_model->rowOf(m_selected);
    m_editor->showDocument(row >= 0 ? &m_model->documentAt(row) : nullptr, m_model->themes(), m_members);
    updateEnabled();
}

void DocumentsPage::select(const QUuid& id)
{
    m_selected = selectSourceRow(m_table, m_proxy, m_model->rowOf(id)) ? id : QUuid();
    showSelected();
}

void DocumentsPage::updateEnabled()
{
    m_add->setEnabled(isEditable());
    m_emptyAdd->setEnabled(isEditable());
    m_remove->setEnabled(isEditable() && m_model->rowOf(m_selected) >= 0);
}

void DocumentsPage::clearFilters()
{
    m_filter->clear();
    m_sourceFilter->setCurrentIndex(0);
}

QUuid DocumentsPage::currentId() const
{
    return currentRowId(m_table, int(DocumentModel::Role::Id));
}

bool DocumentsPage::isEditable() const
{
    return m_session && !m_session->isReadOnly();
}

void DocumentsPage::addDocument()
{
    if (!isEditable())
        return;
    const QString title = tr("New document");
    auto command = std::make_unique<AddRecord>(
        *m_session, documentTable,
        [title](RecordStore& records, const QUuid& id) {
            Document document;
            document.id = id;
            document.title = title;
            DocumentRepository(records).addDocument(document);
        },
        tr("Add document"));
    const QUuid id = command->recordId();
    if (!m_session->push(std::move(command)))
        return;
    clearFilters(); // the new document must be in view
    select(id);
    m_editor->focusTitle();
}

void DocumentsPage::removeDocument()
{
    const int row = m_model->rowOf(m_selected);
    if (!isEditable() || row < 0)
        return;
    const QString title = m_model->documentAt(row).title;
    if (!m_prompter.confirm(
            this, tr("Remove Document"),
            tr("Remove \u201c%1\u201d from the pre-reading? Its themes and readers go with it. "
               "Undo brings it back.")
                .arg(title)))
        return;
    const int viewRow = m_proxy->mapFromSource(m_model->index(row, 0)).row();
    if (!m_session->push(std::make_unique<RemoveRecord>(*m_session, documentTable, m_selected,
                                                        tr("Remove \u201c%1\u201d").arg(title))))
        return;
    // Select the document that took the removed one's place, so Delete can be pressed again.
    const QModelIndex next = m_proxy->index(std::min(viewRow, m_proxy->rowCount() - 1), 0);
    select(next.isValid() ? next.data(int(DocumentModel::Role::Id)).toUuid() : QUuid());
}

} // namespace pc::ui
