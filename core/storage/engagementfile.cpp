// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagementfile.h"

#include "backups.h"
#include "common/clock.h"
#include "common/error.h"
#include "common/uuidsource.h"
#include "database.h"
#include "fileheader.h"
#include "installation.h"
#include "migrations.h"
#include "model/registry.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace pc {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString lockPath(const QString& path)
{
    return path + QStringLiteral(".lock");
}

} // namespace

QString EngagementFile::readOnlyReasonFor(const QString& path)
{
    const QFileInfo file(path);
    if (!file.isWritable())
        return QObject::tr("the file is read-only");
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable())
        return QObject::tr("its folder is read-only, so changes could not be saved safely");
    return {};
}

namespace {

/// Lets SQLite roll back a save that a crash cut short, before anything reads the file.
void recoverInterruptedSave(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadWrite);
    (void)db->pragmaInteger(QStringLiteral("schema_version"));
}

void checkIntegrity(Database& db, const QString& path)
{
    // integrity_check rather than quick_check: it also compares indexes with their tables, and a
    // damaged index would let a duplicate id in. It costs tens of milliseconds on a large file.
    Statement check(db, QStringLiteral("PRAGMA integrity_check(1)"));
    if (!check.step() || check.text(0) != QStringLiteral("ok"))
        throw Error(
            ErrorKind::Corrupt,
            QObject::tr("%1 is damaged (%2). Open a backup copy instead.").arg(native(path), check.text(0)));
}

} // namespace

QString LockHolder::describe() const
{
    const QString when = QLocale().toString(since.toLocalTime(), QLocale::LongFormat);
    return QObject::tr("on the computer \"%1\" (%2, process %3) since %4")
        .arg(hostName, application.isEmpty() ? QStringLiteral("PeerChallenge") : application)
        .arg(processId)
        .arg(when);
}

EngagementFile::EngagementFile(QString path, std::unique_ptr<Database> db, Installation& installation,
                               const Registry& registry)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_installation(installation)
    , m_registry(registry)
    , m_records(std::make_unique<RecordStore>(*m_db, registry, installation))
{
}

EngagementFile::~EngagementFile()
{
    if (m_backup.valid())
        m_backup.wait();
    m_records.reset();
    m_db.reset();
    try {
        m_installation.save();
    } catch (const Error&) {
        // Losing the saved clock value is harmless: the next open catches up from the file.
    }
}

std::optional<LockHolder> EngagementFile::lockHolder(const QString& path)
{
    QLockFile lock(lockPath(path));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return std::nullopt;
    }
    LockHolder holder;
    if (!lock.getLockInfo(&holder.processId, &holder.hostName, &holder.application))
        return std::nullopt;
    holder.since = QFileInfo(lockPath(path)).lastModified();
    return holder;
}

std::unique_ptr<EngagementFile> EngagementFile::create(const QString& path, Installation& installation,
                                                       const NewEngagement& engagement,
                                                       const std::function<void(RecordStore&)>& populate,
                                                       const Registry* registry)
{
    return createFrom(
        path, installation,
        [&](RecordStore& records) {
            records.insert(records.registry().table(QStringLiteral("engagement")),
                           Record{installation.uuids().next(),
                                  {{QStringLiteral("title"), engagement.title},
                                   {QStringLiteral("programme"), engagement.programme},
                                   {QStringLiteral("programme_version"), qint64(engagement.programmeVersion)},
                                   {QStringLiteral("host_name"), engagement.hostName}},
                                  false});
            if (populate)
                populate(records);
        },
        registry);
}

std::unique_ptr<EngagementFile> EngagementFile::createFrom(const QString& path, Installation& installation,
                                                           const std::function<void(RecordStore&)>& populate,
                                                           const Registry* registry)
{
    const Registry& reg = registry ? *registry : Registry::standard();
    if (QFileInfo::exists(path))
        throw Error(ErrorKind::InvalidInput,
                    QObject::tr("%1 exists already; choose a new file name.").arg(native(path)));
    if (!QFileInfo(path).absoluteDir().exists())
        throw Error(ErrorKind::Io, QObject::tr("Could not create %1: the folder %2 does not exist.")
                                       .arg(native(path), native(QFileInfo(path).absolutePath())));
    const QString temporary = path + QStringLiteral(".creating");
    QFile::remove(temporary);
    try {
        auto db = Database::open(temporary, Database::Mode::Create);
        db->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        db->exec(QStringLiteral("PRAGMA synchronous = FULL"));
        db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        Transaction transaction(*db);
        db->exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId));
        db->exec(QStringLiteral("PRAGMA user_version = %1").arg(reg.version()));
        schema::create(*db, reg);
        RecordStore records(*db, reg, installation);
        populate(records);
        // As an Edit does: what populate wrote (a demo's notes, an import's) must be searchable.
        records.updateSearchIndexes();
        transaction.commit();
    } catch (...) {
        QFile::remove(temporary);
        throw;
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        throw Error(ErrorKind::Io, QObject::tr("Could not create %1.").arg(native(path)));
    }
    OpenOptions options;
    options.dailyBackup = false; // nothing worth keeping yet
    return open(path, installation, options, registry);
}

std::unique_ptr<EngagementFile> EngagementFile::open(const QString& path, Installation& installation,
                                                     const OpenOptions& options, const Registry* registry)
{
    const Registry& reg = registry ? *registry : Registry::standard();
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(ErrorKind::Io, QObject::tr("There is no file at %1.").arg(native(path)));
    if (!info.isFile())
        throw Error(ErrorKind::Io, QObject::tr("%1 is a folder, not an engagement file.").arg(native(path)));
    const bool hotJournal = QFileInfo::exists(path + QStringLiteral("-journal"));
    if (hotJournal && readOnlyReasonFor(path).isEmpty())
        recoverInterruptedSave(path);
    FileHeader header = FileHeader::read(path);
    // A save cut short leaves page 1 saying more pages than exist until its journal is rolled back.
    if (QFileInfo::exists(path + QStringLiteral("-journal")))
        header.countValid = false;
    checkHeader(path, header, reg.version());

    QString readOnlyReason =
        options.readOnly ? QObject::tr("it was opened read-only") : readOnlyReasonFor(path);
    std::unique_ptr<QLockFile> lock;
    if (readOnlyReason.isEmpty()) {
        lock = std::make_unique<QLockFile>(lockPath(path));
        lock->setStaleLockTime(0); // held for hours; a crashed holder on this computer is still detected
        bool locked = lock->tryLock(0);
        // A writer killed between creating the lock and writing its details leaves an empty lock
        // that QLockFile never takes as stale; removeStaleLockFile() keeps a live holder's lock.
        if (!locked && lock->error() == QLockFile::LockFailedError && !lockHolder(path)
            && lock->removeStaleLockFile())
            locked = lock->tryLock(0);
        if (!locked) {
            if (lock->error() == QLockFile::LockFailedError) {
                const auto holder = lockHolder(path);
                throw Error(ErrorKind::Locked,
                            QObject::tr("%1 is open for editing %2. You can open it read-only.")
                                .arg(native(path), holder ? holder->describe() : QObject::tr("elsewhere")));
            }
            lock.reset();
            readOnlyReason = QObject::tr("no lock could be placed beside it");
        }
    }

    std::unique_ptr<Database> db;
    if (readOnlyReason.isEmpty()) {
        db = Database::open(path, Database::Mode::ReadWrite);
    } else {
        db = Database::open(path, Database::Mode::ReadOnly);
        try {
            (void)db->pragmaInteger(QStringLiteral("schema_version"));
        } catch (const Error&) {
            // A journal beside a file on read-only media cannot be replayed; reading past it
            // would show half a save, so only a file without one is read as it stands.
            if (QFileInfo::exists(path + QStringLiteral("-journal")))
                throw Error(
                    ErrorKind::ReadOnly,
                    QObject::tr("%1 was left in the middle of a save and cannot be recovered here because "
                                "%2. Copy the file together with the %3 beside it to a folder you can write "
                                "to and open it there.")
                        .arg(native(path), readOnlyReason,
                             QFileInfo(path).fileName() + QStringLiteral("-journal")));
            db = Database::open(path, Database::Mode::Immutable);
        }
    }
    if (db->pragmaInteger(QStringLiteral("application_id")) != schema::applicationId)
        throw Error(ErrorKind::NotOurFile,
                    QObject::tr("%1 is not a PeerChallenge engagement file.").arg(native(path)));
    checkIntegrity(*db, path);
    checkHeader(path, FileHeader::read(path), reg.version());
    const int version = int(db->pragmaInteger(QStringLiteral("user_version")));
    schema::verify(*db, reg, version);

    auto file = std::unique_ptr<EngagementFile>(new EngagementFile(path, std::move(db), installation, reg));
    file->m_lock = std::move(lock);
    file->m_readOnlyReason = readOnlyReason;
    const QString backupRoot = !options.backupRoot.isEmpty() ? options.backupRoot
                               : installation.directory().isEmpty()
                                   ? QString()
                                   : BackupStore::defaultRoot(installation.directory());
    if (version < reg.version()) {
        if (file->isReadOnly())
            throw Error(
                ErrorKind::ReadOnly,
                QObject::tr("%1 was made by an earlier version of PeerChallenge and must be upgraded, but "
                            "%2. Copy it to a folder you can write to and open the copy.")
                    .arg(native(path), readOnlyReason));
        const QString backup = backupRoot.isEmpty()
                                   ? path + QStringLiteral(".v%1-backup").arg(version)
                                   : BackupStore(backupRoot, 1000).folderFor(path)
                                         + QStringLiteral("/before-upgrade-v%1.peerchallenge").arg(version);
        QDir().mkpath(QFileInfo(backup).absolutePath());
        BackupStore::copyDatabase(file->database(), backup);
        Migrator(reg, Migrator::standardSteps()).upgrade(file->database(), version);
        schema::verify(file->database(), reg, reg.version());
    }
    if (!file->isReadOnly()) {
        file->database().exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        file->database().exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    file->database().exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    file->loadEngagementId();
    installation.hlc().observe(file->records().newestHlc());
    if (options.dailyBackup && !backupRoot.isEmpty())
        file->startDailyBackup(backupRoot);
    return file;
}

void EngagementFile::loadEngagementId()
{
    const QList<Record> engagements =
        m_records->list(m_registry.table(QStringLiteral("engagement")), Visibility::IncludeDeleted);
    if (engagements.size() != 1)
        throw Error(ErrorKind::Corrupt,
                    QObject::tr("%1 is damaged: it should hold exactly one engagement, not %2.")
                        .arg(native(m_path))
                        .arg(engagements.size()));
    m_engagementId = engagements.first().id;
}

int EngagementFile::schemaVersion() const
{
    return int(m_db->pragmaInteger(QStringLiteral("user_version")));
}

void EngagementFile::startDailyBackup(const QString& root)
{
    const QString path = m_path;
    const QDateTime now = m_installation.clock().now().toLocalTime();
    m_backup = std::async(std::launch::async, [root, path, now]() -> QString {
        const BackupStore store(root);
        if (store.hasBackupOn(path, now.date()))
            return {};
        return store.backUp(path, now);
    });
}

QString EngagementFile::waitForBackup()
{
    if (!m_backup.valid())
        return {};
    return m_backup.get();
}

void EngagementFile::saveCopy(const QString& target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        throw Error(ErrorKind::InvalidInput, QObject::tr("A copy cannot replace the file it is a copy of."));
    BackupStore::copyDatabase(*m_db, target);
}

EngagementFile::Edit::Edit(EngagementFile& file)
    : m_file(file)
{
    if (file.isReadOnly())
        throw Error(ErrorKind::ReadOnly,
                    QObject::tr("%1 is open read-only: %2.").arg(native(file.path()), file.readOnlyReason()));
    m_transaction = std::make_unique<Transaction>(*file.m_db);
}

EngagementFile::Edit::~Edit()
{
    if (m_transaction && m_transaction->isOpen())
        m_file.m_records->discardTouched();
}

void EngagementFile::Edit::commit()
{
    m_file.m_records->updateSearchIndexes();
    m_transaction->commit();
    const QHash<QString, QSet<QUuid>> touched = m_file.m_records->takeTouched();
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        emit m_file.changed(it.key(), QList<QUuid>(it.value().cbegin(), it.value().cend()));
}

} // namespace pc
