// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopeagreementsection.h"

#include "commands/setfield.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "widgets/markdownedit.h"
#include "widgets/optionaldateedit.h"
#include "widgets/sectiontitle.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

const QString engagementTable = QStringLiteral("engagement");
const QString agreementField = QStringLiteral("scope_agreement");
const QString agreedField = QStringLiteral("scope_agreed");

} // namespace

ScopeAgreementSection::ScopeAgreementSection(QWidget* parent)
    : QWidget(parent)
    , m_agreed(new OptionalDateEdit(this))
    , m_text(new MarkdownEdit(this))
{
    m_agreed->setObjectName(QStringLiteral("scopeAgreedDate"));
    m_agreed->setAccessibleName(tr("Scope agreed on"));
    m_agreed->editor()->setAccessibleName(tr("Scope agreed on"));
    connect(m_agreed, &OptionalDateEdit::committed, this, &ScopeAgreementSection::commitDate);
    auto* agreedLabel = new QLabel(tr("&Agreed on:"), this);
    agreedLabel->setBuddy(m_agreed->editor());

    m_text->setObjectName(QStringLiteral("scopeAgreementEdit"));
    m_text->setAccessibleName(tr("Scope agreement"));
    m_text->setPlaceholderText(
        tr("Write down what the council asked the team to look at, as agreed at the scoping meeting."));
    connect(m_text, &MarkdownEdit::committed, this, &ScopeAgreementSection::commitText);
    QToolBar* toolBar = m_text->createToolBar(this);
    toolBar->setObjectName(QStringLiteral("scopeAgreementToolBar"));

    auto* top = new QHBoxLayout;
    top->addWidget(sectionTitle(tr("What the council asked the team to look at"), this));
    top->addStretch(1);
    top->addWidget(agreedLabel);
    top->addWidget(m_agreed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addLayout(top);
    layout->addWidget(toolBar);
    layout->addWidget(m_text, 1);
    setSession(nullptr);
}

void ScopeAgreementSection::setSession(EngagementSession* session)
{
    if (m_session) {
        m_text->commit(); // typing not yet committed belongs to the file it was typed in
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    const bool editable = session && !session->isReadOnly();
    m_text->setEditable(editable);
    m_agreed->setReadOnly(!editable);
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString& table) {
            if (table == engagementTable)
                refresh();
        });
    refresh();
}

void ScopeAgreementSection::refresh()
{
    const Engagement engagement =
        m_session ? EngagementRepository(m_session->file().records()).engagement() : Engagement{};
    m_text->setCommittedMarkdown(engagement.scopeAgreement);
    m_agreed->setDate(engagement.scopeAgreed);
}

void ScopeAgreementSection::commitText(const QString& markdown)
{
    if (!m_session)
        return;
    const QString text = markdown.trimmed().isEmpty() ? QString() : markdown;
    if (!m_session->push(std::make_unique<SetField>(*m_session, engagementTable,
                                                    m_session->file().engagementId(), agreementField, text,
                                                    tr("Edit scope agreement"))))
        refresh(); // show the stored text again
}

void ScopeAgreementSection::commitDate(const QDate& date)
{
    if (!m_session)
        return;
    const QString text = date.isValid() ? tr("Change date scope agreed") : tr("Clear date scope agreed");
    if (!m_session->push(std::make_unique<SetField>(*m_session, engagementTable,
                                                    m_session->file().engagementId(), agreedField,
                                                    date.isValid() ? QVariant(date) : QVariant(), text)))
        refresh();
}

} // namespace pc::ui
