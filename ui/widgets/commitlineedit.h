// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace pc::ui {

/// A line edit that commits once, when editing finishes (focus out or Enter) and the text
/// really changed: the line edit's own undo covers typing, the application's undo the commit.
class CommitLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit CommitLineEdit(QWidget* parent = nullptr);

    /// Shows text without announcing it; leaves the text alone while the user is typing in it.
    void setCommittedText(const QString& text);

signals:
    void committed(const QString& text);

private:
    QString m_committed;
};

} // namespace pc::ui
