// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordstore.h"

#include "common/error.h"
#include "common/uuidsource.h"
#include "database.h"
#include "installation.h"
#include "model/fieldvalue.h"
#include "model/registry.h"
#include "schema.h"
#include "searchindex.h"

#include <QObject>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace pc {

namespace {

/// Whether `a` sorts before `b` as their texts do in SQL (idText: lower-case hex, so numerically
/// field by field); QUuid's own operator< puts the variant first.
bool idTextLess(const QUuid& a, const QUuid& b)
{
    if (a.data1 != b.data1)
        return a.data1 < b.data1;
    if (a.data2 != b.data2)
        return a.data2 < b.data2;
    if (a.data3 != b.data3)
        return a.data3 < b.data3;
    return std::memcmp(a.data4, b.data4, sizeof a.data4) < 0;
}

} // namespace

RecordStore::RecordStore(Database& db, const Registry& registry, Installation& installation)
    : m_db(db)
    , m_registry(registry)
    , m_installation(installation)
{
}

QString RecordStore::selectSql(const TableDef& table) const
{
    QStringList columns{QStringLiteral("id")};
    for (const FieldDef& field : table.fields)
        columns.append(field.name);
    columns.append(QStringLiteral("deleted"));
    return QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table.name);
}

Record RecordStore::readRow(const TableDef& table, Statement& statement) const
{
    Record record;
    record.id = QUuid::fromString(statement.text(0));
    int column = 1;
    for (const FieldDef& field : table.fields) {
        record.values.insert(field.name, normalizedValue(field, statement.value(column)));
        ++column;
    }
    record.deleted = statement.integer(column) != 0;
    return record;
}

std::optional<Record> RecordStore::find(const TableDef& table, const QUuid& id, Visibility visibility) const
{
    QString sql = selectSql(table) + QStringLiteral(" WHERE id = ?1");
    if (visibility == Visibility::LiveOnly)
        sql += QStringLiteral(" AND live = 1");
    Statement statement(m_db, sql);
    statement.bind(1, idText(id));
    if (!statement.step())
        return std::nullopt;
    return readRow(table, statement);
}

QList<Record> RecordStore::list(const TableDef& table, Visibility visibility) const
{
    QString sql = selectSql(table);
    if (visibility == Visibility::LiveOnly)
        sql += QStringLiteral(" WHERE live = 1");
    sql += table.orderField.isEmpty() ? QStringLiteral(" ORDER BY id")
                                      : QStringLiteral(" ORDER BY %1, id").arg(table.orderField);
    Statement statement(m_db, sql);
    QList<Record> records;
    while (statement.step())
        records.append(readRow(table, statement));
    return records;
}

QList<ReferenceRow> RecordStore::referenceRows(const TableDef& table, const QString& first,
                                               const QString& second) const
{
    for (const QString& name : {first, second}) {
        const FieldDef* field = table.field(name);
        if (!field || field->type != FieldType::Reference) // field names become SQL: the registry's only
            throw Error(ErrorKind::Constraint,
                        QObject::tr("Internal error: %1 has no reference %2.").arg(table.name, name));
    }
    Statement statement(
        m_db, QStringLiteral("SELECT id, %1, %2 FROM %3 WHERE live = 1").arg(first, second, table.name));
    QList<ReferenceRow> rows;
    while (statement.step())
        rows.append({QUuid::fromString(statement.text(0)), QUuid::fromString(statement.text(1)),
                     QUuid::fromString(statement.text(2))});
    return rows;
}

QList<Record> RecordStore::children(const TableDef& table, const QString& field, const QUuid& target) const
{
    if (!table.field(field))
        throw Error(ErrorKind::Constraint,
                    QObject::tr("Internal error: %1 has no field %2.").arg(table.name, field));
    QString sql = selectSql(table) + QStringLiteral(" WHERE live = 1 AND %1 = ?1").arg(field);
    sql += table.orderField.isEmpty() ? QStringLiteral(" ORDER BY id")
                                      : QStringLiteral(" ORDER BY %1, id").arg(table.orderField);
    Statement statement(m_db, sql);
    statement.bind(1, idText(target));
    QList<Record> records;
    while (statement.step())
        records.append(readRow(table, statement));
    return records;
}

qint64 RecordStore::count(const TableDef& table) const
{
    Statement statement(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE live = 1").arg(table.name));
    return statement.step() ? statement.integer(0) : 0;
}

double RecordStore::nextPosition(const TableDef& table, const QString& parentField, const QUuid& parent) const
{
    if (table.orderField.isEmpty() || (!parentField.isEmpty() && !table.field(parentField)))
        throw Error(ErrorKind::Constraint,
                    QObject::tr("Internal error: %1 has no order for new records.").arg(table.name));
    QString sql = QStringLiteral("SELECT coalesce(max(%1), 0) + 1 FROM %2 WHERE live = 1")
                      .arg(table.orderField, table.name);
    if (!parentField.isEmpty())
        sql += QStringLiteral(" AND %1 = ?1").arg(parentField);
    Statement statement(m_db, sql);
    if (!parentField.isEmpty())
        statement.bind(1, idText(parent));
    return statement.step() ? statement.real(0) : 1.0;
}

void RecordStore::requireTransaction() const
{
    if (!m_db.inTransaction())
        throw Error(ErrorKind::Constraint, QObject::tr("Internal error: a write outside a transaction."));
}

void RecordStore::ensureDevice()
{
    if (m_deviceKnown)
        return;
    m_deviceKnown = true;
    const TableDef* devices = m_registry.findTable(QStringLiteral("device"));
    if (!devices)
        return;
    const QUuid id = m_installation.deviceId();
    const auto existing = find(*devices, id, Visibility::IncludeDeleted);
    if (!existing)
        insert(*devices, Record{id, {{QStringLiteral("label"), m_installation.label().left(200)}}, false});
    else if (existing->value(QStringLiteral("label")).toString() != m_installation.label().left(200))
        update(*devices, id, {{QStringLiteral("label"), m_installation.label().left(200)}});
}

void RecordStore::validate(const TableDef& table, const FieldDef& field, const QVariant& value) const
{
    if (const auto problem = valueProblem(field, value))
        throw Error(ErrorKind::InvalidInput,
                    QObject::tr("The %1 of a %2 %3.").arg(field.jsonName, table.name, *problem));
}

void RecordStore::writeStamp(const TableDef& table, const QUuid& id, const QString& field,
                             const FieldStamp& stamp)
{
    Statement statement(m_db,
                        QStringLiteral("INSERT INTO stamp (tbl, record, field, hlc, device, base_hlc, "
                                       "base_device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                       "ON CONFLICT (tbl, record, field) DO UPDATE SET hlc = excluded.hlc, "
                                       "device = excluded.device, base_hlc = excluded.base_hlc, "
                                       "base_device = excluded.base_device"));
    statement.bind(1, table.name).bind(2, idText(id)).bind(3, field);
    statement.bind(4, qint64(stamp.stamp.hlc)).bind(5, idText(stamp.stamp.device));
    statement.bind(6, qint64(stamp.base.hlc))
        .bind(7, stamp.base.device.isNull() ? QString() : idText(stamp.base.device));
    statement.run();
}

void RecordStore::stampWrite(const TableDef& table, const QUuid& id, const QString& field)
{
    // The stamp this write replaces becomes its base: one row, not the record's every stamp.
    Statement previous(
        m_db, QStringLiteral("SELECT hlc, device FROM stamp WHERE tbl = ?1 AND record = ?2 AND field = ?3"));
    previous.bind(1, table.name).bind(2, idText(id)).bind(3, field);
    const Stamp base =
        previous.step() ? Stamp{quint64(previous.integer(0)), QUuid::fromString(previous.text(1))} : Stamp{};
    const Stamp stamp{m_installation.hlc().tick(), m_installation.deviceId()};
    writeStamp(table, id, field, {stamp, base});
}

void RecordStore::insert(const TableDef& table, const Record& record)
{
    requireTransaction();
    ensureDevice();
    if (record.id.isNull())
        throw Error(ErrorKind::Constraint,
                    QObject::tr("Internal error: a %1 without an id.").arg(table.name));
    if (find(table, record.id, Visibility::IncludeDeleted))
        throw Error(
            ErrorKind::Constraint,
            QObject::tr("Internal error: the %1 %2 exists already.").arg(table.name, idText(record.id)));
    QStringList columns{QStringLiteral("id")};
    QList<QVariant> values{idText(record.id)};
    for (const FieldDef& field : table.fields) {
        const QVariant value = record.values.contains(field.name)
                                   ? normalizedValue(field, record.value(field.name))
                                   : defaultValue(field);
        validate(table, field, value);
        columns.append(field.name);
        values.append(value);
    }
    QStringList placeholders;
    for (int i = 1; i <= values.size(); ++i)
        placeholders.append(QStringLiteral("?%1").arg(i));
    Statement statement(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(table.name, columns.join(QStringLiteral(", ")),
                                       placeholders.join(QStringLiteral(", "))));
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values[i]);
    statement.run();
    for (const FieldDef& field : table.fields) {
        if (field.isMerged())
            writeStamp(table, record.id, field.name,
                       {Stamp{m_installation.hlc().tick(), m_installation.deviceId()}, Stamp{}});
    }
    m_touched[table.name].insert(record.id);
}

bool RecordStore::update(const TableDef& table, const QUuid& id, const QVariantMap& values)
{
    requireTransaction();
    ensureDevice();
    const auto current = find(table, id, Visibility::IncludeDeleted);
    if (!current)
        throw Error(ErrorKind::Constraint,
                    QObject::tr("The %1 being changed no longer exists.").arg(table.name));
    bool changed = false;
    bool mergedChanged = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldDef* field = table.field(it.key());
        if (!field)
            throw Error(ErrorKind::Constraint,
                        QObject::tr("Internal error: %1 has no field %2.").arg(table.name, it.key()));
        const QVariant value = normalizedValue(*field, it.value());
        validate(table, *field, value);
        if (value == current->value(field->name))
            continue;
        Statement statement(
            m_db, QStringLiteral("UPDATE %1 SET %2 = ?1 WHERE id = ?2").arg(table.name, field->name));
        statement.bind(1, value).bind(2, idText(id));
        statement.run();
        if (field->isMerged()) {
            stampWrite(table, id, field->name);
            mergedChanged = true;
        }
        changed = true;
    }
    if (mergedChanged && current->deleted)
        refreshLiveness(table, id);
    if (changed)
        m_touched[table.name].insert(id);
    return changed;
}

void RecordStore::remove(const TableDef& table, const QUuid& id)
{
    requireTransaction();
    ensureDevice();
    Statement statement(m_db, QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?1").arg(table.name));
    statement.bind(1, idText(id));
    statement.run();
    if (m_db.changes() == 0)
        throw Error(ErrorKind::Constraint,
                    QObject::tr("The %1 being deleted no longer exists.").arg(table.name));
    stampWrite(table, id, deletedField);
    refreshLiveness(table, id);
    m_touched[table.name].insert(id);
}

QList<RecordRef> RecordStore::removeWithDependents(const TableDef& table, const QUuid& id)
{
    QList<RecordRef> removed;
    for (const TableDef& child : m_registry.tables()) {
        for (const FieldDef& field : child.fields) {
            // An optional reference outlives its target (a note keeps its text when its session
            // goes); readers treat a reference to a removed record as none.
            if (field.type != FieldType::Reference || field.references != table.name || !field.required)
                continue;
            for (const Record& dependent : children(child, field.name, id)) {
                if (find(child, dependent.id)) // an earlier reference may have removed it already
                    removed += removeWithDependents(child, dependent.id);
            }
        }
    }
    remove(table, id);
    removed.append(RecordRef{&table, id});
    return removed;
}

void RecordStore::restoreAll(const QList<RecordRef>& removed)
{
    for (auto it = removed.crbegin(); it != removed.crend(); ++it)
        restore(*it->table, it->id);
}

void RecordStore::restore(const TableDef& table, const QUuid& id)
{
    requireTransaction();
    ensureDevice();
    Statement statement(m_db, QStringLiteral("UPDATE %1 SET deleted = 0 WHERE id = ?1").arg(table.name));
    statement.bind(1, idText(id));
    statement.run();
    if (m_db.changes() == 0)
        throw Error(ErrorKind::Constraint,
                    QObject::tr("The %1 being restored no longer exists.").arg(table.name));
    stampWrite(table, id, deletedField);
    refreshLiveness(table, id);
    m_touched[table.name].insert(id);
}

QUuid RecordStore::link(const TableDef& table, const QUuid& first, const QUuid& second)
{
    if (table.kind != TableKind::Link || table.fields.size() != 2)
        throw Error(ErrorKind::Constraint,
                    QObject::tr("Internal error: %1 is not a link table.").arg(table.name));
    const QUuid id = linkId(first, second);
    const auto existing = find(table, id, Visibility::IncludeDeleted);
    if (!existing)
        insert(table, Record{id, {{table.fields[0].name, first}, {table.fields[1].name, second}}, false});
    else if (existing->deleted)
        restore(table, id);
    return id;
}

void RecordStore::setLinked(const TableDef& table, const QUuid& first, const QUuid& second, bool linked)
{
    if (linked) {
        link(table, first, second);
        return;
    }
    const QUuid id = linkId(first, second);
    if (find(table, id))
        remove(table, id);
}

void RecordStore::upsert(const TableDef& table, const QUuid& id, const QVariantMap& values)
{
    const auto existing = find(table, id, Visibility::IncludeDeleted);
    if (!existing) {
        insert(table, Record{id, values, false});
        return;
    }
    update(table, id, values);
    if (existing->deleted && !find(table, id))
        restore(table, id);
}

QSet<QUuid> RecordStore::liveIds(const TableDef& table) const
{
    QSet<QUuid> ids;
    Statement statement(m_db, QStringLiteral("SELECT id FROM %1 WHERE live = 1").arg(table.name));
    while (statement.step())
        ids.insert(QUuid::fromString(statement.text(0)));
    return ids;
}

QHash<QUuid, QList<QUuid>> RecordStore::linksToLive(const TableDef& table, const QUuid& first) const
{
    const FieldDef& from = table.fields.at(0);
    const FieldDef& to = table.fields.at(1);
    // Names come from the registry, never from the user.
    Statement statement(
        m_db, QStringLiteral("SELECT l.%1, l.%2 FROM %3 AS l JOIN %4 AS t ON t.id = l.%2 "
                             "AND t.live = 1 WHERE l.live = 1%5 ORDER BY l.id")
                  .arg(from.name, to.name, table.name, to.references,
                       first.isNull() ? QString() : QStringLiteral(" AND l.%1 = ?1").arg(from.name)));
    if (!first.isNull())
        statement.bind(1, idText(first));
    QHash<QUuid, QList<QUuid>> result;
    while (statement.step())
        result[QUuid::fromString(statement.text(0))].append(QUuid::fromString(statement.text(1)));
    return result;
}

QHash<QUuid, QList<QUuid>> RecordStore::linksByFirst(const TableDef& table,
                                                     const QSet<QUuid>& liveSeconds) const
{
    // list() would give the same links in the same order (by link id), but through an index walk
    // and a Record per link: half a second for the 50,000 links of a stress file's notes.
    QList<ReferenceRow> rows = referenceRows(table, table.fields[0].name, table.fields[1].name);
    std::sort(rows.begin(), rows.end(),
              [](const ReferenceRow& a, const ReferenceRow& b) { return idTextLess(a.id, b.id); });
    QHash<QUuid, QList<QUuid>> result;
    for (const ReferenceRow& row : std::as_const(rows)) {
        if (liveSeconds.contains(row.second))
            result[row.first].append(row.second);
    }
    return result;
}

QList<QUuid> RecordStore::linked(const TableDef& table, const QUuid& first) const
{
    QList<QUuid> result;
    for (const Record& r : children(table, table.fields.value(0).name, first))
        result.append(r.value(table.fields.value(1).name).toUuid());
    return result;
}

QHash<QString, FieldStamp> RecordStore::stamps(const TableDef& table, const QUuid& id) const
{
    Statement statement(m_db, QStringLiteral("SELECT field, hlc, device, base_hlc, base_device FROM stamp "
                                             "WHERE tbl = ?1 AND record = ?2"));
    statement.bind(1, table.name).bind(2, idText(id));
    QHash<QString, FieldStamp> result;
    while (statement.step()) {
        FieldStamp stamp;
        stamp.stamp = {quint64(statement.integer(1)), QUuid::fromString(statement.text(2))};
        stamp.base = {quint64(statement.integer(3)), QUuid::fromString(statement.text(4))};
        result.insert(statement.text(0), stamp);
    }
    return result;
}

QHash<QUuid, quint64> RecordStore::writtenSince(const TableDef& table, const QUuid& device,
                                                quint64 sinceHlc) const
{
    Statement statement(m_db,
                        QStringLiteral("SELECT record, max(hlc) FROM stamp WHERE tbl = ?1 AND device = ?2 "
                                       "AND hlc > ?3 GROUP BY record"));
    statement.bind(1, table.name).bind(2, idText(device)).bind(3, qint64(sinceHlc));
    QHash<QUuid, quint64> written;
    while (statement.step())
        written.insert(QUuid::fromString(statement.text(0)), quint64(statement.integer(1)));
    return written;
}

QList<RecordDigest> RecordStore::stampDigests(const TableDef& table) const
{
    // The primary key (tbl, record, field) gives the rows in record order without a sort.
    Statement statement(m_db, QStringLiteral("SELECT record, field, hlc, device FROM stamp WHERE tbl = ?1 "
                                             "ORDER BY record"));
    statement.bind(1, table.name);
    constexpr quint64 prime = 1099511628211ULL;
    QList<RecordDigest> digests;
    while (statement.step()) {
        const QByteArrayView record = statement.bytes(0);
        if (digests.isEmpty() || digests.constLast().id != record)
            digests.append({record.toByteArray(), 0, 0});
        quint64 first = 14695981039346656037ULL;
        quint64 second = 0x9e3779b97f4a7c15ULL;
        for (int column = 1; column <= 3; ++column) {
            // Eight bytes at a time, then the tail: FNV-1a over words rather than bytes.
            const QByteArrayView bytes = statement.bytes(column);
            qsizetype at = 0;
            for (; at + 8 <= bytes.size(); at += 8) {
                quint64 word;
                std::memcpy(&word, bytes.data() + at, sizeof word);
                first = (first ^ word) * prime;
                second = (second ^ qFromBigEndian(word)) * prime;
            }
            for (; at < bytes.size(); ++at) {
                first = (first ^ quint8(bytes[at])) * prime;
                second = (second ^ quint8(bytes[at])) * prime;
            }
            first = (first ^ quint64(0x1f + column)) * prime; // a separator: "ab"+"c" is not "a"+"bc"
            second = (second ^ quint64(0x3f + column)) * prime;
        }
        digests.last().first ^= first;
        digests.last().second ^= second;
    }
    return digests;
}

QHash<QUuid, QHash<QString, FieldStamp>> RecordStore::allStamps(const TableDef& table) const
{
    Statement statement(m_db,
                        QStringLiteral("SELECT record, field, hlc, device, base_hlc, base_device FROM stamp "
                                       "WHERE tbl = ?1"));
    statement.bind(1, table.name);
    QHash<QUuid, QHash<QString, FieldStamp>> result;
    QHash<QString, QUuid> devices; // a handful of devices: parse each id once
    const auto device = [&devices](const QString& text) {
        auto it = devices.find(text);
        if (it == devices.end())
            it = devices.insert(text, QUuid::fromString(text));
        return *it;
    };
    while (statement.step()) {
        FieldStamp stamp;
        stamp.stamp = {quint64(statement.integer(2)), device(statement.text(3))};
        stamp.base = {quint64(statement.integer(4)), device(statement.text(5))};
        result[QUuid::fromString(statement.text(0))].insert(statement.text(1), stamp);
    }
    return result;
}

quint64 RecordStore::newestHlc() const
{
    Statement statement(m_db, QStringLiteral("SELECT max(hlc) FROM stamp"));
    return statement.step() ? quint64(statement.integer(0)) : 0;
}

void RecordStore::put(const TableDef& table, const Record& record, const QHash<QString, FieldStamp>& stamps)
{
    requireTransaction();
    QStringList columns{QStringLiteral("id"), QStringLiteral("deleted")};
    QList<QVariant> values{idText(record.id), qint64(record.deleted ? 1 : 0)};
    // A record that is not deleted is live whatever its stamps say: written with the row, rather
    // than read back and updated (a merge of 10,000 records saves 20,000 statements).
    if (!record.deleted) {
        columns.append(QStringLiteral("live"));
        values.append(qint64(1));
    }
    for (const FieldDef& field : table.fields) {
        if (!record.values.contains(field.name))
            continue;
        const QVariant value = normalizedValue(field, record.value(field.name));
        validate(table, field, value);
        columns.append(field.name);
        values.append(value);
    }
    QStringList placeholders;
    QStringList updates;
    for (int i = 0; i < columns.size(); ++i) {
        placeholders.append(QStringLiteral("?%1").arg(i + 1));
        if (i > 0)
            updates.append(QStringLiteral("%1 = excluded.%1").arg(columns[i]));
    }
    Statement statement(
        m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                  .arg(table.name, columns.join(QStringLiteral(", ")),
                       placeholders.join(QStringLiteral(", ")), updates.join(QStringLiteral(", "))));
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values[i]);
    statement.run();
    for (auto it = stamps.cbegin(); it != stamps.cend(); ++it) {
        writeStamp(table, record.id, it.key(), it.value());
        m_installation.hlc().observe(it.value().stamp.hlc);
    }
    if (record.deleted)
        refreshLiveness(table, record.id); // a later edit may revive it: the stamps decide
    m_touched[table.name].insert(record.id);
}

void RecordStore::erase(const TableDef& table, const QUuid& id)
{
    requireTransaction();
    Statement record(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(table.name));
    record.bind(1, idText(id));
    record.run();
    Statement stamps(m_db, QStringLiteral("DELETE FROM stamp WHERE tbl = ?1 AND record = ?2"));
    stamps.bind(1, table.name).bind(2, idText(id));
    stamps.run();
    m_touched[table.name].insert(id); // the search index forgets it with the rest
}

void RecordStore::refreshLiveness(const TableDef& table, const QUuid& id)
{
    Statement read(m_db, QStringLiteral("SELECT deleted FROM %1 WHERE id = ?1").arg(table.name));
    read.bind(1, idText(id));
    if (!read.step())
        return;
    const bool deleted = read.integer(0) != 0;
    const bool live = !deleted || isLive(deleted, stamps(table, id));
    Statement write(m_db, QStringLiteral("UPDATE %1 SET live = ?1 WHERE id = ?2").arg(table.name));
    write.bind(1, qint64(live ? 1 : 0)).bind(2, idText(id));
    write.run();
}

void RecordStore::updateSearchIndexes()
{
    for (auto it = m_touched.cbegin(); it != m_touched.cend(); ++it) {
        const TableDef* table = m_registry.findTable(it.key());
        if (!table || table->searchFields.isEmpty())
            continue;
        // FTS5 flushes what it holds in memory to a new segment whenever a row id is lower than the
        // last one written, so an edit of many records writes them in row id order (stress demo:
        // 50,000 notes indexed in 8 s in hash order).
        QList<QUuid> ids(it.value().cbegin(), it.value().cend());
        std::sort(ids.begin(), ids.end(), [](const QUuid& a, const QUuid& b) {
            return searchindex::rowidOf(a) < searchindex::rowidOf(b);
        });
        for (const QUuid& id : std::as_const(ids)) {
            const std::optional<Record> record = find(*table, id);
            if (!record) {
                searchindex::erase(m_db, *table, id);
                continue;
            }
            QStringList texts;
            for (const QString& field : table->searchFields)
                texts.append(record->value(field).toString());
            searchindex::write(m_db, *table, id, texts);
        }
    }
}

void RecordStore::setLinks(const TableDef& table, const QUuid& first, const QList<QUuid>& wanted, bool isNew)
{
    if (!isNew) {
        for (const QUuid& old : linked(table, first)) {
            if (!wanted.contains(old))
                setLinked(table, first, old, false);
        }
    }
    for (const QUuid& second : wanted)
        setLinked(table, first, second, true);
}

QList<SearchHit> RecordStore::search(const TableDef& table, const QString& userText, int limit) const
{
    return searchindex::search(m_db, table, userText, limit);
}

QHash<QString, QSet<QUuid>> RecordStore::takeTouched()
{
    return std::exchange(m_touched, {});
}

} // namespace pc
