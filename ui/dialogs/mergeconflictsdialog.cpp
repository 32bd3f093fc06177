// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeconflictsdialog.h"

#include "commands/setfield.h"
#include "model/registry.h"
#include "models/recordkinds.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace pc::ui {

namespace {

enum Column { RecordColumn, FieldColumn, KeptColumn, OtherColumn };

QTableWidgetItem* cell(const QString& text, const QString& tip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

} // namespace

MergeConflictsDialog::MergeConflictsDialog(EngagementSession& session, const QList<MergeConflict>& conflicts,
                                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_conflicts(conflicts)
    , m_switched(conflicts.size(), false)
{
    setObjectName(QStringLiteral("mergeConflictsDialog"));
    setWindowTitle(tr("Changed on Both Copies"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("These fields were changed on both copies since they last met. The later change was kept; "
           "choose the other version where it is the right one. Each choice is a step of Edit > Undo."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(conflicts.size()), 4, this);
    m_table->setObjectName(QStringLiteral("mergeConflictTable"));
    m_table->setAccessibleName(tr("Fields changed on both copies"));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Kept"), tr("Other version")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    RecordStore& records = session.file().records();
    for (int row = 0; row < conflicts.size(); ++row) {
        const MergeConflict& c = conflicts[row];
        m_table->setItem(row, RecordColumn, cell(describeRecord(records, c.table, c.record)));
        m_table->setItem(row, FieldColumn,
                         cell(c.field == QLatin1String("deleted") ? tr("Deleted") : fieldLabel(c.field)));
        m_table->setItem(row, KeptColumn,
                         cell(displayValue(c.winningValue), displayValue(c.winningValue, 2000)));
        m_table->setItem(row, OtherColumn,
                         cell(displayValue(c.losingValue), displayValue(c.losingValue, 2000)));
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(RecordColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KeptColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OtherColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_useOther = buttons->addButton(tr("&Use Other Version"), QDialogButtonBox::ActionRole);
    m_useOther->setObjectName(QStringLiteral("useOtherVersionButton"));
    connect(m_useOther, &QPushButton::clicked, this, &MergeConflictsDialog::useOtherVersion);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MergeConflictsDialog::updateButton);
    if (!conflicts.isEmpty())
        m_table->selectRow(0);
    m_table->setFocus();
    updateButton();
    resize(760, 360);
}

void MergeConflictsDialog::useOtherVersion()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_conflicts.size() || m_switched[row])
        return;
    const MergeConflict& c = m_conflicts[row];
    if (c.field == QLatin1String("deleted"))
        return;
    const bool done = m_session.push(
        std::make_unique<SetField>(m_session, c.table, c.record, c.field, c.losingValue,
                                   tr("Use the other version of %1").arg(fieldLabel(c.field).toLower())));
    if (!done)
        return;
    m_switched[row] = true;
    // The two versions change places: what is kept now is the other one.
    QTableWidgetItem* kept = m_table->takeItem(row, KeptColumn);
    QTableWidgetItem* other = m_table->takeItem(row, OtherColumn);
    m_table->setItem(row, KeptColumn, other);
    m_table->setItem(row, OtherColumn, kept);
    updateButton();
}

void MergeConflictsDialog::updateButton()
{
    const int row = m_table->currentRow();
    const bool possible = row >= 0 && row < m_conflicts.size() && !m_switched[row]
                          && m_conflicts[row].field != QLatin1String("deleted") && !m_session.isReadOnly();
    m_useOther->setEnabled(possible);
    m_useOther->setToolTip(row >= 0 && row < m_conflicts.size()
                                   && m_conflicts[row].field == QLatin1String("deleted")
                               ? tr("Delete or restore the record where it is kept instead")
                               : tr("Set the field to the other version (Alt+U)"));
}

} // namespace pc::ui
