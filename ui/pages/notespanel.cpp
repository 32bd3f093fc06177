// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespanel.h"

#include "dialogs/findingpickerdialog.h"
#include "findingedits.h"
#include "models/evidencenotefilter.h"
#include "models/evidencenotemodel.h"
#include "models/findingsdata.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/noterepository.h"
#include "storage/searchindex.h"
#include "widgets/evidencenotedelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSet>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

QString notesText(qsizetype n)
{
    return n == 1 ? NotesPanel::tr("1 note") : NotesPanel::tr("%1 notes").arg(n);
}

} // namespace

NotesPanel::NotesPanel(FindingsData& data, EvidenceNoteModel& notes, FindingEdits& edits, Mode mode,
                       const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_notes(notes)
    , m_edits(edits)
    , m_mode(mode)
    , m_filter(new EvidenceNoteFilter(notes, this))
{
    m_filter->setUnlinkedOnly(mode == Mode::Huddle);
    m_list = new QListView(this);
    m_list->setObjectName(name + QStringLiteral("List"));
    m_list->setAccessibleName(mode == Mode::Huddle ? tr("Notes not yet linked") : tr("Notes"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new EvidenceNoteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotesPanel::refresh);
    // A reset (every edit reloads the notes) drops the selection: keep it by id.
    connect(&notes, &EvidenceNoteModel::modelAboutToBeReset, this, &NotesPanel::rememberSelection);
    connect(&notes, &EvidenceNoteModel::modelReset, this, &NotesPanel::restoreSelection);
    connect(&data, &FindingsData::sessionChanged, this, [this] { m_dayChosen = false; });
    connect(&data, &FindingsData::reloaded, this, [this] {
        if (m_mode == Mode::Huddle)
            fillDays();
        refresh();
    });

    m_empty = new QLabel(this);
    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_count = new QLabel(this);
    m_count->setObjectName(name + QStringLiteral("Count"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(buildFilters(name));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_count);
    layout->addWidget(buildButtons(name));
    if (mode == Mode::Huddle)
        fillDays();
    refresh();
}

QWidget* NotesPanel::buildFilters(const QString& name)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* checks = new QHBoxLayout;
    if (m_mode == Mode::Browse) {
        m_search = new QLineEdit(box);
        m_search->setObjectName(name + QStringLiteral("Search"));
        m_search->setAccessibleName(tr("Search notes"));
        m_search->setPlaceholderText(tr("Search notes (Ctrl+F)"));
        m_search->setClearButtonEnabled(true);
        connect(m_search, &QLineEdit::textChanged, this, &NotesPanel::search);
        auto* find =
            new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(find, &QShortcut::activated, this, [this] {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        });
        layout->addWidget(m_search);
        m_themeOnly = new QCheckBox(tr("This theme &only"), box);
        m_themeOnly->setObjectName(name + QStringLiteral("ThemeOnly"));
        m_themeOnly->setChecked(true);
        m_unlinkedOnly = new QCheckBox(tr("Not linked &yet"), box);
        m_unlinkedOnly->setObjectName(name + QStringLiteral("UnlinkedOnly"));
        m_unlinkedOnly->setToolTip(tr("Only the notes that no finding uses as evidence"));
        connect(m_themeOnly, &QCheckBox::toggled, this, &NotesPanel::search);
        connect(m_unlinkedOnly, &QCheckBox::toggled, this, &NotesPanel::search);
        checks->addWidget(m_themeOnly);
        checks->addWidget(m_unlinkedOnly);
    } else {
        auto* dayLabel = new QLabel(tr("Da&y:"), box);
        m_days = new QComboBox(box);
        m_days->setObjectName(name + QStringLiteral("DayCombo"));
        m_days->setAccessibleName(tr("Day of the notes"));
        dayLabel->setBuddy(m_days);
        connect(m_days, &QComboBox::activated, this, [this] { setDay(m_days->currentData().toDate()); });
        m_untagged = new QCheckBox(tr("Notes with no theme &too"), box);
        m_untagged->setObjectName(name + QStringLiteral("Untagged"));
        m_untagged->setToolTip(tr("Also the day's notes that were saved without a theme"));
        connect(m_untagged, &QCheckBox::toggled, this, &NotesPanel::search);
        checks->addWidget(dayLabel);
        checks->addWidget(m_days);
        checks->addSpacing(12);
        checks->addWidget(m_untagged);
    }
    checks->addStretch(1);
    layout->addLayout(checks);
    return box;
}

QWidget* NotesPanel::buildButtons(const QString& name)
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_mode == Mode::Huddle) {
        m_newFinding = new QToolButton(bar);
        m_newFinding->setObjectName(name + QStringLiteral("NewFindingButton"));
        m_newFinding->setText(tr("&New finding from notes"));
        m_newFinding->setAccessibleName(tr("New finding from the selected notes"));
        m_newFinding->setToolTip(
            tr("Start a finding with the selected notes as its evidence (Ctrl+Shift+N)"));
        connect(m_newFinding, &QToolButton::clicked, this,
                [this] { emit newFindingRequested(selectedNotes()); });
        auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, m_newFinding, &QToolButton::click);
        layout->addWidget(m_newFinding);
    }
    m_link = new QToolButton(bar);
    m_link->setObjectName(name + QStringLiteral("LinkButton"));
    m_link->setText(tr("Link to finding..."));
    m_link->setAccessibleName(tr("Link the selected notes to a finding"));
    m_link->setToolTip(tr("Choose the finding the selected notes are evidence for (Ctrl+L); or drag them "
                          "onto it"));
    connect(m_link, &QToolButton::clicked, this, &NotesPanel::linkSelected);
    auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this, nullptr, nullptr,
                              Qt::WidgetWithChildrenShortcut);
    connect(key, &QShortcut::activated, this, &NotesPanel::linkSelected);
    layout->addWidget(m_link);
    layout->addStretch(1);
    return bar;
}

void NotesPanel::setTheme(const QUuid& theme)
{
    m_theme = theme;
    search();
}

void NotesPanel::setDay(const QDate& day)
{
    m_dayChosen = true;
    showDay(day);
}

void NotesPanel::showDay(const QDate& day)
{
    m_day = day;
    m_filter->setDay(day);
    if (m_days) {
        const int index = m_days->findData(day);
        if (index >= 0)
            m_days->setCurrentIndex(index);
    }
    refresh();
}

void NotesPanel::fillDays()
{
    // The onsite days, and any other day a note was taken (an early call, a late write-up).
    QList<QDate> days = m_data.onsiteDays();
    QSet<QDate> seen(days.cbegin(), days.cend());
    for (qsizetype i = 0; i < m_data.notes().size(); ++i) {
        const QDate day = m_data.dayOfNote(i);
        if (!seen.contains(day)) {
            seen.insert(day);
            days.append(day);
        }
    }
    std::sort(days.begin(), days.end());
    // Today while on site, else the last onsite day: the evening a huddle is held, or the one to
    // look back on. A day the person chose stays chosen.
    if (!m_dayChosen || !days.contains(m_day)) {
        const QDate today = m_data.today();
        const QList<QDate>& onsite = m_data.onsiteDays();
        m_day = onsite.contains(today) ? today
                : !onsite.isEmpty()    ? onsite.last()
                                       : days.value(days.size() - 1, today);
    }
    if (!days.contains(m_day))
        days.append(m_day);
    m_days->clear();
    for (const QDate& day : std::as_const(days)) {
        const qsizetype onsite = m_data.onsiteDays().indexOf(day);
        const QString label = QLocale().toString(day, QStringLiteral("ddd d MMM"));
        m_days->addItem(onsite >= 0 ? tr("%1 (day %2)").arg(label).arg(onsite + 1) : label, day);
    }
    showDay(m_day);
}

void NotesPanel::search()
{
    if (m_mode == Mode::Huddle) {
        m_filter->setTheme(m_theme, m_untagged->isChecked());
        refresh();
        return;
    }
    m_filter->setTheme(m_themeOnly->isChecked() ? m_theme : QUuid());
    m_filter->setUnlinkedOnly(m_unlinkedOnly->isChecked());
    EngagementSession* session = m_data.session();
    const QString query = m_search->text();
    if (!session || searchindex::ftsQuery(query).isEmpty()) {
        m_filter->setOnly(std::nullopt);
    } else {
        QSet<QUuid> hits;
        for (const SearchHit& hit : NoteRepository(session->file().records()).search(query))
            hits.insert(hit.id);
        m_filter->setOnly(hits);
    }
    refresh();
}

void NotesPanel::refresh()
{
    const bool empty = m_filter->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    const QString theme = m_data.themeTitle(m_theme);
    if (m_mode == Mode::Huddle) {
        const QString day = QLocale().toString(m_day, QStringLiteral("dddd d MMMM"));
        m_empty->setText(theme.isEmpty() ? QString()
                                         : tr("No notes of %1 from %2 are waiting: every note of the day is "
                                              "evidence for a finding, or none was taken.")
                                               .arg(theme, day));
        m_count->setText(empty ? QString() : tr("%1 not yet linked").arg(notesText(m_filter->rowCount())));
    } else {
        m_empty->setText(m_data.notes().isEmpty()
                             ? tr("No notes yet. The notes taken on the Capture page appear here, ready to "
                                  "drag onto the findings they support.")
                             : tr("No notes match. Clear the search, or show the notes of every theme."));
        m_count->setText(
            empty ? QString()
                  : tr("%1 of %2").arg(m_filter->rowCount()).arg(notesText(m_data.notes().size())));
    }
    const bool editable = m_data.isEditable() && !m_theme.isNull();
    const bool selected = m_list->selectionModel()->hasSelection();
    m_link->setEnabled(editable && selected && !m_data.findings().isEmpty());
    if (m_newFinding)
        m_newFinding->setEnabled(editable && selected);
}

QList<QUuid> NotesPanel::selectedNotes() const
{
    return selectedNoteIds(*m_list->selectionModel());
}

void NotesPanel::linkSelected()
{
    const QList<QUuid> notes = selectedNotes();
    if (notes.isEmpty() || !m_data.isEditable() || m_data.findings().isEmpty())
        return;
    FindingPickerDialog dialog(
        m_data, m_theme, m_suggested,
        notes.size() == 1 ? tr("this note") : tr("these %1").arg(notesText(notes.size())), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenFinding().isNull())
        return;
    m_edits.link(dialog.chosenFinding(), notes);
}

void NotesPanel::rememberSelection()
{
    m_selection = selectedNotes();
    m_currentNote = m_list->currentIndex().data(int(EvidenceNoteModel::Role::Id)).toUuid();
}

void NotesPanel::restoreSelection()
{
    QItemSelection selection;
    for (const QUuid& id : std::as_const(m_selection)) {
        const int row = m_filter->rowOfId(id);
        if (row >= 0)
            selection.select(m_filter->index(row, 0), m_filter->index(row, 0));
    }
    const int current = m_filter->rowOfId(m_currentNote);
    if (current >= 0)
        m_list->selectionModel()->setCurrentIndex(m_filter->index(current, 0), QItemSelectionModel::NoUpdate);
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

} // namespace pc::ui
