// SPDX-License-Identifier: GPL-3.0-or-later
#include "filemerge.h"

#include "common/error.h"
#include "model/registry.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/fileheader.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>

namespace pc {

namespace {

QHash<QUuid, StampedRecord> loadTable(RecordStore& records, const TableDef& table)
{
    QHash<QUuid, QHash<QString, FieldStamp>> stamps = records.allStamps(table);
    QHash<QUuid, StampedRecord> result;
    for (Record& record : records.list(table, Visibility::IncludeDeleted)) {
        const QUuid id = record.id;
        result.insert(id, StampedRecord{std::move(record), stamps.take(id)});
    }
    return result;
}

} // namespace

MergeReport mergeFiles(EngagementFile& target, EngagementFile& source)
{
    if (target.engagementId() != source.engagementId()) {
        const QString theirs = EngagementRepository(source.records()).engagement().title;
        const QString ours = EngagementRepository(target.records()).engagement().title;
        throw Error(
            ErrorKind::Mismatch,
            QObject::tr(
                "%1 is a copy of a different engagement (\"%2\"), so it cannot be merged into \"%3\".")
                .arg(QDir::toNativeSeparators(source.path()), theirs, ours));
    }
    MergeReport report;
    EngagementFile::Edit edit(target);
    for (const TableDef& table : target.registry().tables()) {
        if (!source.registry().findTable(table.name))
            continue;
        const QHash<QUuid, StampedRecord> mine = loadTable(target.records(), table);
        const QHash<QUuid, StampedRecord> theirs = loadTable(source.records(), table);
        for (const StampedRecord& incoming : theirs) {
            const auto existing = mine.constFind(incoming.record.id);
            const StampedRecord* current = existing == mine.constEnd() ? nullptr : &*existing;
            const RecordMergeResult result = mergeRecord(table, current, incoming, report);
            if (result.changed)
                target.records().put(table, result.merged.record, result.merged.stamps);
        }
    }
    edit.commit();
    return report;
}

MergeReport mergeFromPath(EngagementFile& target, const QString& sourcePath)
{
    const FileHeader header = FileHeader::read(sourcePath);
    try {
        checkHeader(sourcePath, header, target.registry().version());
    } catch (const Error& error) {
        if (error.kind() == ErrorKind::NewerVersion)
            throw Error(
                ErrorKind::NewerVersion,
                QObject::tr("%1 comes from a newer version of PeerChallenge (file format %2; this version "
                            "reads up to %3). Update PeerChallenge to merge this copy.")
                    .arg(QDir::toNativeSeparators(sourcePath))
                    .arg(header.userVersion)
                    .arg(target.registry().version()));
        throw;
    }
    OpenOptions options;
    options.dailyBackup = false;
    if (header.userVersion < target.registry().version()) {
        // Upgrade a temporary copy: the user's copy stays exactly as it was.
        QTemporaryDir folder;
        const QString copy = folder.filePath(QStringLiteral("upgraded.peerchallenge"));
        if (!folder.isValid() || !QFile::copy(sourcePath, copy))
            throw Error(ErrorKind::Io, QObject::tr("Could not make a temporary copy of %1 to upgrade it.")
                                           .arg(QDir::toNativeSeparators(sourcePath)));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        options.backupRoot = folder.filePath(QStringLiteral("backups"));
        auto source = EngagementFile::open(copy, target.installation(), options, &target.registry());
        return mergeFiles(target, *source);
    }
    options.readOnly = true;
    auto source = EngagementFile::open(sourcePath, target.installation(), options, &target.registry());
    return mergeFiles(target, *source);
}

} // namespace pc
