// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "poolpeer.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace pc {

/// The user's peer pool, kept as one JSON document, `<directory>/peer-pool.json`:
/// {"format": "peerchallenge-peer-pool", "version": 1, "peers": [...]} with camelCase keys and ISO
/// dates. The whole pool is held in memory and written back whole, atomically, by save().
///
/// A pool that cannot be read (not ours, from a newer version, damaged) is never written over:
/// after a failed load() every save() is refused, so the person's file stays as it was for them to
/// rescue. Edits change memory only; save() writes them.
class PoolStore
{
public:
    static constexpr int version = 1;

    /// A store over `directory` that has read nothing yet; call load().
    explicit PoolStore(const QString& directory);

    /// Reads the pool of `directory` (a missing file is an empty pool); throws pc::Error.
    [[nodiscard]] static PoolStore open(const QString& directory);
    /// The pool of this user: in Installation::defaultDirectory().
    [[nodiscard]] static QString defaultDirectory();
    [[nodiscard]] static QString fileName() { return QStringLiteral("peer-pool.json"); }

    /// Reads the file; throws pc::Error (NotOurFile, NewerVersion, Corrupt, Io) naming the file
    /// and the problem, after which save() is refused.
    void load();
    /// Writes the pool atomically (QSaveFile); throws pc::Error.
    void save() const;

    [[nodiscard]] QString path() const;
    [[nodiscard]] const QList<PoolPeer>& peers() const { return m_peers; }
    [[nodiscard]] std::optional<PoolPeer> find(const QUuid& id) const;

    /// Replaces the peer with the same id, or adds it (with a new id when it has none). Returns the id.
    QUuid upsert(PoolPeer peer);
    /// Returns whether there was such a peer.
    bool remove(const QUuid& id);
    /// Records the peer's service on an engagement, replacing what was recorded for the same
    /// engagement. Returns whether there is such a peer.
    bool recordService(const QUuid& peer, const ServiceRecord& record);
    /// Drops the peer's record of an engagement; returns whether there was one.
    bool forgetService(const QUuid& peer, const QUuid& engagement);

private:
    [[nodiscard]] qsizetype indexOf(const QUuid& id) const;

    QString m_directory;
    QList<PoolPeer> m_peers;
    bool m_loaded = false;
    QString m_loadFailure; // why the file could not be read; saves are refused while set
};

/// What addToPool() did.
struct AddedToPool
{
    QUuid id;
    bool added = false; // false: an existing peer was updated
};

/// Puts a team member into the pool (in memory; the caller saves), with their service on the
/// engagement. The peer they are (by isSamePerson, or their poolRef) is updated with the member's
/// values that are not empty: a new organisation moves the old one to the previous organisations,
/// and a new role joins the roles they can take. Anyone else is added.
/// Days served leave out the member's days marked unavailable in `availability`.
AddedToPool addToPool(PoolStore& store, const Member& member, const Engagement& engagement,
                      const QList<Availability>& availability = {});

/// A peer as the pool file stores it (also what `pool list --json` prints).
[[nodiscard]] QJsonObject peerToJson(const PoolPeer& peer);

/// Brings the pool's service records of one engagement in line with its team: every member who is
/// a pool peer (isSamePerson) gets a record (its days leave out the days `availability` marks
/// unavailable), and a peer recorded as serving on it who is no longer on the team loses that
/// record. Returns whether anything changed (the caller saves).
bool recordTeamService(PoolStore& store, const Engagement& engagement, const QList<Member>& team,
                       const QList<Availability>& availability = {});

} // namespace pc
