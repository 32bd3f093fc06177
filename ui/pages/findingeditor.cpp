// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingeditor.h"

#include "findingedits.h"
#include "models/findingsdata.h"
#include "widgets/commitlineedit.h"
#include "widgets/committextedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pc::ui {

FindingEditor::FindingEditor(FindingsData& data, FindingEdits& edits, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_edits(edits)
{
    m_form = new QWidget(this);
    m_title = new CommitLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("findingTitleEdit"));
    m_title->setAccessibleName(tr("Title of the finding"));
    m_title->setPlaceholderText(tr("A headline the report can carry"));
    connect(m_title, &CommitLineEdit::committed, this, [this](const QString& text) {
        const Finding* before = m_data.finding(m_id);
        if (!before || text.simplified().isEmpty()) {
            refresh(); // a finding keeps a title: show the stored one again
            return;
        }
        Finding after = *before;
        after.title = text.simplified();
        commit(after, tr("Rename \u201c%1\u201d").arg(before->title));
    });

    m_kind = new QComboBox(m_form);
    m_kind->setObjectName(QStringLiteral("findingKindCombo"));
    m_kind->setAccessibleName(tr("Kind of finding"));
    for (const FindingKind kind : allFindingKinds)
        m_kind->addItem(findingKindLabel(kind), int(kind));
    connect(m_kind, &QComboBox::activated, this, [this] {
        if (const Finding* before = m_data.finding(m_id)) {
            Finding after = *before;
            after.kind = FindingKind(m_kind->currentData().toInt());
            // Last among the findings of its new kind, where a person looks for it.
            const QList<Finding> group = m_data.findingsOf(before->theme, after.kind);
            after.position = group.isEmpty() ? 1 : group.last().position + 1;
            commit(after, tr("Change the kind of \u201c%1\u201d").arg(before->title));
        }
    });
    m_status = new QComboBox(m_form);
    m_status->setObjectName(QStringLiteral("findingStatusCombo"));
    m_status->setAccessibleName(tr("Team agreement"));
    m_status->setToolTip(tr("Whether the team has agreed the wording"));
    for (const AgreementStatus status : {AgreementStatus::Draft, AgreementStatus::Agreed})
        m_status->addItem(agreementStatusLabel(status), int(status));
    connect(m_status, &QComboBox::activated, this, [this] {
        if (const Finding* before = m_data.finding(m_id)) {
            Finding after = *before;
            after.status = AgreementStatus(m_status->currentData().toInt());
            commit(after, after.status == AgreementStatus::Agreed
                              ? tr("Agree \u201c%1\u201d").arg(before->title)
                              : tr("Return \u201c%1\u201d to draft").arg(before->title));
        }
    });

    m_text = new CommitTextEdit(m_form);
    m_text->setObjectName(QStringLiteral("findingTextEdit"));
    m_text->setAccessibleName(tr("Text of the finding"));
    m_text->setPlaceholderText(tr("What the team found, as the report will say it"));
    connect(m_text, &CommitTextEdit::committed, this, [this](const QString& text) {
        if (const Finding* before = m_data.finding(m_id)) {
            Finding after = *before;
            after.text = text;
            commit(after, tr("Edit the text of \u201c%1\u201d").arg(before->title));
        }
    });

    auto* choices = new QHBoxLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(m_kind);
    auto* statusLabel = new QLabel(tr("Stat&us:"), m_form);
    statusLabel->setBuddy(m_status);
    choices->addSpacing(12);
    choices->addWidget(statusLabel);
    choices->addWidget(m_status);
    choices->addStretch(1);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Tit&le:"), m_title);
    auto* kindLabel = new QLabel(tr("&Kind:"), m_form);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, choices);
    form->addRow(tr("Te&xt:"), m_text);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("findingEditorEmpty"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addWidget(m_placeholder, 1);
    connect(&data, &FindingsData::reloaded, this, &FindingEditor::refresh);
    refresh();
}

void FindingEditor::showFinding(const QUuid& id)
{
    m_id = id;
    refresh();
}

void FindingEditor::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void FindingEditor::refresh()
{
    const Finding* finding = m_data.finding(m_id);
    m_form->setVisible(finding);
    m_placeholder->setVisible(!finding);
    m_placeholder->setText(m_data.themes().isEmpty()
                               ? QString()
                               : tr("Select a finding to edit its wording and see its evidence."));
    const Finding shown = finding ? *finding : Finding{};
    m_title->setCommittedText(shown.title);
    m_kind->setCurrentIndex(m_kind->findData(int(shown.kind)));
    m_status->setCurrentIndex(m_status->findData(int(shown.status)));
    m_text->setCommittedText(shown.text);
    const bool editable = m_data.isEditable();
    m_title->setReadOnly(!editable);
    m_text->setReadOnly(!editable);
    m_kind->setEnabled(editable);
    m_status->setEnabled(editable);
}

void FindingEditor::commit(const Finding& after, const QString& what)
{
    if (!m_edits.editFinding(after, what))
        refresh(); // refused or unchanged: show what the file holds
}

} // namespace pc::ui
