// SPDX-License-Identifier: GPL-3.0-or-later
#include "setfield.h"

#include "model/registry.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/recordstore.h"

namespace pc::ui {

SetField::SetField(EngagementSession& session, const QString& table, const QUuid& record,
                   const QString& field, const QVariant& value, const QString& text)
    : Command(session, text)
    , m_table(table)
    , m_record(record)
    , m_field(field)
    , m_new(value)
{
    RecordStore& records = session.file().records();
    if (const auto current =
            records.find(records.registry().table(table), record, Visibility::IncludeDeleted))
        m_old = current->value(field);
    m_lastEdit.start();
}

int SetField::id() const
{
    return 1; // every SetField may merge with another; mergeWith() checks it is the same field
}

bool SetField::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetField*>(other);
    if (!next || next->m_table != m_table || next->m_record != m_record || next->m_field != m_field
        || m_lastEdit.elapsed() > mergeWindowMs)
        return false;
    m_new = next->m_new;
    m_lastEdit.restart();
    setObsolete(m_new == m_old);
    return true;
}

void SetField::apply(RecordStore& records)
{
    records.update(records.registry().table(m_table), m_record, {{m_field, m_new}});
}

void SetField::revert(RecordStore& records)
{
    records.update(records.registry().table(m_table), m_record, {{m_field, m_old}});
}

} // namespace pc::ui
