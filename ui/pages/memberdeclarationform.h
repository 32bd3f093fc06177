// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "model/member.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace pc::ui {

class CommitTextEdit;
class EngagementSession;

/// Whether a team member can serve: their declaration of interests with the programme's decision,
/// and their availability on each onsite day. Edits are commands on the session.
class MemberDeclarationForm : public QWidget
{
    Q_OBJECT

public:
    explicit MemberDeclarationForm(QWidget* parent = nullptr);

    void setSession(EngagementSession* session);
    /// Shows a member (a default Member when none is selected) and their availability records.
    void showMember(const Member& member, const QList<Availability>& availability);
    void setEditable(bool editable);

private:
    void commitField(const QString& field, const QVariant& value, const QString& label);
    void rebuildDays(const QList<Availability>& availability);
    void updateDecisionEnabled();

    EngagementSession* m_session = nullptr;
    Member m_member;
    bool m_editable = false;
    QComboBox* m_status = nullptr;
    CommitTextEdit* m_details = nullptr;
    QComboBox* m_decision = nullptr;
    QFormLayout* m_days = nullptr;
    QLabel* m_noDays = nullptr;
    QList<QComboBox*> m_dayCombos; // one per onsite day, m_firstDay to m_lastDay
    QDate m_firstDay;
    QDate m_lastDay;
};

} // namespace pc::ui
