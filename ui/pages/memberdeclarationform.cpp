// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberdeclarationform.h"

#include "commands/availabilitycommands.h"
#include "commands/setfield.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "widgets/committextedit.h"
#include "widgets/sectiontitle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

const QString memberTable = QStringLiteral("member");

constexpr ConflictStatus statuses[] = {ConflictStatus::NotAsked, ConflictStatus::NoneDeclared,
                                       ConflictStatus::Declared};
constexpr ConflictDecision decisions[] = {ConflictDecision::Pending, ConflictDecision::Cleared,
                                          ConflictDecision::Managed, ConflictDecision::StoodDown};

} // namespace

MemberDeclarationForm::MemberDeclarationForm(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(sectionTitle(tr("Declaration of interests"), this));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("memberConflictStatusCombo"));
    m_status->setAccessibleName(tr("Declaration"));
    for (const ConflictStatus status : statuses)
        m_status->addItem(conflictStatusLabel(status), conflictStatusKey(status));
    connect(m_status, &QComboBox::activated, this, [this] {
        commitField(QStringLiteral("conflict_status"), m_status->currentData(), tr("Declaration"));
    });
    m_details = new CommitTextEdit(this);
    m_details->setObjectName(QStringLiteral("memberConflictDetailsEdit"));
    m_details->setAccessibleName(tr("Interest declared"));
    m_details->setPlaceholderText(tr("What the interest is: a former job, a relative, a contract…"));
    m_details->setTabChangesFocus(true);
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 4);
    connect(m_details, &CommitTextEdit::committed, this, [this](const QString& text) {
        commitField(QStringLiteral("conflict_details"), text.trimmed(), tr("Interest declared"));
    });
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("memberConflictDecisionCombo"));
    m_decision->setAccessibleName(tr("Decision"));
    for (const ConflictDecision decision : decisions)
        m_decision->addItem(conflictDecisionLabel(decision), conflictDecisionKey(decision));
    connect(m_decision, &QComboBox::activated, this, [this] {
        commitField(QStringLiteral("conflict_decision"), m_decision->currentData(), tr("Decision"));
    });
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Declaration:"), m_status);
    form->addRow(tr("&Interest:"), m_details);
    form->addRow(tr("De&cision:"), m_decision);
    layout->addLayout(form);

    layout->addWidget(sectionTitle(tr("Availability on the onsite days"), this));
    m_days = new QFormLayout;
    m_days->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_days);
    m_noDays =
        new QLabel(tr("Set the onsite dates on the Overview page to record who is there each day."), this);
    m_noDays->setObjectName(QStringLiteral("memberNoOnsiteDays"));
    m_noDays->setWordWrap(true);
    m_noDays->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_noDays);
    layout->addStretch(1);
}

void MemberDeclarationForm::setSession(EngagementSession* session)
{
    m_session = session;
}

void MemberDeclarationForm::showMember(const Member& member, const QList<Availability>& availability)
{
    m_member = member;
    m_status->setCurrentIndex(std::max(0, m_status->findData(conflictStatusKey(member.conflictStatus))));
    m_details->setCommittedText(member.conflictDetails);
    m_decision->setCurrentIndex(
        std::max(0, m_decision->findData(conflictDecisionKey(member.conflictDecision))));
    rebuildDays(availability);
    setEditable(m_editable);
}

void MemberDeclarationForm::rebuildDays(const QList<Availability>& availability)
{
    QDate first;
    QDate last;
    if (m_session) {
        const Engagement engagement = EngagementRepository(m_session->file().records()).engagement();
        first = engagement.date(Milestone::OnsiteStart);
        last = engagement.date(Milestone::OnsiteEnd);
    }
    if (first.isValid() && !last.isValid())
        last = first;
    // A visit lasts days, not months: a date typed wrongly must not build a thousand rows.
    const bool days = first.isValid() && last >= first && first.daysTo(last) < 14;
    m_noDays->setVisible(!days);
    const auto statusOn = [&](const QDate& day) {
        for (const Availability& a : availability) {
            if (a.member == m_member.id && a.day == day)
                return a.status;
        }
        return DayAvailability::Available;
    };
    // The same days as shown: set the values in place. Rebuilding here would delete the combo
    // box whose own signal led to this refresh.
    if (days && first == m_firstDay && last == m_lastDay) {
        for (qsizetype i = 0; i < m_dayCombos.size(); ++i) {
            QComboBox* combo = m_dayCombos[i];
            combo->setCurrentIndex(
                std::max(0, combo->findData(dayAvailabilityKey(statusOn(first.addDays(i))))));
        }
        return;
    }
    while (m_days->rowCount() > 0)
        m_days->removeRow(0);
    m_dayCombos.clear();
    m_firstDay = days ? first : QDate();
    m_lastDay = days ? last : QDate();
    if (!days)
        return;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const DayAvailability status = statusOn(day);
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("availability-%1").arg(day.toString(Qt::ISODate)));
        const QString label = QLocale().toString(day, QStringLiteral("ddd d MMM"));
        combo->setAccessibleName(tr("Availability on %1").arg(label));
        for (const DayAvailability option : allDayAvailabilities)
            combo->addItem(dayAvailabilityLabel(option), dayAvailabilityKey(option));
        combo->setCurrentIndex(std::max(0, combo->findData(dayAvailabilityKey(status))));
        connect(combo, &QComboBox::activated, this, [this, combo, day] {
            if (!m_session || m_member.id.isNull())
                return;
            m_session->push(std::make_unique<SetAvailability>(
                *m_session,
                Availability{m_member.id, day, dayAvailabilityFromKey(combo->currentData().toString()), {}}));
        });
        m_days->addRow(label + QLatin1Char(':'), combo);
        m_dayCombos.append(combo);
    }
}

void MemberDeclarationForm::setEditable(bool editable)
{
    m_editable = editable;
    const bool enabled = editable && !m_member.id.isNull();
    m_status->setEnabled(enabled);
    m_details->setReadOnly(!enabled);
    for (QComboBox* combo : std::as_const(m_dayCombos))
        combo->setEnabled(enabled);
    updateDecisionEnabled();
}

void MemberDeclarationForm::updateDecisionEnabled()
{
    // The interest and the decision mean something only once an interest is declared.
    const bool declared = m_member.conflictStatus == ConflictStatus::Declared;
    m_details->setEnabled(declared);
    m_decision->setEnabled(m_editable && declared && !m_member.id.isNull());
}

void MemberDeclarationForm::commitField(const QString& field, const QVariant& value, const QString& label)
{
    if (!m_session || m_member.id.isNull())
        return;
    m_session->push(std::make_unique<SetField>(*m_session, memberTable, m_member.id, field, value,
                                               tr("Change %1").arg(label.toLower())));
}

} // namespace pc::ui
