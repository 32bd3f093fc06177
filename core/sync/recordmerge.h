// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/record.h"
#include "model/stamp.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QVariant>

#include <optional>

namespace pc {

struct TableDef;

/// A record with the stamps of its fields: the unit the merge works on.
struct StampedRecord
{
    Record record;
    QHash<QString, FieldStamp> stamps; // by column name, and "deleted" for the tombstone

    [[nodiscard]] bool live() const { return isLive(record.deleted, stamps); }
    friend bool operator==(const StampedRecord&, const StampedRecord&) = default;
};

/// Two writes of one field that neither copy saw before they met (MERGE.md): both values, the
/// winner first.
struct MergeConflict
{
    QString table;
    QUuid record;
    QString field;
    QVariant winningValue;
    Stamp winningStamp;
    QVariant losingValue;
    Stamp losingStamp;
    bool sourceWon = false;
};

struct MergeCounts
{
    int added = 0;
    int updated = 0;
    int deleted = 0;
    int revived = 0;

    [[nodiscard]] int total() const { return added + updated + deleted + revived; }
    friend bool operator==(const MergeCounts&, const MergeCounts&) = default;
};

/// A record a merge changed, before (none when the merge added it) and after.
struct MergedRecord
{
    QString table;
    std::optional<StampedRecord> before;
    StampedRecord after;
};

/// What one merge did, per table, and the conflicts it found.
struct MergeReport
{
    QMap<QString, MergeCounts> tables;
    QList<MergeConflict> conflicts;
    quint64 sourceNewestHlc = 0;
    /// How far the source's clock ran ahead of this one, when more than the tolerance
    /// (clockskew.h); 0 otherwise.
    qint64 sourceClockAheadMs = 0;
    /// With MergeOptions::keepImages: every record changed, in the order written.
    QList<MergedRecord> records;

    [[nodiscard]] int changes() const;
    void add(const MergeReport& other);
};

struct RecordMergeResult
{
    StampedRecord merged;
    bool changed = false;
};

/// Merges one record of the source into the target's version of it (or into nothing): field by
/// field, the greater (hlc, device) stamp wins; local fields are never touched. Pure, so that
/// commutativity, associativity and idempotence can be tested over thousands of scenarios.
[[nodiscard]] RecordMergeResult mergeRecord(const TableDef& table, const StampedRecord* target,
                                            const StampedRecord& source, MergeReport& report);

} // namespace pc
