// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/action.h"
#include "model/finding.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace pc::ui {

class OptionalDateEdit;

/// Adds or edits one action of the council's plan: its recommendation, what will be done, the
/// owner (a role), the deadline, the status and the RAG rating. OK waits for a description.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    /// `recommendations` in report order.
    ActionDialog(const QList<Recommendation>& recommendations, const Action& action,
                 QWidget* parent = nullptr);

    [[nodiscard]] Action action() const;

private:
    Action m_action;
    QComboBox* m_recommendation;
    QPlainTextEdit* m_description;
    QLineEdit* m_owner;
    OptionalDateEdit* m_deadline;
    QComboBox* m_status;
    QComboBox* m_rag;
    QDialogButtonBox* m_buttons;
};

} // namespace pc::ui
