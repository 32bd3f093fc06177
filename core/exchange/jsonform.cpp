// SPDX-License-Identifier: GPL-3.0-or-later
// The export half of the JSON form; the import lives in jsonimport.cpp. The layout is documented
// in docs/json-format.md, and the registry (model/standardregistry.cpp) decides every field.
#include "jsonform.h"

#include "common/uuidsource.h"
#include "jsonvalue.h"
#include "model/registry.h"
#include "storage/engagementfile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace pc::exchange {

namespace {

/// Stamps keyed by the JSON name of their field ("deleted" for the tombstone); stamps of fields
/// left out of the export are left out too.
QJsonObject stampsJson(const TableDef& table, const QHash<QString, FieldStamp>& stamps,
                       const JsonOptions& options)
{
    QJsonObject json;
    for (auto it = stamps.cbegin(); it != stamps.cend(); ++it) {
        if (it.key() == deletedField) {
            json.insert(deletedField, fieldStampText(it.value()));
            continue;
        }
        const FieldDef* field = table.field(it.key());
        if (field && (field->isMerged() || options.localFields))
            json.insert(field->jsonName, fieldStampText(it.value()));
    }
    return json;
}

QJsonObject recordJson(const TableDef& table, const Record& record, const QHash<QString, FieldStamp>& stamps,
                       const JsonOptions& options)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), idText(record.id));
    for (const FieldDef& field : table.fields) {
        if (field.isMerged() || options.localFields)
            json.insert(field.jsonName, valueToJson(field, record.value(field.name)));
    }
    if (record.deleted)
        json.insert(deletedField, true);
    if (options.stamps)
        json.insert(QStringLiteral("stamps"), stampsJson(table, stamps, options));
    return json;
}

} // namespace

QJsonObject exportEngagement(EngagementFile& file, const JsonOptions& options)
{
    const Registry& registry = file.registry();
    RecordStore& store = file.records();
    QJsonObject json;
    json.insert(QStringLiteral("format"), jsonFormatName);
    json.insert(QStringLiteral("formatVersion"), jsonFormatVersion);
    json.insert(QStringLiteral("schemaVersion"), registry.version());
    for (const TableDef& table : registry.tables()) {
        QList<Record> records;
        QHash<QUuid, QHash<QString, FieldStamp>> stamps;
        if (options.only && table.kind != TableKind::Singleton) {
            // A few records of big tables (a packet): read one by one, never the whole table.
            for (const QUuid& id : options.only->value(table.name)) {
                if (std::optional<Record> record = store.find(table, id, Visibility::IncludeDeleted)) {
                    records.append(std::move(*record));
                    if (options.stamps)
                        stamps.insert(id, store.stamps(table, id));
                }
            }
        } else {
            records = store.list(table, Visibility::IncludeDeleted);
            if (options.stamps)
                stamps = store.allStamps(table);
        }
        // Sorted by id text, not by the table's order field: the canonical form must not depend
        // on positions that two copies may have edited differently.
        std::sort(records.begin(), records.end(),
                  [](const Record& a, const Record& b) { return idText(a.id) < idText(b.id); });
        if (table.kind == TableKind::Singleton) {
            json.insert(table.jsonName,
                        records.isEmpty()
                            ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(recordJson(table, records.first(), stamps.value(records.first().id),
                                                    options)));
            continue;
        }
        QJsonArray array;
        for (const Record& record : std::as_const(records))
            array.append(recordJson(table, record, stamps.value(record.id), options));
        json.insert(table.jsonName, array);
    }
    return json;
}

QByteArray toBytes(const QJsonObject& json)
{
    QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

} // namespace pc::exchange
