// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldateedit.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace pc::ui {

namespace {
// The value the editor shows as "Not set": its minimum, never a real engagement date.
const QDate notSet(1999, 12, 31);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(notSet);
    m_edit->setMaximumDate(QDate(2100, 12, 31));
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_edit->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
    m_clear->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-clear"), QIcon(QStringLiteral(":/icons/actions/clear.svg"))));
    m_clear->setToolTip(tr("Clear the date"));
    m_clear->setAccessibleName(tr("Clear the date"));
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::TabFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_clear);
    setFocusProxy(m_edit);
    connect(m_edit, &QDateEdit::editingFinished, this, &OptionalDateEdit::commit);
    connect(m_edit->calendarWidget(), &QCalendarWidget::clicked, this,
            [this] { QMetaObject::invokeMethod(this, &OptionalDateEdit::commit, Qt::QueuedConnection); });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_edit->setDate(notSet);
        commit();
    });
    setDate({});
}

QDate OptionalDateEdit::date() const
{
    return m_edit->date() == notSet ? QDate() : m_edit->date();
}

void OptionalDateEdit::setDate(const QDate& date)
{
    m_shown = date;
    const QSignalBlocker blocker(m_edit);
    // An unset date opens its calendar on today rather than on the sentinel.
    m_edit->setDate(date.isValid() ? date : notSet);
    m_clear->setEnabled(date.isValid() && m_edit->isEnabled() && !m_edit->isReadOnly());
}

void OptionalDateEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_clear->setEnabled(!readOnly && m_shown.isValid());
}

void OptionalDateEdit::commit()
{
    const QDate current = date();
    if (current == m_shown)
        return;
    m_shown = current;
    m_clear->setEnabled(current.isValid() && !m_edit->isReadOnly());
    emit committed(current);
}

} // namespace pc::ui
