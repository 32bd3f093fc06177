// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "storage/recordstore.h"

#include <QList>
#include <QUuid>

namespace pc::ui {

// Add, edit and remove of the value types a repository reads and writes whole (notes, findings,
// recommendations). A Traits class says how:
//   using Value = Note;
//   static QUuid add(RecordStore&, const Value&);      // returns the id it was given
//   static void update(RecordStore&, const Value&);
//   static QList<RecordRef> remove(RecordStore&, const QUuid&);

/// Adds values in one step; undo removes them with their links, redo restores the same records.
template <typename Traits>
class AddValues : public Command
{
public:
    using Value = typename Traits::Value;

    AddValues(EngagementSession& session, QList<Value> values, const QString& text)
        : Command(session, text)
        , m_values(std::move(values))
    {
    }

    /// The ids the values were given (new ones for null ids), in order; set once redone.
    [[nodiscard]] QList<QUuid> ids() const
    {
        QList<QUuid> result;
        for (const Value& v : m_values)
            result.append(v.id);
        return result;
    }

protected:
    void apply(RecordStore& records) override
    {
        if (m_added) {
            records.restoreAll(m_removed);
            return;
        }
        for (Value& v : m_values)
            v.id = Traits::add(records, v);
        m_added = true;
    }

    void revert(RecordStore& records) override
    {
        m_removed.clear();
        for (const Value& v : m_values)
            m_removed += Traits::remove(records, v.id);
    }

private:
    QList<Value> m_values;
    QList<RecordRef> m_removed;
    bool m_added = false;
};

/// Replaces values with edited copies; undo writes them back as they were.
template <typename Traits>
class EditValues : public Command
{
public:
    using Value = typename Traits::Value;

    EditValues(EngagementSession& session, QList<Value> before, QList<Value> after, const QString& text)
        : Command(session, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

protected:
    void apply(RecordStore& records) override
    {
        for (const Value& v : m_after)
            Traits::update(records, v);
    }

    void revert(RecordStore& records) override
    {
        for (const Value& v : m_before)
            Traits::update(records, v);
    }

private:
    QList<Value> m_before;
    QList<Value> m_after;
};

/// Removes values with their links; undo restores exactly what went.
template <typename Traits>
class RemoveValues : public Command
{
public:
    RemoveValues(EngagementSession& session, QList<QUuid> ids, const QString& text)
        : Command(session, text)
        , m_ids(std::move(ids))
    {
    }

protected:
    void apply(RecordStore& records) override
    {
        m_removed.clear();
        for (const QUuid& id : m_ids)
            m_removed += Traits::remove(records, id);
    }

    void revert(RecordStore& records) override { records.restoreAll(m_removed); }

private:
    QList<QUuid> m_ids;
    QList<RecordRef> m_removed;
};

} // namespace pc::ui
