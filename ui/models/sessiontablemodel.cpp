// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontablemodel.h"

#include "session/engagementsession.h"
#include "storage/engagementfile.h"

#include <utility>

namespace pc::ui {

SessionTableModel::SessionTableModel(QStringList tables, QObject* parent)
    : QAbstractTableModel(parent)
    , m_tables(std::move(tables))
{
}

void SessionTableModel::setSession(EngagementSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &EngagementSession::changed, this, [this](const QString& table) {
            if (m_tables.contains(table))
                reload();
        });
    reload();
}

void SessionTableModel::reload()
{
    beginResetModel();
    load(m_session ? &m_session->file().records() : nullptr);
    endResetModel();
}

} // namespace pc::ui
