// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencepanel.h"

#include "dialogs/notepickerdialog.h"
#include "findingedits.h"
#include "models/evidencenotefilter.h"
#include "models/evidencenotemodel.h"
#include "models/findingsdata.h"
#include "widgets/evidencenotedelegate.h"
#include "widgets/sectiontitle.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pc::ui {

EvidencePanel::EvidencePanel(FindingsData& data, EvidenceNoteModel& notes, FindingEdits& edits,
                             QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_notes(notes)
    , m_edits(edits)
    , m_filter(new EvidenceNoteFilter(notes, this))
{
    m_filter->setOnly(QSet<QUuid>{});
    auto* heading = new QHBoxLayout;
    heading->addWidget(sectionTitle(tr("Evidence"), this));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("evidenceSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    heading->addSpacing(8);
    heading->addWidget(m_summary, 1);

    m_warning = new QWidget(this);
    m_warning->setObjectName(QStringLiteral("thinEvidenceWarning"));
    auto* warningLayout = new QHBoxLayout(m_warning);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(m_warning);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size));
    icon->setAlignment(Qt::AlignTop);
    m_warningText = new QLabel(m_warning);
    m_warningText->setWordWrap(true);
    warningLayout->addWidget(icon);
    warningLayout->addWidget(m_warningText, 1);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setAccessibleName(tr("Evidence of the finding"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new EvidenceNoteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvidencePanel::refresh);
    auto* unlinkKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(unlinkKey, &QShortcut::activated, this, &EvidencePanel::unlinkSelected);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("evidenceEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addEvidenceButton"));
    m_add->setText(tr("Add evide&nce..."));
    m_add->setAccessibleName(tr("Add evidence"));
    m_add->setToolTip(tr("Search the notes and link some to this finding (Ctrl+E)"));
    connect(m_add, &QToolButton::clicked, this, &EvidencePanel::pickEvidence);
    m_unlink = new QToolButton(this);
    m_unlink->setObjectName(QStringLiteral("unlinkEvidenceButton"));
    m_unlink->setText(tr("Unlink"));
    m_unlink->setAccessibleName(tr("Unlink the selected notes"));
    m_unlink->setToolTip(tr("The selected notes stop being evidence for this finding (Delete)"));
    connect(m_unlink, &QToolButton::clicked, this, &EvidencePanel::unlinkSelected);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_unlink);
    buttons->addStretch(1);

    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(heading);
    layout->addWidget(m_warning);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    connect(&data, &FindingsData::reloaded, this, [this] { showFinding(m_id); });
    refresh();
}

void EvidencePanel::showFinding(const QUuid& id)
{
    m_id = id;
    const Finding* finding = m_data.finding(id);
    const QList<QUuid> evidence = finding ? finding->evidence : QList<QUuid>{};
    m_filter->setOnly(QSet<QUuid>(evidence.cbegin(), evidence.cend()));
    refresh();
}

void EvidencePanel::refresh()
{
    const Finding* finding = m_data.finding(m_id);
    const Triangulation t = m_data.triangulation(m_id);
    const bool editable = m_data.isEditable() && finding;
    setVisible(finding);
    m_summary->setText(finding ? evidenceInFull(t) : QString());
    m_warning->setVisible(finding && t.isThin());
    m_warningText->setText(thinEvidenceWarning(t));
    const bool empty = m_filter->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(editable
                         ? tr("No evidence yet. Drag notes from the list on the right onto this finding, "
                              "or press Ctrl+E to search for them.")
                         : tr("No evidence is linked to this finding."));
    m_add->setEnabled(editable);
    m_unlink->setEnabled(editable && m_list->selectionModel()->hasSelection());
}

void EvidencePanel::pickEvidence()
{
    const Finding* finding = m_data.finding(m_id);
    if (!finding || !m_data.isEditable())
        return;
    const QUuid id = m_id;
    NotePickerDialog dialog(m_notes, finding->theme, finding->evidence, finding->title, this);
    if (dialog.exec() == QDialog::Accepted)
        m_edits.link(id, dialog.pickedNotes());
}

void EvidencePanel::unlinkSelected()
{
    QList<QUuid> notes;
    for (const QModelIndex& row : m_list->selectionModel()->selectedRows())
        notes.append(row.data(int(EvidenceNoteModel::Role::Id)).toUuid());
    m_edits.unlink(m_id, notes);
}

bool EvidencePanel::accepts(const QMimeData* mime) const
{
    return m_data.isEditable() && m_data.finding(m_id) && !noteIdsFromMime(mime).isEmpty();
}

// Notes dropped anywhere on the panel join the finding shown. The list is not a model drop target:
// the notes it shows are a filter of every note, not a place of their own.
void EvidencePanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (accepts(event->mimeData()))
        event->acceptProposedAction();
}

void EvidencePanel::dragMoveEvent(QDragMoveEvent* event)
{
    if (accepts(event->mimeData()))
        event->acceptProposedAction();
}

void EvidencePanel::dropEvent(QDropEvent* event)
{
    if (!accepts(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_edits.link(m_id, noteIdsFromMime(event->mimeData()));
}

} // namespace pc::ui
