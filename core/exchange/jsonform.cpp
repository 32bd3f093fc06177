// SPDX-License-Identifier: GPL-3.0-or-later
// The export half of the JSON form; the import lives in jsonimport.cpp. The layout is documented
// in docs/json-format.md, and the registry (model/standardregistry.cpp) decides every field.
#include "jsonform.h"

#include "common/uuidsource.h"
#include "model/registry.h"
#include "storage/engagementfile.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace pc::exchange {

namespace {

QJsonValue valueJson(const FieldDef& field, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Choice:
        return value.toString();
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Bool:
        return value.toBool();
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::DateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case FieldType::Reference:
        return idText(value.toUuid());
    }
    return QJsonValue(QJsonValue::Null);
}

QString stampText(const FieldStamp& stamp)
{
    if (stamp.base.isNull())
        return stamp.stamp.toText();
    return stamp.stamp.toText() + QLatin1Char(' ') + stamp.base.toText();
}

/// Stamps keyed by the JSON name of their field ("deleted" for the tombstone); stamps of fields
/// left out of the export are left out too.
QJsonObject stampsJson(const TableDef& table, const QHash<QString, FieldStamp>& stamps, const JsonOptions& options)
{
    QJsonObject json;
    for (auto it = stamps.cbegin(); it != stamps.cend(); ++it) {
        if (it.key() == deletedField) {
            json.insert(deletedField, stampText(it.value()));
            continue;
        }
        const FieldDef* field = table.field(it.key());
        if (field && (field->isMerged() || options.localFields))
            json.insert(field->jsonName, stampText(it.value()));
    }
    return json;
}

QJsonObject recordJson(RecordStore& store, const TableDef& table, const Record& record, const JsonOptions& options)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), idText(record.id));
    for (const FieldDef& field : table.fields) {
        if (field.isMerged() || options.localFields)
            json.insert(field.jsonName, valueJson(field, record.value(field.name)));
    }
    if (record.deleted)
        json.insert(deletedField, true);
    if (options.stamps)
        json.insert(QStringLiteral("stamps"), stampsJson(table, store.stamps(table, record.id), options));
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
        QList<Record> records = store.list(table, Visibility::IncludeDeleted);
        // Sorted by id text, not by the table's order field: the canonical form must not depend
        // on positions that two copies may have edited differently.
        std::sort(records.begin(), records.end(),
                  [](const Record& a, const Record& b) { return idText(a.id) < idText(b.id); });
        if (table.kind == TableKind::Singleton) {
            json.insert(table.jsonName, records.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(recordJson(store, table, records.first(), options)));
            continue;
        }
        QJsonArray array;
        for (const Record& record : std::as_const(records))
            array.append(recordJson(store, table, record, options));
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
