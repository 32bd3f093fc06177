// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolcommands.h"

#include "common/error.h"
#include "pool/poolstore.h"

#include <algorithm>
#include <utility>

namespace pc::ui {

ChangePeers::ChangePeers(PoolStore& store, QList<PoolPeer> before, QList<PoolPeer> after, const QString& text,
                         std::function<void(const QString&)> failed)
    : QUndoCommand(text)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_failed(std::move(failed))
{
}

void ChangePeers::redo()
{
    change(m_before, m_after);
}

void ChangePeers::undo()
{
    change(m_after, m_before);
}

void ChangePeers::put(const QList<PoolPeer>& from, const QList<PoolPeer>& to)
{
    for (const PoolPeer& peer : from) {
        const bool kept =
            std::any_of(to.cbegin(), to.cend(), [&peer](const PoolPeer& p) { return p.id == peer.id; });
        if (!kept)
            m_store.remove(peer.id);
    }
    for (PoolPeer peer : to) {
        if (const std::optional<PoolPeer> current = m_store.find(peer.id))
            peer.service = current->service;
        m_store.upsert(std::move(peer));
    }
}

void ChangePeers::change(const QList<PoolPeer>& from, const QList<PoolPeer>& to)
{
    put(from, to);
    try {
        m_store.save();
    } catch (const Error& error) {
        put(to, from);
        setObsolete(true);
        if (m_failed)
            m_failed(error.message());
    }
}

} // namespace pc::ui
