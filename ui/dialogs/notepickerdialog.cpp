// SPDX-License-Identifier: GPL-3.0-or-later
#include "notepickerdialog.h"

#include "models/evidencenotefilter.h"
#include "models/evidencenotemodel.h"
#include "models/findingsdata.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/noterepository.h"
#include "storage/searchindex.h"
#include "widgets/evidencenotedelegate.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace pc::ui {

NotePickerDialog::NotePickerDialog(EvidenceNoteModel& notes, const QUuid& theme, const QList<QUuid>& linked,
                                   const QString& findingTitle, QWidget* parent)
    : QDialog(parent)
    , m_notes(notes)
    , m_filter(new EvidenceNoteFilter(notes, this))
    , m_theme(theme)
{
    setObjectName(QStringLiteral("notePickerDialog"));
    setWindowTitle(tr("Add Evidence"));
    m_filter->setExcluded(QSet<QUuid>(linked.cbegin(), linked.cend()));

    auto* intro = new QLabel(tr("Link notes to \u201c%1\u201d.").arg(findingTitle), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("notePickerSearch"));
    m_query->setAccessibleName(tr("Search notes"));
    m_query->setPlaceholderText(tr("Search notes: words, prefixes or \u201ca phrase\u201d"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &NotePickerDialog::search);
    m_themeOnly = new QCheckBox(tr("Only notes of this &theme"), this);
    m_themeOnly->setObjectName(QStringLiteral("notePickerThemeOnly"));
    m_themeOnly->setChecked(!theme.isNull());
    m_themeOnly->setEnabled(!theme.isNull());
    connect(m_themeOnly, &QCheckBox::toggled, this, &NotePickerDialog::search);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("notePickerList"));
    m_list->setAccessibleName(tr("Notes to link"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new EvidenceNoteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumSize(fontMetrics().averageCharWidth() * 70, fontMetrics().lineSpacing() * 20);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NotePickerDialog::updateState);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("notePickerCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_query);
    layout->addWidget(m_themeOnly);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    search();
}

void NotePickerDialog::search()
{
    m_filter->setTheme(m_themeOnly->isChecked() ? m_theme : QUuid());
    const QString query = m_query->text();
    EngagementSession* session = m_notes.findingsData().session();
    if (!session || searchindex::ftsQuery(query).isEmpty()) {
        m_filter->setOnly(std::nullopt);
    } else {
        QSet<QUuid> hits;
        for (const SearchHit& hit : NoteRepository(session->file().records()).search(query))
            hits.insert(hit.id);
        m_filter->setOnly(hits);
    }
    if (m_filter->rowCount() > 0 && !m_list->selectionModel()->hasSelection())
        m_list->setCurrentIndex(m_filter->index(0, 0));
    updateState();
}

void NotePickerDialog::updateState()
{
    const int shown = m_filter->rowCount();
    m_count->setText(shown == 0   ? tr("No notes match. Try fewer words, or all themes.")
                     : shown == 1 ? tr("1 note")
                                  : tr("%1 notes").arg(shown));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->selectionModel()->hasSelection());
}

QList<QUuid> NotePickerDialog::pickedNotes() const
{
    return selectedNoteIds(*m_list->selectionModel());
}

bool NotePickerDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search goes into the results, as in a browser's address bar.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_filter->rowCount() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace pc::ui
