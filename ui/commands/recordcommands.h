// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "model/record.h"
#include "storage/recordstore.h"

#include <QList>
#include <QUuid>

#include <functional>

namespace pc::ui {

/// Adds a record through `insert` (a repository call that writes the record with the given id
/// and anything that goes with it). Undo removes it with its dependents, redo restores them, so
/// the id stays the same across the history and the page can select the new record.
class AddRecord : public Command
{
public:
    using Insert = std::function<void(RecordStore& records, const QUuid& id)>;

    AddRecord(EngagementSession& session, const QString& table, Insert insert, const QString& text);

    [[nodiscard]] const QUuid& recordId() const { return m_id; }

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    QString m_table;
    QUuid m_id;
    Insert m_insert;
    QList<RecordRef> m_removed; // after an undo: what redo restores
};

/// Removes a record and everything that refers to it, by tombstone; undo restores them all.
class RemoveRecord : public Command
{
public:
    RemoveRecord(EngagementSession& session, const QString& table, const QUuid& id, const QString& text);

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    QString m_table;
    QUuid m_id;
    QList<RecordRef> m_removed;
};

} // namespace pc::ui
