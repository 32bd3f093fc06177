// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/record.h"
#include "model/stamp.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace pc {

class Database;
class Installation;
class Registry;
struct FieldDef;
struct TableDef;

enum class Visibility { LiveOnly, IncludeDeleted };

/// A record's id with two of its references (null when empty), as referenceRows() reads them.
struct ReferenceRow
{
    QUuid id;
    QUuid first;
    QUuid second;
};

/// A record's id (its text, as stored) and a 128-bit digest of its stamps: the XOR of two 64-bit
/// FNV-1a hashes of each stamp (field, hlc, device), so the order stamps are read in does not
/// matter. Not cryptographic: it tells versions apart, it guards nothing.
struct RecordDigest
{
    QByteArray id;
    quint64 first = 0;
    quint64 second = 0;

    [[nodiscard]] bool sameStamps(const RecordDigest& other) const
    {
        return first == other.first && second == other.second;
    }
};

/// A record of some table, as removeWithDependents() reports what it removed.
struct RecordRef
{
    const TableDef* table = nullptr;
    QUuid id;
};

/// The stamped record layer under every repository: reads records of any registry table and
/// writes them so that every write of a merged field stores its stamp and the stamp it replaced
/// in the same transaction (MERGE.md). Writes need a transaction opened by the caller.
class RecordStore
{
public:
    RecordStore(Database& db, const Registry& registry, Installation& installation);

    [[nodiscard]] const Registry& registry() const { return m_registry; }
    [[nodiscard]] Installation& installation() { return m_installation; }

    [[nodiscard]] std::optional<Record> find(const TableDef& table, const QUuid& id,
                                             Visibility visibility = Visibility::LiveOnly) const;
    /// Records sorted by the table's order field, then id.
    [[nodiscard]] QList<Record> list(const TableDef& table,
                                     Visibility visibility = Visibility::LiveOnly) const;
    /// The live records of a table with two of their reference fields, in no particular order,
    /// straight from the rows (no Record per row): the lean read of big tables, such as the
    /// checks' 50,000 notes and their links after every edit.
    [[nodiscard]] QList<ReferenceRow> referenceRows(const TableDef& table, const QString& first,
                                                    const QString& second) const;
    /// Live records whose reference `field` points at `target`, sorted as list().
    [[nodiscard]] QList<Record> children(const TableDef& table, const QString& field,
                                         const QUuid& target) const;
    [[nodiscard]] qint64 count(const TableDef& table) const;
    /// The order value that puts a new record after every live one (among the children of
    /// `parent` through `parentField`, when given), in one query.
    [[nodiscard]] double nextPosition(const TableDef& table, const QString& parentField = {},
                                      const QUuid& parent = {}) const;

    /// Adds a record with every field stamped; unset fields take their defaults.
    void insert(const TableDef& table, const Record& record);
    /// Changes the given fields; stamps only those whose value really changed. Returns whether
    /// anything changed. Editing a deleted record revives it.
    bool update(const TableDef& table, const QUuid& id, const QVariantMap& values);
    /// Deletes by a stamped tombstone; the row stays for merging and undo.
    void remove(const TableDef& table, const QUuid& id);
    /// Undoes a delete with a newer stamp on the tombstone.
    void restore(const TableDef& table, const QUuid& id);
    /// Removes a record and every live record that references it (their dependents first, at
    /// any depth: a theme's key questions, a member's theme leads). Returns what was removed,
    /// the record itself last, for restoreAll().
    QList<RecordRef> removeWithDependents(const TableDef& table, const QUuid& id);
    /// Restores what removeWithDependents() removed, the record first.
    void restoreAll(const QList<RecordRef>& removed);
    /// Links two records (a Link table); relinking a removed link revives it.
    QUuid link(const TableDef& table, const QUuid& first, const QUuid& second);
    /// Links the pair, or removes the link (by tombstone) when `linked` is false.
    void setLinked(const TableDef& table, const QUuid& first, const QUuid& second, bool linked);
    /// Makes the live links of `table` from `first` exactly `wanted`: links the new ones and removes
    /// the others. `isNew` (the first record was just added, so it has no links) skips the reading.
    void setLinks(const TableDef& table, const QUuid& first, const QList<QUuid>& wanted, bool isNew = false);
    /// Writes a record whose id is derived from its content (an availability day, a session's
    /// member): inserts it, or updates it and revives it when it was removed.
    void upsert(const TableDef& table, const QUuid& id, const QVariantMap& values);
    /// The ids of the live records of a table, in one query.
    [[nodiscard]] QSet<QUuid> liveIds(const TableDef& table) const;
    /// Every live link of a Link table by its first id whose second is a live record, seconds in
    /// link id order (as linksByFirst). The target's liveness is joined in SQL, so a big target
    /// table (50,000 notes) is never read whole. With `first`, only that record's links.
    [[nodiscard]] QHash<QUuid, QList<QUuid>> linksToLive(const TableDef& table,
                                                         const QUuid& first = {}) const;
    /// Every live link of a Link table by its first id, keeping only seconds in `liveSeconds`.
    [[nodiscard]] QHash<QUuid, QList<QUuid>> linksByFirst(const TableDef& table,
                                                          const QSet<QUuid>& liveSeconds) const;
    /// The live links of `table` from `first`, each giving the second id.
    [[nodiscard]] QList<QUuid> linked(const TableDef& table, const QUuid& first) const;

    [[nodiscard]] QHash<QString, FieldStamp> stamps(const TableDef& table, const QUuid& id) const;
    /// Every record of a table with a digest of its stamps, in id order (as text): two copies hold
    /// the same version of a record when the digests agree (a stamp names one write). Lets a
    /// merge skip what it has already seen without reading it.
    [[nodiscard]] QList<RecordDigest> stampDigests(const TableDef& table) const;
    /// The records of a table that `device` wrote after `sinceHlc`, each with the newest such stamp
    /// (a notes packet's content).
    [[nodiscard]] QHash<QUuid, quint64> writtenSince(const TableDef& table, const QUuid& device,
                                                     quint64 sinceHlc) const;
    /// Every stamp of a table in one query, by record then field.
    [[nodiscard]] QHash<QUuid, QHash<QString, FieldStamp>> allStamps(const TableDef& table) const;
    [[nodiscard]] quint64 newestHlc() const;

    /// For the merge and the JSON import: stores a record's values and stamps as given, without
    /// ticking the clock, then recomputes whether the record is live.
    void put(const TableDef& table, const Record& record, const QHash<QString, FieldStamp>& stamps);
    /// Takes a record and its stamps out of the file as if it had never been there: only for the
    /// undo of a merge that added it (anything else removes with a stamped tombstone).
    void erase(const TableDef& table, const QUuid& id);

    /// Brings the full-text index of every record written in this transaction up to date (a live
    /// record's search fields in, a removed one out). EngagementFile::Edit calls it before commit,
    /// so the index is written in the same transaction as the records whatever wrote them.
    void updateSearchIndexes();
    /// The live records of a table with search fields that hold every word of `userText`
    /// (searchindex::ftsQuery), best first, at most `limit` (all when negative).
    [[nodiscard]] QList<struct SearchHit> search(const TableDef& table, const QString& userText,
                                                 int limit = -1) const;
    /// Records written since the last call, per table: the change notification's payload.
    [[nodiscard]] QHash<QString, QSet<QUuid>> takeTouched();
    /// After a rollback: forget what was written, the device record included.
    void discardTouched()
    {
        m_touched.clear();
        m_deviceKnown = false;
    }

private:
    void requireTransaction() const;
    void ensureDevice();
    void validate(const TableDef& table, const FieldDef& field, const QVariant& value) const;
    void writeStamp(const TableDef& table, const QUuid& id, const QString& field, const FieldStamp& stamp);
    void stampWrite(const TableDef& table, const QUuid& id, const QString& field);
    void refreshLiveness(const TableDef& table, const QUuid& id);
    [[nodiscard]] Record readRow(const TableDef& table, class Statement& statement) const;
    [[nodiscard]] QString selectSql(const TableDef& table) const;

    Database& m_db;
    const Registry& m_registry;
    Installation& m_installation;
    bool m_deviceKnown = false;
    QHash<QString, QSet<QUuid>> m_touched;
};

} // namespace pc
