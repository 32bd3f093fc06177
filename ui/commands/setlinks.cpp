// SPDX-License-Identifier: GPL-3.0-or-later
#include "setlinks.h"

#include "common/uuidsource.h"
#include "model/registry.h"
#include "storage/recordstore.h"

#include <utility>

namespace pc::ui {

SetLinks::SetLinks(EngagementSession& session, QList<LinkChange> changes, const QString& text)
    : Command(session, text)
    , m_changes(std::move(changes))
{
}

void SetLinks::apply(RecordStore& records)
{
    m_applied.clear();
    for (const LinkChange& change : std::as_const(m_changes)) {
        const TableDef& table = records.registry().table(change.table);
        if (records.find(table, linkId(change.first, change.second)).has_value() == change.linked)
            continue;
        records.setLinked(table, change.first, change.second, change.linked);
        m_applied.append(change);
    }
    if (m_applied.isEmpty())
        setObsolete(true); // nothing to undo: the stack drops it
}

void SetLinks::revert(RecordStore& records)
{
    for (auto it = m_applied.crbegin(); it != m_applied.crend(); ++it)
        records.setLinked(records.registry().table(it->table), it->first, it->second, !it->linked);
}

} // namespace pc::ui
