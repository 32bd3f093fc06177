// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "common/error.h"
#include "database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <sqlite3.h>

namespace pc {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

BackupStore::BackupStore(QString rootDirectory, int keep)
    : m_root(std::move(rootDirectory))
    , m_keep(keep)
{
}

QString BackupStore::defaultRoot(const QString& installationDirectory)
{
    return QDir(installationDirectory).filePath(QStringLiteral("backups"));
}

QString BackupStore::folderFor(const QString& filePath) const
{
    const QFileInfo info(filePath);
    const QByteArray hash =
        QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256);
    return QDir(m_root).filePath(info.completeBaseName() + QLatin1Char('-')
                                 + QString::fromLatin1(hash.toHex().left(10)));
}

QList<BackupEntry> BackupStore::list(const QString& filePath) const
{
    const QDir folder(folderFor(filePath));
    QList<BackupEntry> entries;
    const QFileInfoList files =
        folder.entryInfoList({QStringLiteral("*.peerchallenge")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo& file : files) {
        const QString stamp = file.completeBaseName().right(stampFormat.size());
        const QDateTime created = QDateTime::fromString(stamp, stampFormat);
        if (created.isValid())
            entries.append({file.absoluteFilePath(), created, file.size()});
    }
    return entries;
}

bool BackupStore::hasBackupOn(const QString& filePath, const QDate& day) const
{
    for (const BackupEntry& entry : list(filePath)) {
        if (entry.created.date() == day)
            return true;
    }
    return false;
}

QString BackupStore::backUp(const QString& filePath, const QDateTime& now) const
{
    const QString folder = folderFor(filePath);
    if (!QDir().mkpath(folder))
        throw Error(ErrorKind::Io, QObject::tr("Could not create the backup folder %1.").arg(native(folder)));
    QString target =
        QDir(folder).filePath(QStringLiteral("%1-%2.peerchallenge")
                                  .arg(QFileInfo(filePath).completeBaseName(), now.toString(stampFormat)));
    auto source = Database::open(filePath, Database::Mode::ReadOnly);
    copyDatabase(*source, target);
    const QList<BackupEntry> entries = list(filePath);
    for (qsizetype i = m_keep; i < entries.size(); ++i)
        QFile::remove(entries[i].path);
    return target;
}

void BackupStore::restore(const QString& filePath, int number, const QString& target) const
{
    const QList<BackupEntry> entries = list(filePath);
    if (number < 1 || number > entries.size())
        throw Error(ErrorKind::InvalidInput,
                    entries.isEmpty() ? QObject::tr("There are no backups of %1.").arg(native(filePath))
                                      : QObject::tr("There is no backup number %1 of %2; choose 1 to %3.")
                                            .arg(number)
                                            .arg(native(filePath))
                                            .arg(entries.size()));
    if (QFileInfo::exists(target))
        throw Error(
            ErrorKind::InvalidInput,
            QObject::tr("%1 exists already; choose a new name for the restored copy.").arg(native(target)));
    auto source = Database::open(entries[number - 1].path, Database::Mode::ReadOnly);
    copyDatabase(*source, target);
}

void BackupStore::copyDatabase(Database& source, const QString& target)
{
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    {
        auto destination = Database::open(temporary, Database::Mode::Create);
        sqlite3_backup* backup = sqlite3_backup_init(destination->handle(), "main", source.handle(), "main");
        if (!backup)
            destination->raise(sqlite3_errcode(destination->handle()),
                               QObject::tr("Could not copy to %1").arg(native(target)));
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            destination.reset();
            QFile::remove(temporary);
            throw Database::errorFor(rc, QString::fromUtf8(sqlite3_errstr(rc)),
                                     QObject::tr("Could not copy to %1").arg(native(target)));
        }
        // The copy must stand alone like the original: rollback journal, no sidecar files.
        destination->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        QFile::remove(temporary);
        throw Error(ErrorKind::Io, QObject::tr("Could not replace %1.").arg(native(target)));
    }
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        throw Error(ErrorKind::Io, QObject::tr("Could not write %1.").arg(native(target)));
    }
}

} // namespace pc
