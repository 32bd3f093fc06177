// SPDX-License-Identifier: GPL-3.0-or-later
#include "committextedit.h"

namespace pc::ui {

CommitTextEdit::CommitTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void CommitTextEdit::setCommittedText(const QString& text)
{
    m_committed = text;
    if (hasFocus() && document()->isModified())
        return;
    if (toPlainText() != text)
        setPlainText(text);
    document()->setModified(false);
}

void CommitTextEdit::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    document()->setModified(false); // what is shown now is what the file holds, or about to
    const QString text = toPlainText();
    if (text == m_committed)
        return;
    m_committed = text;
    emit committed(text);
}

} // namespace pc::ui
