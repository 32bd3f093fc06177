// SPDX-License-Identifier: GPL-3.0-or-later
#include "actiondialog.h"

#include "widgets/optionaldateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::ui {

ActionDialog::ActionDialog(const QList<Recommendation>& recommendations, const Action& action,
                           QWidget* parent)
    : QDialog(parent)
    , m_action(action)
    , m_recommendation(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_owner(new QLineEdit(this))
    , m_deadline(new OptionalDateEdit(this))
    , m_status(new QComboBox(this))
    , m_rag(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(action.id.isNull() ? tr("Add Action") : tr("Edit Action"));
    m_recommendation->setObjectName(QStringLiteral("actionRecommendation"));
    for (int i = 0; i < recommendations.size(); ++i) {
        const QString text = recommendations.at(i).text.simplified();
        m_recommendation->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(
                                      text.left(90) + (text.size() > 90 ? QStringLiteral("…") : QString())),
                                  recommendations.at(i).id);
        m_recommendation->setItemData(i, text, Qt::ToolTipRole);
    }
    m_recommendation->setCurrentIndex(qMax(0, m_recommendation->findData(action.recommendation)));
    m_description->setObjectName(QStringLiteral("actionDescription"));
    m_description->setPlainText(action.description);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the council will do"));
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setText(action.owner);
    m_owner->setPlaceholderText(tr("A role, e.g. Director of Finance"));
    m_deadline->setObjectName(QStringLiteral("actionDeadline"));
    m_deadline->setDate(action.deadline);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    for (const ActionStatus s : allActionStatuses)
        m_status->addItem(actionStatusLabel(s), actionStatusKey(s));
    m_status->setCurrentIndex(m_status->findData(actionStatusKey(action.status)));
    m_rag->setObjectName(QStringLiteral("actionRag"));
    for (const Rag r : allRags)
        m_rag->addItem(ragLabel(r), ragKey(r));
    m_rag->setCurrentIndex(m_rag->findData(ragKey(action.rag)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Recommendation:"), m_recommendation);
    form->addRow(tr("&Action:"), m_description);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("R&AG:"), m_rag);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_description->toPlainText().trimmed().isEmpty() && m_recommendation->count() > 0);
    };
    connect(m_description, &QPlainTextEdit::textChanged, this, update);
    update();
    resize(620, 400);
}

Action ActionDialog::action() const
{
    Action a = m_action;
    a.recommendation = m_recommendation->currentData().toUuid();
    a.description = m_description->toPlainText().trimmed();
    a.owner = m_owner->text().trimmed();
    a.deadline = m_deadline->date();
    a.status = actionStatusFromKey(m_status->currentData().toString());
    a.rag = ragFromKey(m_rag->currentData().toString());
    return a;
}

} // namespace pc::ui
