// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordmerge.h"

#include "model/registry.h"

namespace pc {

int MergeReport::changes() const
{
    int total = 0;
    for (const MergeCounts& counts : tables)
        total += counts.total();
    return total;
}

void MergeReport::add(const MergeReport& other)
{
    for (auto it = other.tables.cbegin(); it != other.tables.cend(); ++it) {
        MergeCounts& counts = tables[it.key()];
        counts.added += it->added;
        counts.updated += it->updated;
        counts.deleted += it->deleted;
        counts.revived += it->revived;
    }
    conflicts += other.conflicts;
    sourceNewestHlc = std::max(sourceNewestHlc, other.sourceNewestHlc);
    sourceClockAheadMs = std::max(sourceClockAheadMs, other.sourceClockAheadMs);
    records += other.records;
}

namespace {

QVariant valueOf(const StampedRecord& record, const QString& field)
{
    if (field == deletedField)
        return record.record.deleted;
    return record.record.value(field);
}

void setValue(StampedRecord& record, const QString& field, const QVariant& value)
{
    if (field == deletedField)
        record.record.deleted = value.toBool();
    else
        record.record.values.insert(field, value);
}

/// One field: takes the source's value when its stamp is greater; notes a conflict when the
/// loser's stamp is newer than the winner's base, i.e. the winner never saw the loser.
bool mergeField(const TableDef& table, StampedRecord& target, const StampedRecord& source,
                const QString& field, MergeReport& report)
{
    const auto sourceStamp = source.stamps.constFind(field);
    if (sourceStamp == source.stamps.constEnd())
        return false;
    const auto targetStamp = target.stamps.constFind(field);
    if (targetStamp == target.stamps.constEnd()) {
        setValue(target, field, valueOf(source, field));
        target.stamps.insert(field, *sourceStamp);
        return true;
    }
    if (sourceStamp->stamp == targetStamp->stamp)
        return false;
    const bool sourceWins = sourceStamp->stamp > targetStamp->stamp;
    const FieldStamp& winner = sourceWins ? *sourceStamp : *targetStamp;
    const FieldStamp& loser = sourceWins ? *targetStamp : *sourceStamp;
    const QVariant sourceValue = valueOf(source, field);
    const QVariant targetValue = valueOf(target, field);
    if (loser.stamp > winner.base && sourceValue != targetValue) {
        report.conflicts.append({table.name, source.record.id, field, sourceWins ? sourceValue : targetValue,
                                 winner.stamp, sourceWins ? targetValue : sourceValue, loser.stamp,
                                 sourceWins});
    }
    if (!sourceWins)
        return false;
    setValue(target, field, sourceValue);
    target.stamps.insert(field, *sourceStamp);
    return true;
}

} // namespace

RecordMergeResult mergeRecord(const TableDef& table, const StampedRecord* target, const StampedRecord& source,
                              MergeReport& report)
{
    for (const FieldStamp& stamp : source.stamps)
        report.sourceNewestHlc = std::max(report.sourceNewestHlc, stamp.stamp.hlc);
    MergeCounts& counts = report.tables[table.name];
    if (!target) {
        StampedRecord merged = source;
        for (const FieldDef& field : table.fields) {
            if (!field.isMerged())
                merged.record.values.remove(field.name);
        }
        if (merged.live())
            ++counts.added;
        return {merged, true};
    }
    StampedRecord merged = *target;
    const bool liveBefore = target->live();
    bool changed = mergeField(table, merged, source, deletedField, report);
    for (const FieldDef& field : table.fields) {
        if (field.isMerged())
            changed = mergeField(table, merged, source, field.name, report) || changed;
    }
    if (!changed)
        return {merged, false};
    const bool liveAfter = merged.live();
    if (liveBefore && !liveAfter)
        ++counts.deleted;
    else if (!liveBefore && liveAfter)
        ++counts.revived;
    else if (liveAfter)
        ++counts.updated;
    return {merged, true};
}

} // namespace pc
