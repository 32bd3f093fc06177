// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingpickerdialog.h"

#include "models/findingsdata.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;

} // namespace

FindingPickerDialog::FindingPickerDialog(const FindingsData& data, const QUuid& theme, const QUuid& suggested,
                                         const QString& what, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("findingPickerDialog"));
    setWindowTitle(tr("Link to Finding"));
    auto* intro = new QLabel(tr("Which finding is %1 evidence for?").arg(what), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("findingPickerFilter"));
    m_filter->setAccessibleName(tr("Filter findings by title"));
    m_filter->setPlaceholderText(tr("Type to narrow the list"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &FindingPickerDialog::narrow);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("findingPickerList"));
    m_list->setAccessibleName(tr("Findings"));
    m_list->setHeaderLabels({tr("Finding"), tr("Theme"), tr("Kind")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setMinimumSize(fontMetrics().averageCharWidth() * 80, fontMetrics().lineSpacing() * 16);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(current && !current->isHidden());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    fill(data, theme);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, idRole).toUuid() == suggested)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem());
    m_filter->setFocus();
}

void FindingPickerDialog::fill(const FindingsData& data, const QUuid& theme)
{
    // The theme's own findings first: they are what the notes were taken for.
    for (const bool own : {true, false}) {
        for (const Theme& t : data.themes()) {
            if ((t.id == theme) != own)
                continue;
            for (const FindingKind kind : allFindingKinds) {
                for (const Finding& f : data.findingsOf(t.id, kind)) {
                    auto* item = new QTreeWidgetItem(m_list, {f.title, t.title, findingKindLabel(kind)});
                    item->setData(0, idRole, f.id);
                    item->setToolTip(0, f.text);
                }
            }
        }
    }
}

void FindingPickerDialog::narrow(const QString& text)
{
    QTreeWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const bool shown = item->text(0).contains(text.trimmed(), Qt::CaseInsensitive)
                           || item->text(1).contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(first != nullptr);
}

QUuid FindingPickerDialog::chosenFinding() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(0, idRole).toUuid() : QUuid();
}

bool FindingPickerDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down move through the list while the cursor stays in the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            QTreeWidgetItem* item = m_list->currentItem();
            do {
                item = item ? (key->key() == Qt::Key_Down ? m_list->itemBelow(item) : m_list->itemAbove(item))
                            : m_list->topLevelItem(0);
            } while (item && item->isHidden());
            if (item)
                m_list->setCurrentItem(item);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace pc::ui
