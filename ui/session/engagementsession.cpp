// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagementsession.h"

#include "commands/command.h"
#include "storage/engagementfile.h"

#include <QUndoStack>

namespace pc::ui {

EngagementSession::EngagementSession(std::unique_ptr<EngagementFile> file, QObject* parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_file.get(), &EngagementFile::changed, this, &EngagementSession::changed);
}

EngagementSession::~EngagementSession()
{
    // Commands refer to the file: let them go before it closes.
    m_undoStack->clear();
}

bool EngagementSession::isReadOnly() const
{
    return m_file->isReadOnly();
}

bool EngagementSession::push(std::unique_ptr<Command> command)
{
    m_lastPushFailed = false;
    m_undoStack->push(command.release()); // Qt 6 deletes a command that is obsolete after redo()
    return !m_lastPushFailed;
}

void EngagementSession::reportFailure(const QString& message, bool fileDamaged)
{
    m_lastPushFailed = true;
    emit commandFailed(message, fileDamaged);
}

} // namespace pc::ui
