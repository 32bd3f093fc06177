// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/poolpeer.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace pc {

class PoolStore;

namespace ui {

/// One undoable edit of the peer pool, saved at once: the peers `before` (as they were; empty for an
/// addition) become the peers `after` (empty for a deletion). A new peer, a field edit, a deletion
/// and a whole CSV import are all this one command. Service records are not the command's to undo:
/// they follow the engagement files, so a peer keeps the service recorded since the edit.
///
/// When saving fails, the pool in memory goes back to what it was, `failed` is told the sentence
/// and the command makes itself obsolete, so the undo stack drops it (as the engagement Command).
class ChangePeers : public QUndoCommand
{
public:
    ChangePeers(PoolStore& store, QList<PoolPeer> before, QList<PoolPeer> after, const QString& text,
                std::function<void(const QString&)> failed);

    void redo() override;
    void undo() override;

private:
    /// Removes the peers of `from` that `to` has not, and puts those of `to` in place; then saves.
    void change(const QList<PoolPeer>& from, const QList<PoolPeer>& to);
    void put(const QList<PoolPeer>& from, const QList<PoolPeer>& to);

    PoolStore& m_store;
    QList<PoolPeer> m_before;
    QList<PoolPeer> m_after;
    std::function<void(const QString&)> m_failed;
};

} // namespace ui
} // namespace pc
