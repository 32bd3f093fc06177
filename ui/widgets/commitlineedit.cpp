// SPDX-License-Identifier: GPL-3.0-or-later
#include "commitlineedit.h"

namespace pc::ui {

CommitLineEdit::CommitLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    connect(this, &QLineEdit::editingFinished, this, [this] {
        setModified(false); // what is shown now is what the file holds, or about to
        if (text() == m_committed)
            return;
        m_committed = text();
        emit committed(m_committed);
    });
}

void CommitLineEdit::setCommittedText(const QString& text)
{
    m_committed = text;
    if (!hasFocus()) {
        setText(text);
        setCursorPosition(0); // a long value shows its beginning, not its end
    } else if (!isModified() && text != this->text()) {
        setText(text); // changed elsewhere (undo) while the cursor is here, nothing typed
    }
}

} // namespace pc::ui
