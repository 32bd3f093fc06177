// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagementsession.h"

#include "commands/command.h"
#include "common/clock.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"

#include <QUndoStack>

namespace pc::ui {

EngagementSession::EngagementSession(std::unique_ptr<EngagementFile> file, QObject* parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_undoStack(new QUndoStack(this))
{
    // Connected first, so the cached problems are stale before any page hears of the change.
    connect(m_file.get(), &EngagementFile::changed, this,
            [this](const QString& table, const QList<QUuid>& ids) {
                m_checkInput.recordsChanged(table, ids);
                m_problemsDay = QDate();
            });
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

QDate EngagementSession::today() const
{
    return m_file->installation().clock().now().toLocalTime().date();
}

const QList<Problem>& EngagementSession::problems()
{
    const QDate day = today();
    if (m_problemsDay != day) {
        m_problems = CheckRegistry::standard().run(m_checkInput.input(m_file->records(), day));
        m_problemsDay = day;
    }
    return m_problems;
}

void EngagementSession::reportFailure(const QString& message, bool fileDamaged)
{
    m_lastPushFailed = true;
    emit commandFailed(message, fileDamaged);
}

} // namespace pc::ui
