// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcommands.h"

#include "common/uuidsource.h"
#include "model/registry.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"

#include <utility>

namespace pc::ui {

AddRecord::AddRecord(EngagementSession& session, const QString& table, Insert insert, const QString& text)
    : Command(session, text)
    , m_table(table)
    , m_id(session.file().installation().uuids().next())
    , m_insert(std::move(insert))
{
}

void AddRecord::apply(RecordStore& records)
{
    if (!m_removed.isEmpty()) {
        records.restoreAll(m_removed);
        return;
    }
    m_insert(records, m_id);
}

void AddRecord::revert(RecordStore& records)
{
    m_removed = records.removeWithDependents(records.registry().table(m_table), m_id);
}

RemoveRecord::RemoveRecord(EngagementSession& session, const QString& table, const QUuid& id,
                           const QString& text)
    : Command(session, text)
    , m_table(table)
    , m_id(id)
{
}

void RemoveRecord::apply(RecordStore& records)
{
    m_removed = records.removeWithDependents(records.registry().table(m_table), m_id);
}

void RemoveRecord::revert(RecordStore& records)
{
    records.restoreAll(m_removed);
}

} // namespace pc::ui
