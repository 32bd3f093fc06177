// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace pc::ui {

/// Multi-line text that commits once, when the user leaves it and the text really changed
/// (CommitLineEdit for notes): typing is the editor's own undo, the commit the application's.
class CommitTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CommitTextEdit(QWidget* parent = nullptr);

    /// Shows text without announcing it; leaves the text alone while the user is typing in it.
    void setCommittedText(const QString& text);

signals:
    void committed(const QString& text);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    QString m_committed;
};

} // namespace pc::ui
