// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespacket.h"

#include "common/clock.h"
#include "common/error.h"
#include "common/uuidsource.h"
#include "jsonform.h"
#include "model/registry.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"
#include "storage/recordstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QObject>
#include <QSaveFile>

namespace pc::exchange {

namespace {

const QString packetTable = QStringLiteral("packet");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// The newest stamp of this laptop's earlier packets: what came after it is new.
quint64 watermark(RecordStore& records, const QUuid& device)
{
    quint64 mark = 0;
    for (const Record& packet : records.list(records.registry().table(packetTable))) {
        if (packet.value(QStringLiteral("device_id")).toUuid() == device)
            mark = std::max(mark, quint64(packet.value(QStringLiteral("upto_hlc")).toLongLong()));
    }
    return mark;
}

struct PacketPlan
{
    PacketSummary summary;
    QHash<QString, QSet<QUuid>> records; // what goes in, by table
};

/// The records this laptop wrote since its watermark, and every record they refer to (their
/// session, author, theme...), so that the packet merges into a copy that lacks them. Reads the
/// stamps of this laptop since the watermark and the records they name, never whole tables.
PacketPlan planPacket(EngagementFile& file)
{
    RecordStore& store = file.records();
    const Registry& registry = file.registry();
    const QUuid device = file.installation().deviceId();
    PacketPlan plan;
    plan.summary.sinceHlc = watermark(store, device);
    plan.summary.uptoHlc = plan.summary.sinceHlc;
    QList<std::pair<const TableDef*, Record>> pending;
    for (const TableDef& table : registry.tables()) {
        const QHash<QUuid, quint64> written = store.writtenSince(table, device, plan.summary.sinceHlc);
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            std::optional<Record> record = store.find(table, it.key(), Visibility::IncludeDeleted);
            if (!record)
                continue;
            plan.summary.uptoHlc = std::max(plan.summary.uptoHlc, it.value());
            plan.records[table.name].insert(it.key());
            pending.append({&table, std::move(*record)});
            // The packets themselves travel along, but alone they are not news.
            if (table.name != packetTable)
                ++plan.summary.records;
        }
    }
    int sent = 0;
    while (!pending.isEmpty()) {
        const auto [table, record] = pending.takeLast();
        ++sent;
        for (const FieldDef& field : table->fields) {
            if (field.type != FieldType::Reference)
                continue;
            const QUuid target = record.value(field.name).toUuid();
            const TableDef* targetTable = registry.findTable(field.references);
            if (target.isNull() || !targetTable || plan.records[field.references].contains(target))
                continue;
            std::optional<Record> referenced = store.find(*targetTable, target, Visibility::IncludeDeleted);
            if (!referenced)
                continue;
            plan.records[field.references].insert(target);
            pending.append({targetTable, std::move(*referenced)});
        }
    }
    plan.summary.withContext = sent - plan.summary.records;
    return plan;
}

[[noreturn]] void refuse(const QString& path, const QString& why)
{
    throw Error(ErrorKind::InvalidInput,
                QObject::tr("%1 is not a notes packet PeerChallenge can read: %2").arg(native(path), why));
}

} // namespace

PacketSummary notesPacketSummary(EngagementFile& file)
{
    return planPacket(file).summary;
}

PacketSummary exportNotesPacket(EngagementFile& file, const QString& path)
{
    if (file.isReadOnly())
        throw Error(
            ErrorKind::ReadOnly,
            QObject::tr("A packet cannot be exported from this file: %1.").arg(file.readOnlyReason()));
    const PacketPlan plan = planPacket(file);
    if (plan.summary.isEmpty())
        throw Error(
            ErrorKind::InvalidInput,
            QObject::tr("Nothing new to send: this laptop has changed nothing since its last packet."));
    JsonOptions options;
    options.only = &plan.records;
    QJsonObject packet{
        {QStringLiteral("format"), packetFormatName},
        {QStringLiteral("formatVersion"), packetFormatVersion},
        {QStringLiteral("engagementId"), file.engagementId().toString(QUuid::WithoutBraces)},
        {QStringLiteral("device"), file.installation().deviceId().toString(QUuid::WithoutBraces)},
        {QStringLiteral("deviceLabel"), file.installation().label()},
        {QStringLiteral("sinceHlc"), QString::number(plan.summary.sinceHlc)},
        {QStringLiteral("uptoHlc"), QString::number(plan.summary.uptoHlc)},
        {QStringLiteral("exportedAt"), file.installation().clock().now().toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("engagement"), exportEngagement(file, options)},
    };
    // Recorded first, written second: a packet on disk always has its watermark in the file, and a
    // failed write rolls the watermark back with it.
    EngagementFile::Edit edit(file);
    RecordStore& store = file.records();
    const TableDef& table = file.registry().table(packetTable);
    Record record{file.installation().uuids().next(), {}, false};
    record.values.insert(QStringLiteral("device_id"), file.installation().deviceId());
    record.values.insert(QStringLiteral("since_hlc"), qint64(plan.summary.sinceHlc));
    record.values.insert(QStringLiteral("upto_hlc"), qint64(plan.summary.uptoHlc));
    record.values.insert(QStringLiteral("exported_at"), file.installation().clock().now().toUTC());
    record.values.insert(QStringLiteral("records"), qint64(plan.summary.records + plan.summary.withContext));
    store.insert(table, record);
    QSaveFile out(path);
    const QByteArray bytes = toBytes(packet);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        throw Error(ErrorKind::Io,
                    QObject::tr("Could not write %1: %2.").arg(native(path), out.errorString()));
    edit.commit();
    return plan.summary;
}

bool looksLikeNotesPacket(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // An engagement file is SQLite ("SQLite format 3"); a packet is JSON, whose keys come out sorted
    // ("format" after the records): the first character tells them apart, the parse decides.
    return file.read(64).trimmed().startsWith('{');
}

std::unique_ptr<EngagementFile> openNotesPacket(const QString& path, const QString& target,
                                                EngagementFile& into, Installation& scratch)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io,
                    QObject::tr("Could not read %1: %2.").arg(native(path), file.errorString()));
    if (file.size() > maxPacketBytes)
        refuse(path, QObject::tr("it is larger than %1 MB.").arg(maxPacketBytes / (1024 * 1024)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        refuse(path,
               QObject::tr("it is damaged (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
    const QJsonObject packet = document.object();
    if (!document.isObject() || packet.value(QStringLiteral("format")).toString() != packetFormatName)
        refuse(path, QObject::tr("it does not say it is one."));
    if (packet.value(QStringLiteral("formatVersion")).toInt() > packetFormatVersion)
        throw Error(
            ErrorKind::NewerVersion,
            QObject::tr("%1 comes from a newer version of PeerChallenge. Update PeerChallenge to merge "
                        "this packet.")
                .arg(native(path)));
    if (packet.value(QStringLiteral("formatVersion")).toInt() != packetFormatVersion)
        refuse(path, QObject::tr("formatVersion must be %1.").arg(packetFormatVersion));
    const QUuid engagement = QUuid::fromString(packet.value(QStringLiteral("engagementId")).toString());
    if (engagement.isNull())
        refuse(path, QObject::tr("engagementId must be a UUID."));
    if (engagement != into.engagementId())
        throw Error(
            ErrorKind::Mismatch,
            QObject::tr("%1 is a packet of a different engagement, so it cannot be merged into this one.")
                .arg(native(path)));
    const QJsonObject body = packet.value(QStringLiteral("engagement")).toObject();
    const int schema = body.value(QStringLiteral("schemaVersion")).toInt();
    if (schema > into.registry().version())
        throw Error(
            ErrorKind::NewerVersion,
            QObject::tr("%1 comes from a newer version of PeerChallenge (file format %2; this version "
                        "reads up to %3). Update PeerChallenge to merge this packet.")
                .arg(native(path))
                .arg(schema)
                .arg(into.registry().version()));
    try {
        auto records = importEngagement(toBytes(body), target, scratch);
        if (records->engagementId() != engagement)
            refuse(path, QObject::tr("its records belong to another engagement than it says."));
        return records;
    } catch (const Error& invalid) {
        if (invalid.kind() != ErrorKind::InvalidInput)
            throw;
        refuse(path, invalid.message());
    }
}

} // namespace pc::exchange
