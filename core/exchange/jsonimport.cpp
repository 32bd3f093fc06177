// SPDX-License-Identifier: GPL-3.0-or-later
// The import half of the JSON form (declared in jsonform.h). The JSON is untrusted input: it is
// read and checked completely, every problem named by its JSON path, before the new file is
// created, so a refused import leaves nothing behind.
#include "jsonform.h"

#include "common/error.h"
#include "common/uuidsource.h"
#include "jsonvalue.h"
#include "model/fieldvalue.h"
#include "model/registry.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <optional>

namespace pc::exchange {

namespace {

/// A record read from the JSON, with the stamps it carried (or fresh ones, see assignFreshStamps).
struct Incoming
{
    Record record;
    QHash<QString, FieldStamp> stamps;
    bool stamped = false; // the record had a "stamps" object, possibly empty
    QString path;         // e.g. members[3]
};

struct IncomingTable
{
    const TableDef* table = nullptr;
    QList<Incoming> records;
};

[[noreturn]] void refuse(const QString& message)
{
    throw Error(ErrorKind::InvalidInput, message);
}

QString quotedList(const QStringList& values)
{
    QStringList quoted;
    for (const QString& value : values)
        quoted.append(QLatin1Char('"') + value + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

QJsonObject parseDocument(const QByteArray& json)
{
    if (json.size() > maxJsonBytes)
        refuse(QObject::tr("The JSON is %1 MiB; an engagement in JSON form may be at most %2 MiB.")
                   .arg(json.size() / (1024 * 1024))
                   .arg(maxJsonBytes / (1024 * 1024)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        refuse(QObject::tr("This is not valid JSON: %1 at offset %2.")
                   .arg(error.errorString())
                   .arg(error.offset));
    if (!document.isObject())
        refuse(QObject::tr("The JSON must be an object with \"format\": \"%1\" at the top level.")
                   .arg(jsonFormatName));
    return document.object();
}

/// Checks format, formatVersion and schemaVersion; returns the schema version.
int checkHeader(const QJsonObject& root, const Registry& registry)
{
    if (root.value(QStringLiteral("format")).toString() != jsonFormatName)
        refuse(QObject::tr("format must be \"%1\": this JSON is not a PeerChallenge engagement.")
                   .arg(jsonFormatName));
    const auto format = wholeNumber(root.value(QStringLiteral("formatVersion")));
    if (format && *format > jsonFormatVersion)
        refuse(
            QObject::tr("formatVersion is %1: the JSON was made by a newer version of PeerChallenge, which "
                        "writes a format this version cannot read (it reads format version %2).")
                .arg(*format)
                .arg(jsonFormatVersion));
    if (format != jsonFormatVersion)
        refuse(QObject::tr("formatVersion must be %1.").arg(jsonFormatVersion));
    const auto schema = wholeNumber(root.value(QStringLiteral("schemaVersion")));
    if (schema && *schema > registry.version())
        refuse(QObject::tr("schemaVersion is %1: the JSON was made by a newer version of PeerChallenge (this "
                           "version reads schema versions 1 to %2).")
                   .arg(*schema)
                   .arg(registry.version()));
    if (!schema || *schema < 1)
        refuse(QObject::tr("schemaVersion must be a whole number from 1 to %1.").arg(registry.version()));
    return int(*schema);
}

void checkTopLevelKeys(const QJsonObject& root, const Registry& registry, int version)
{
    QStringList known{QStringLiteral("format"), QStringLiteral("formatVersion"),
                      QStringLiteral("schemaVersion")};
    for (const TableDef* table : registry.tablesAt(version))
        known.append(table->jsonName);
    for (const QString& key : root.keys()) {
        if (!known.contains(key))
            refuse(
                QObject::tr("%1 is not part of an engagement of schema version %2; the known keys are: %3.")
                    .arg(key)
                    .arg(version)
                    .arg(known.join(QStringLiteral(", "))));
    }
}

/// Reads the records of every table; checks each record on its own and ids within a table.
class Reader
{
public:
    Reader(const Registry& registry, int version)
        : m_registry(registry)
        , m_version(version)
    {
    }

    [[nodiscard]] QList<IncomingTable> read(const QJsonObject& root) const;

private:
    [[nodiscard]] QList<Incoming> readTable(const TableDef& table, const QJsonValue& value) const;
    [[nodiscard]] Incoming readRecord(const TableDef& table, const QJsonValue& value,
                                      const QString& path) const;
    void checkKeys(const TableDef& table, const QJsonObject& json, const QString& path) const;
    [[nodiscard]] QVariant readField(const FieldDef& field, const QJsonObject& json,
                                     const QString& path) const;
    [[nodiscard]] QUuid readId(const TableDef& table, const QJsonObject& json, const Record& record,
                               const QString& path) const;
    [[nodiscard]] QHash<QString, FieldStamp> readStamps(const TableDef& table, const QJsonValue& value,
                                                        const QString& path) const;
    [[nodiscard]] const FieldDef* fieldAt(const TableDef& table, const QString& jsonName) const;

    const Registry& m_registry;
    int m_version;
};

QList<IncomingTable> Reader::read(const QJsonObject& root) const
{
    QList<IncomingTable> tables;
    for (const TableDef& table : m_registry.tables()) {
        IncomingTable incoming{&table, {}};
        if (table.since <= m_version)
            incoming.records = readTable(table, root.value(table.jsonName));
        tables.append(incoming);
    }
    return tables;
}

QList<Incoming> Reader::readTable(const TableDef& table, const QJsonValue& value) const
{
    if (table.kind == TableKind::Singleton) {
        if (value.isUndefined())
            refuse(QObject::tr("%1 is missing: an engagement in JSON form holds exactly one %1 object.")
                       .arg(table.jsonName));
        if (!value.isObject())
            refuse(QObject::tr("%1 must be an object: an engagement in JSON form holds exactly one, not %2.")
                       .arg(table.jsonName, describe(value)));
        return {readRecord(table, value, table.jsonName)};
    }
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        refuseValue(table.jsonName, QObject::tr("an array of records"), value);
    const QJsonArray array = value.toArray();
    QList<Incoming> records;
    QHash<QUuid, QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(table.jsonName).arg(i);
        Incoming incoming = readRecord(table, array.at(i), path);
        if (seen.contains(incoming.record.id))
            refuse(QObject::tr("%1.id is used twice: %2 has the same id.")
                       .arg(path, seen.value(incoming.record.id)));
        seen.insert(incoming.record.id, path);
        records.append(std::move(incoming));
    }
    return records;
}

Incoming Reader::readRecord(const TableDef& table, const QJsonValue& value, const QString& path) const
{
    if (!value.isObject())
        refuseValue(path, QObject::tr("an object (a record)"), value);
    const QJsonObject json = value.toObject();
    checkKeys(table, json, path);
    Incoming incoming;
    incoming.path = path;
    for (const FieldDef& field : table.fields)
        incoming.record.values.insert(field.name, readField(field, json, path));
    incoming.record.id = readId(table, json, incoming.record, path);
    const QJsonValue deleted = json.value(deletedField);
    if (!deleted.isUndefined() && !deleted.isBool())
        refuseValue(path + QStringLiteral(".deleted"), QObject::tr("true or false"), deleted);
    incoming.record.deleted = deleted.toBool(false);
    const QJsonValue stamps = json.value(QStringLiteral("stamps"));
    incoming.stamped = !stamps.isUndefined();
    if (incoming.stamped)
        incoming.stamps = readStamps(table, stamps, path + QStringLiteral(".stamps"));
    return incoming;
}

const FieldDef* Reader::fieldAt(const TableDef& table, const QString& jsonName) const
{
    const FieldDef* field = table.fieldByJsonName(jsonName);
    return field && field->since <= m_version ? field : nullptr;
}

void Reader::checkKeys(const TableDef& table, const QJsonObject& json, const QString& path) const
{
    for (const QString& key : json.keys()) {
        if (key == QStringLiteral("id") || key == deletedField || key == QStringLiteral("stamps")
            || fieldAt(table, key))
            continue;
        QStringList known{QStringLiteral("id")};
        for (const FieldDef* field : table.fieldsAt(m_version))
            known.append(field->jsonName);
        known << deletedField << QStringLiteral("stamps");
        refuse(QObject::tr("%1.%2 is not a field of %3; the known keys are: %4.")
                   .arg(path, key, table.jsonName, known.join(QStringLiteral(", "))));
    }
}

QVariant Reader::readField(const FieldDef& field, const QJsonObject& json, const QString& recordPath) const
{
    const QString path = recordPath + QLatin1Char('.') + field.jsonName;
    const QJsonValue value = json.value(field.jsonName);
    if (value.isUndefined() || field.since > m_version) {
        const QVariant fallback = defaultValue(field);
        if (const auto problem = valueProblem(field, fallback); problem && field.since <= m_version)
            refuse(QObject::tr("%1 is missing: it %2.").arg(path, *problem));
        return fallback;
    }
    const QVariant converted = valueFromJson(field, value, path);
    if (field.type == FieldType::Choice && !converted.isNull()
        && !field.choices.contains(converted.toString()))
        refuse(QObject::tr("%1 must be one of: %2.").arg(path, quotedList(field.choices)));
    if (const auto problem = valueProblem(field, converted))
        refuse(QObject::tr("%1 %2.").arg(path, *problem));
    return normalizedValue(field, converted);
}

QUuid Reader::readId(const TableDef& table, const QJsonObject& json, const Record& record,
                     const QString& path) const
{
    const QString idPath = path + QStringLiteral(".id");
    const QJsonValue value = json.value(QStringLiteral("id"));
    const std::optional<QUuid> id = uuidFromJson(value);
    if (!value.isUndefined() && !id)
        refuseValue(idPath, uuidExpected(), value);
    if (table.kind != TableKind::Link) {
        if (!id)
            refuse(QObject::tr("%1 is missing: every record needs an id (a UUID).").arg(idPath));
        return *id;
    }
    // A link's id is derived from the pair, so that two laptops adding the same link agree.
    Q_ASSERT(table.fields.size() == 2);
    const QUuid derived =
        linkId(record.value(table.fields[0].name).toUuid(), record.value(table.fields[1].name).toUuid());
    if (id && *id != derived)
        refuse(QObject::tr("%1 must be %2, the id derived from its %3 and %4, or be left out.")
                   .arg(idPath, idText(derived), table.fields[0].jsonName, table.fields[1].jsonName));
    return derived;
}

QHash<QString, FieldStamp> Reader::readStamps(const TableDef& table, const QJsonValue& value,
                                              const QString& path) const
{
    if (!value.isObject())
        refuseValue(path, QObject::tr("an object of stamps"), value);
    const QJsonObject json = value.toObject();
    QHash<QString, FieldStamp> stamps;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString keyPath = path + QLatin1Char('.') + it.key();
        const FieldDef* field = fieldAt(table, it.key());
        if (it.key() != deletedField && (!field || !field->isMerged()))
            refuse(QObject::tr(
                       "%1 names no merged field of %2; stamps are kept for merged fields and \"deleted\".")
                       .arg(keyPath, table.jsonName));
        const auto stamp = it.value().isString() ? fieldStampFromText(it.value().toString()) : std::nullopt;
        if (!stamp)
            refuseValue(keyPath,
                        QObject::tr("a stamp such as \"%1\", optionally followed by a space and the stamp "
                                    "it replaced")
                            .arg(QStringLiteral("0001931a2b3c4d5e/8c1b2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d")),
                        it.value());
        stamps.insert(field ? field->name : deletedField, *stamp);
    }
    return stamps;
}

/// References must point at a record of the same JSON (deleted ones count: they still exist).
void checkReferences(const QList<IncomingTable>& tables, const Registry& registry)
{
    QHash<QString, QSet<QUuid>> ids;
    for (const IncomingTable& table : tables) {
        for (const Incoming& incoming : table.records)
            ids[table.table->name].insert(incoming.record.id);
    }
    for (const IncomingTable& table : tables) {
        for (const FieldDef& field : table.table->fields) {
            if (field.type != FieldType::Reference)
                continue;
            for (const Incoming& incoming : table.records) {
                const QVariant value = incoming.record.value(field.name);
                if (value.isNull() || ids.value(field.references).contains(value.toUuid()))
                    continue;
                const TableDef& target = registry.table(field.references);
                refuse(QObject::tr("%1.%2 refers to %3, which is not among the %4 of this JSON.")
                           .arg(incoming.path, field.jsonName, idText(value.toUuid()), target.jsonName));
            }
        }
    }
}

/// A record without "stamps" is a new write by this installation: every merged field is stamped
/// afresh, after every stamp the JSON carries, and a deleted record's tombstone last, so that it
/// stays deleted (a field newer than the tombstone would revive it).
void assignFreshStamps(QList<IncomingTable>& tables, Installation& installation)
{
    quint64 newest = 0;
    for (const IncomingTable& table : std::as_const(tables)) {
        for (const Incoming& incoming : table.records) {
            for (const FieldStamp& stamp : incoming.stamps)
                newest = std::max(newest, stamp.stamp.hlc);
        }
    }
    installation.hlc().observe(newest);
    for (IncomingTable& table : tables) {
        for (Incoming& incoming : table.records) {
            if (incoming.stamped)
                continue;
            for (const FieldDef& field : table.table->fields) {
                if (field.isMerged())
                    incoming.stamps.insert(field.name,
                                           {{installation.hlc().tick(), installation.deviceId()}, {}});
            }
            if (incoming.record.deleted)
                incoming.stamps.insert(deletedField,
                                       {{installation.hlc().tick(), installation.deviceId()}, {}});
        }
    }
}

} // namespace

std::unique_ptr<EngagementFile> importEngagement(const QByteArray& json, const QString& target,
                                                 Installation& installation)
{
    const Registry& registry = Registry::standard();
    const QJsonObject root = parseDocument(json);
    const int version = checkHeader(root, registry);
    checkTopLevelKeys(root, registry, version);
    QList<IncomingTable> tables = Reader(registry, version).read(root);
    checkReferences(tables, registry);
    assignFreshStamps(tables, installation);
    // Tables go in registry order, parents before children.
    return EngagementFile::createFrom(target, installation, [&tables](RecordStore& store) {
        for (const IncomingTable& table : std::as_const(tables)) {
            for (const Incoming& incoming : table.records)
                store.put(*table.table, incoming.record, incoming.stamps);
        }
    });
}

} // namespace pc::exchange
