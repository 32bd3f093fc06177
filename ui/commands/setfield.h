// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QElapsedTimer>
#include <QUuid>
#include <QVariant>

namespace pc::ui {

/// Sets one field of one record (Tiled's ChangeValue, over the record store). Edits of the same
/// field that follow each other within a few seconds merge into one undo step, and an edit that
/// ends where it started disappears from the history.
class SetField : public Command
{
public:
    SetField(EngagementSession& session, const QString& table, const QUuid& record, const QString& field,
             const QVariant& value, const QString& text);

    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    [[nodiscard]] const QVariant& oldValue() const { return m_old; }
    [[nodiscard]] const QVariant& newValue() const { return m_new; }

    /// How long after an edit the next edit of the same field still merges with it.
    static constexpr qint64 mergeWindowMs = 3000;

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    QString m_table;
    QUuid m_record;
    QString m_field;
    QVariant m_old;
    QVariant m_new;
    QElapsedTimer m_lastEdit;
};

} // namespace pc::ui
