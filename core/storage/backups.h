// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pc {

class Database;

struct BackupEntry
{
    QString path;
    QDateTime created; // local time, from the name
    qint64 size = 0;
};

/// Automatic backups of engagement files in a per-user folder: one folder per file (named from
/// the file name and a hash of its full path), copies made with the SQLite backup API, the
/// newest few kept.
class BackupStore
{
public:
    explicit BackupStore(QString rootDirectory, int keep = 5);

    /// The default root: <per-machine data folder>/backups.
    [[nodiscard]] static QString defaultRoot(const QString& installationDirectory);

    [[nodiscard]] QString folderFor(const QString& filePath) const;
    /// Newest first.
    [[nodiscard]] QList<BackupEntry> list(const QString& filePath) const;
    [[nodiscard]] bool hasBackupOn(const QString& filePath, const QDate& day) const;
    /// Copies the file through its own read-only connection and prunes old copies.
    QString backUp(const QString& filePath, const QDateTime& now) const;
    /// Copies backup number `number` (1 = newest) to `target`, which must not exist yet.
    void restore(const QString& filePath, int number, const QString& target) const;

    /// Writes a consistent copy of an open database to `target` through the backup API: first
    /// to a temporary file beside it, then renamed, so `target` is never half written.
    static void copyDatabase(Database& source, const QString& target);

private:
    QString m_root;
    int m_keep;
};

} // namespace pc
