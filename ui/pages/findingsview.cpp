// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsview.h"

#include "evidencepanel.h"
#include "findingeditor.h"
#include "findinglist.h"
#include "notespanel.h"
#include "widgets/sectiontitle.h"

#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace pc::ui {

QWidget* titledColumn(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(sectionTitle(title, box));
    layout->addWidget(content, 1);
    return box;
}

FindingsView::FindingsView(FindingsData& data, EvidenceNoteModel& notes, FindingEdits& edits, QWidget* parent)
    : QWidget(parent)
{
    m_findings = new FindingList(data, edits, QStringLiteral("findings"), this);
    m_editor = new FindingEditor(data, edits, this);
    m_editor->setObjectName(QStringLiteral("findingEditor"));
    m_evidence = new EvidencePanel(data, notes, edits, this);
    m_evidence->setObjectName(QStringLiteral("evidencePanel"));
    m_notes = new NotesPanel(data, notes, edits, NotesPanel::Mode::Browse, QStringLiteral("notes"), this);
    m_notes->setObjectName(QStringLiteral("notesPanel"));

    connect(m_findings, &FindingList::currentChanged, this, &FindingsView::showFinding);
    connect(m_findings, &FindingList::added, this, [this] { m_editor->focusTitle(); });
    // From anywhere in the view: the finding is the one selected, wherever the cursor is.
    auto* pick = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    connect(pick, &QShortcut::activated, m_evidence, &EvidencePanel::pickEvidence);

    auto* middle = new QSplitter(Qt::Vertical, this);
    middle->setChildrenCollapsible(false);
    middle->addWidget(m_editor);
    middle->addWidget(m_evidence);
    middle->setStretchFactor(0, 2);
    middle->setStretchFactor(1, 3);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("findingsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(titledColumn(tr("Findings"), m_findings, splitter));
    splitter->addWidget(titledColumn(tr("Finding"), middle, splitter));
    splitter->addWidget(titledColumn(tr("Notes"), m_notes, splitter));
    const int unit = fontMetrics().averageCharWidth();
    splitter->setSizes({unit * 50, unit * 60, unit * 50});
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void FindingsView::setTheme(const QUuid& theme)
{
    m_notes->setTheme(theme);
    m_findings->setTheme(theme);
    showFinding(m_findings->currentFinding());
}

void FindingsView::showFinding(const QUuid& id)
{
    m_editor->showFinding(id);
    m_evidence->showFinding(id);
    m_notes->setSuggestedFinding(id);
}

} // namespace pc::ui
