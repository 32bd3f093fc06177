// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/checks.h"
#include "storage/checkinputcache.h"

#include <QDate>
#include <QObject>
#include <QUuid>

#include <memory>

class QUndoStack;

namespace pc {

class EngagementFile;

namespace ui {

class Command;

/// One open engagement: the file, its undo stack and its change notifications. Pages get the
/// session through their constructors; nothing else holds the file. Closing the session closes
/// the file and drops the undo history with it.
class EngagementSession : public QObject
{
    Q_OBJECT

public:
    explicit EngagementSession(std::unique_ptr<EngagementFile> file, QObject* parent = nullptr);
    ~EngagementSession() override;

    [[nodiscard]] EngagementFile& file() const { return *m_file; }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }
    [[nodiscard]] bool isReadOnly() const;

    /// Runs a command and keeps it for undo; a command that fails reports through
    /// commandFailed() and is dropped. Returns whether the edit took effect.
    bool push(std::unique_ptr<Command> command);

    /// Today in the user's time zone, by the installation's clock (injected in tests).
    [[nodiscard]] QDate today() const;
    /// The readiness problems of the file as it is now: computed once per change and shared by
    /// the navigation badges and every page that lists them.
    [[nodiscard]] const QList<Problem>& problems();

    /// Called by commands that fail; announces the failure once.
    void reportFailure(const QString& message, bool fileDamaged = false);

signals:
    /// A committed edit (or undo, redo, merge) changed these records.
    void changed(const QString& table, const QList<QUuid>& ids);
    /// An edit was refused or failed; the message is a sentence for the user. `fileDamaged`
    /// when SQLite found the file corrupt, so the window can offer a backup.
    void commandFailed(const QString& message, bool fileDamaged);

private:
    std::unique_ptr<EngagementFile> m_file;
    QUndoStack* m_undoStack;
    bool m_lastPushFailed = false;
    CheckInputCache m_checkInput; // kept across edits: only what they touched is read again
    QList<Problem> m_problems;
    QDate m_problemsDay; // null while m_problems is out of date
};

} // namespace ui
} // namespace pc
