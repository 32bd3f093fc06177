// SPDX-License-Identifier: GPL-3.0-or-later
#include "huddleview.h"

#include "findinglist.h"
#include "findingsview.h"
#include "models/findingsdata.h"
#include "notespanel.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace pc::ui {

HuddleView::HuddleView(FindingsData& data, EvidenceNoteModel& notes, FindingEdits& edits, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
{
    m_notes =
        new NotesPanel(data, notes, edits, NotesPanel::Mode::Huddle, QStringLiteral("huddleNotes"), this);
    m_notes->setObjectName(QStringLiteral("huddleNotesPanel"));
    m_findings = new FindingList(data, edits, QStringLiteral("huddle"), this);
    m_findings->setEmptyText(tr("No findings for this theme yet. Select notes on the left and press New "
                                "finding from notes to start one."));
    connect(m_notes, &NotesPanel::newFindingRequested, this, &HuddleView::newFinding);
    connect(m_findings, &FindingList::currentChanged, m_notes, &NotesPanel::setSuggestedFinding);
    // In the huddle a new finding is named where it appears, without leaving the list.
    connect(m_findings, &FindingList::added, m_findings, &FindingList::editTitle);

    auto* intro = new QLabel(tr("Drag each note onto the finding it supports, or select notes and press "
                                "Ctrl+L. Notes that fit no finding yet can start one (Ctrl+Shift+N)."),
                             this);
    intro->setObjectName(QStringLiteral("huddleIntro"));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(titledColumn(tr("Notes to cluster"), m_notes, splitter));
    splitter->addWidget(titledColumn(tr("Findings"), m_findings, splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
}

void HuddleView::setTheme(const QUuid& theme)
{
    m_notes->setTheme(theme);
    m_findings->setTheme(theme);
    m_notes->setSuggestedFinding(m_findings->currentFinding());
}

void HuddleView::setDay(const QDate& day)
{
    m_notes->setDay(day);
}

void HuddleView::newFinding(const QList<QUuid>& notes)
{
    // Mostly concerns make an area for consideration; anything else starts as a strength.
    int concerns = 0;
    for (const QUuid& id : notes) {
        if (const Note* note = m_data.note(id))
            concerns += note->sentiment == Sentiment::Concern ? 1 : 0;
    }
    const FindingKind kind = 2 * concerns > notes.size() ? FindingKind::Consideration : FindingKind::Strength;
    m_findings->addFinding(kind, notes);
}

} // namespace pc::ui
