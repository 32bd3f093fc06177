// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "common/error.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"

namespace pc::ui {

Command::Command(EngagementSession& session, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
{
}

void Command::redo()
{
    run(true);
}

void Command::undo()
{
    run(false);
}

void Command::run(bool forward)
{
    try {
        EngagementFile::Edit edit(m_session.file());
        if (forward)
            apply(m_session.file().records());
        else
            revert(m_session.file().records());
        edit.commit();
    } catch (const Error& error) {
        setObsolete(true);
        m_session.reportFailure(error.message(), error.kind() == ErrorKind::Corrupt);
    }
}

} // namespace pc::ui
