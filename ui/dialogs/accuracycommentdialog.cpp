// SPDX-License-Identifier: GPL-3.0-or-later
#include "accuracycommentdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pc::ui {

AccuracyCommentDialog::AccuracyCommentDialog(const QList<std::pair<QString, QString>>& sections,
                                             const AccuracyComment& comment, QWidget* parent)
    : QDialog(parent)
    , m_comment(comment)
    , m_section(new QComboBox(this))
    , m_version(new QSpinBox(this))
    , m_received(new QDateEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_decision(new QComboBox(this))
    , m_responseLabel(new QLabel(this))
    , m_response(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(comment.id.isNull() ? tr("Log Factual-Accuracy Comment")
                                       : tr("Edit Factual-Accuracy Comment"));
    m_section->setObjectName(QStringLiteral("accuracySection"));
    for (const auto& [key, title] : sections)
        m_section->addItem(title, key);
    m_section->setCurrentIndex(qMax(0, m_section->findData(comment.section)));
    m_version->setObjectName(QStringLiteral("accuracyVersion"));
    m_version->setRange(1, 999);
    m_version->setValue(comment.version);
    m_received->setObjectName(QStringLiteral("accuracyReceived"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_received->setDate(comment.received.isValid() ? comment.received : QDate::currentDate());
    m_text->setObjectName(QStringLiteral("accuracyComment"));
    m_text->setPlainText(comment.comment);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What the council said, in its words"));
    m_decision->setObjectName(QStringLiteral("accuracyDecision"));
    for (const AccuracyDecision d :
         {AccuracyDecision::Open, AccuracyDecision::Accepted, AccuracyDecision::Declined})
        m_decision->addItem(accuracyDecisionLabel(d), accuracyDecisionKey(d));
    m_decision->setCurrentIndex(m_decision->findData(accuracyDecisionKey(comment.decision)));
    m_response->setObjectName(QStringLiteral("accuracyResponse"));
    m_response->setPlainText(comment.response);
    m_response->setTabChangesFocus(true);
    m_problem->setObjectName(QStringLiteral("accuracyProblem"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("&Draft:"), m_version);
    form->addRow(tr("&Received:"), m_received);
    form->addRow(tr("&Comment:"), m_text);
    form->addRow(tr("De&cision:"), m_decision);
    form->addRow(m_responseLabel, m_response);
    m_responseLabel->setBuddy(m_response);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AccuracyCommentDialog::updateState);
    connect(m_response, &QPlainTextEdit::textChanged, this, &AccuracyCommentDialog::updateState);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &AccuracyCommentDialog::updateState);
    resize(560, 460);
    updateState();
}

AccuracyComment AccuracyCommentDialog::comment() const
{
    AccuracyComment c = m_comment;
    c.section = m_section->currentData().toString();
    c.version = m_version->value();
    c.received = m_received->date();
    c.comment = m_text->toPlainText().trimmed();
    c.decision = accuracyDecisionFromKey(m_decision->currentData().toString());
    c.response = m_response->toPlainText().trimmed();
    return c;
}

void AccuracyCommentDialog::updateState()
{
    const AccuracyDecision decision = accuracyDecisionFromKey(m_decision->currentData().toString());
    m_responseLabel->setText(decision == AccuracyDecision::Declined ? tr("&Reason:") : tr("&Change made:"));
    m_response->setEnabled(decision != AccuracyDecision::Open);
    QString problem;
    if (m_text->toPlainText().trimmed().isEmpty())
        problem = tr("Write down what the council said.");
    else if (decision == AccuracyDecision::Accepted && m_response->toPlainText().trimmed().isEmpty())
        problem = tr("Say what was changed in the report.");
    else if (decision == AccuracyDecision::Declined && m_response->toPlainText().trimmed().isEmpty())
        problem = tr("Give the council the reason it was declined.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace pc::ui
