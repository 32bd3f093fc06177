// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordstore.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>
#include <future>
#include <memory>
#include <optional>

class QLockFile;

namespace pc {

class Database;
class Installation;
class Registry;

/// Who holds an engagement file open for writing, from the lock beside it.
struct LockHolder
{
    QString hostName;
    QString application;
    qint64 processId = 0;
    QDateTime since;

    [[nodiscard]] QString describe() const;
};

struct OpenOptions
{
    bool readOnly = false;
    /// Root of the automatic backups; empty: <installation folder>/backups, or none when the
    /// installation has no folder (tests).
    QString backupRoot;
    bool dailyBackup = true;
};

struct NewEngagement
{
    QString title;
    QString programme;
    int programmeVersion = 0;
    QString hostName;
};

/// One open engagement file: the connection, the lock beside the file, the record store, the
/// change notifications and the daily backup. The file on disk is complete whenever no edit is
/// running; every Edit is one committed transaction.
class EngagementFile : public QObject
{
    Q_OBJECT

public:
    static inline const QString suffix = QStringLiteral("peerchallenge");

    /// Creates a new file (refusing an existing one) with its engagement record; `populate`
    /// runs in the same first transaction, so the file appears complete or not at all.
    [[nodiscard]] static std::unique_ptr<EngagementFile>
    create(const QString& path, Installation& installation, const NewEngagement& engagement,
           const std::function<void(RecordStore&)>& populate = {}, const Registry* registry = nullptr);

    /// Creates a new file whose every record, the engagement included, comes from `populate`
    /// (the JSON import). The file appears only when `populate` succeeded.
    [[nodiscard]] static std::unique_ptr<EngagementFile>
    createFrom(const QString& path, Installation& installation,
               const std::function<void(RecordStore&)>& populate, const Registry* registry = nullptr);

    /// Opens and checks a file; upgrades an older one after a backup. Throws pc::Error.
    [[nodiscard]] static std::unique_ptr<EngagementFile> open(const QString& path, Installation& installation,
                                                              const OpenOptions& options = {},
                                                              const Registry* registry = nullptr);

    /// Why the file at `path` cannot be written from here, or an empty string when it can.
    [[nodiscard]] static QString readOnlyReasonFor(const QString& path);

    /// Who has the file open for writing, if anyone (a lock left by a crash on this computer
    /// does not count).
    [[nodiscard]] static std::optional<LockHolder> lockHolder(const QString& path);

    ~EngagementFile() override;

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    [[nodiscard]] const QString& readOnlyReason() const { return m_readOnlyReason; }
    [[nodiscard]] const QUuid& engagementId() const { return m_engagementId; }
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] RecordStore& records() { return *m_records; }
    [[nodiscard]] Database& database() { return *m_db; }
    [[nodiscard]] const Registry& registry() const { return m_registry; }
    [[nodiscard]] Installation& installation() { return m_installation; }

    /// A consistent copy through the SQLite backup API (File > Save a Copy).
    void saveCopy(const QString& target);
    /// Waits for the background backup of this open, if one runs; returns its path, or an
    /// empty string when none was due. Throws what the backup threw.
    QString waitForBackup();

    /// One user action: a transaction that announces what it changed when it commits.
    class Edit
    {
    public:
        explicit Edit(EngagementFile& file);
        ~Edit();
        Edit(const Edit&) = delete;
        Edit& operator=(const Edit&) = delete;
        void commit();

    private:
        EngagementFile& m_file;
        std::unique_ptr<class Transaction> m_transaction;
    };

signals:
    void changed(const QString& table, const QList<QUuid>& ids);

private:
    EngagementFile(QString path, std::unique_ptr<Database> db, Installation& installation,
                   const Registry& registry);
    void loadEngagementId();
    void startDailyBackup(const QString& root);

    QString m_path;
    std::unique_ptr<Database> m_db;
    Installation& m_installation;
    const Registry& m_registry;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<QLockFile> m_lock;
    QString m_readOnlyReason;
    QUuid m_engagementId;
    std::future<QString> m_backup;
};

} // namespace pc
