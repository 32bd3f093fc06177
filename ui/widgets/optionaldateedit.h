// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace pc::ui {

/// A date that may be "Not set": a QDateEdit with a calendar popup and a clear button. It
/// announces one committed() per finished edit (focus out, Enter, a calendar pick or Clear),
/// never per keystroke, so the application's undo sees one step.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    [[nodiscard]] QDate date() const; // null when not set
    /// Shows a date without announcing it (after a refresh or a refused edit).
    void setDate(const QDate& date);
    void setReadOnly(bool readOnly);
    [[nodiscard]] QDateEdit* editor() const { return m_edit; }

signals:
    void committed(const QDate& date);

private:
    void commit();

    QDateEdit* m_edit;
    QToolButton* m_clear;
    QDate m_shown;
};

} // namespace pc::ui
