// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reportrecords.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace pc::ui {

/// Logs or edits one factual-accuracy comment: the section it is on, the draft, when it came,
/// what the council said, and the team's decision with its change or reason. OK stays disabled
/// until the comment has words, and a decision has its change or reason.
class AccuracyCommentDialog : public QDialog
{
    Q_OBJECT

public:
    /// `sections`: (key, title) pairs in report order; the empty key means the whole report.
    AccuracyCommentDialog(const QList<std::pair<QString, QString>>& sections, const AccuracyComment& comment,
                          QWidget* parent = nullptr);

    [[nodiscard]] AccuracyComment comment() const;

private:
    void updateState();

    AccuracyComment m_comment;
    QComboBox* m_section;
    QSpinBox* m_version;
    QDateEdit* m_received;
    QPlainTextEdit* m_text;
    QComboBox* m_decision;
    QLabel* m_responseLabel;
    QPlainTextEdit* m_response;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace pc::ui
