// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>

namespace pc {

QString syncServiceInPath(const QString& path)
{
    // Folder names the services create; "OneDrive - Organisation" for work accounts.
    static const struct
    {
        const char* pattern;
        const char* service;
    } folders[] = {
        {"^onedrive( - .+)?$", "OneDrive"},
        {"^dropbox( \\(.+\\))?$", "Dropbox"},
        {"^google ?drive$", "Google Drive"},
        {"^my drive$", "Google Drive"},
        {"^icloud ?drive$", "iCloud Drive"},
        {"^com~apple~clouddocs$", "iCloud Drive"},
        {"^nextcloud$", "Nextcloud"},
        {"^owncloud$", "ownCloud"},
        {"^box( sync)?$", "Box"},
        {"^pcloud ?drive$", "pCloud"},
        {"^sharepoint$", "SharePoint"},
    };
    // Both separators whatever the platform: a Windows path read on Linux still names its folders.
    static const QRegularExpression separators(QStringLiteral("[\\\\/]"));
    const QStringList parts = path.split(separators, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        for (const auto& folder : folders) {
            const QRegularExpression expression(QLatin1String(folder.pattern),
                                                QRegularExpression::CaseInsensitiveOption);
            if (expression.match(part).hasMatch())
                return QString::fromLatin1(folder.service);
        }
    }
    return {};
}

bool isNetworkFileSystem(const QByteArray& type)
{
    static const QList<QByteArray> network{"cifs",  "smb3",        "smbfs",           "nfs",        "nfs4",
                                           "afpfs", "davfs",       "webdav",          "fuse.sshfs", "9p",
                                           "ncpfs", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.davfs2"};
    return network.contains(type.toLower());
}

SyncLocation syncLocationOf(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString native = QDir::toNativeSeparators(path);
    if (native.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//")))
        return {SyncLocation::Kind::Network, QStringLiteral("a network share")};
    const QString service = syncServiceInPath(absolute);
    if (!service.isEmpty())
        return {SyncLocation::Kind::CloudSync, service};
    const QStorageInfo storage(QFileInfo(absolute).absolutePath());
    if (storage.isValid()) {
        const QByteArray device = storage.device();
        if (isNetworkFileSystem(storage.fileSystemType()) || device.startsWith("//")
            || device.startsWith("\\\\"))
            return {SyncLocation::Kind::Network, QStringLiteral("a network share")};
    }
    return {};
}

bool isConflictedCopyName(const QString& original, const QString& candidate)
{
    const QFileInfo first(original);
    const QFileInfo second(candidate);
    if (first.fileName() == second.fileName()
        || second.suffix().compare(first.suffix(), Qt::CaseInsensitive) != 0)
        return false;
    const QString base = first.completeBaseName();
    const QString other = second.completeBaseName();
    if (!other.startsWith(base, Qt::CaseInsensitive))
        return false;
    const QString rest = other.mid(base.size());
    static const QRegularExpression conflicted(QStringLiteral("^ \\([^)]*conflict[^)]*\\)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numbered(QStringLiteral("^ \\(\\d{1,3}\\)$"));
    static const QRegularExpression syncthing(QStringLiteral("^\\.sync-conflict-\\d{8}-\\d{6}-[A-Z0-9]+$"));
    static const QRegularExpression underscored(QStringLiteral("^_conflict-\\d{8}-\\d{6}$"));
    // OneDrive appends the computer's name, which Windows keeps in capitals ("-DESKTOP-4F3K2L"):
    // lower-case words after a hyphen ("-final") are someone's own name for a file.
    static const QRegularExpression computer(QStringLiteral("^-[A-Z0-9][A-Z0-9-]{2,}(-\\d+)?$"));
    for (const QRegularExpression* pattern : {&conflicted, &numbered, &syncthing, &underscored, &computer}) {
        if (pattern->match(rest).hasMatch())
            return true;
    }
    return false;
}

QStringList conflictedCopiesOf(const QString& path)
{
    const QFileInfo file(path);
    QStringList copies;
    const QDir folder = file.absoluteDir();
    for (const QString& name :
         folder.entryList({QStringLiteral("*.") + file.suffix()}, QDir::Files, QDir::Name)) {
        if (isConflictedCopyName(file.fileName(), name))
            copies.append(folder.filePath(name));
    }
    return copies;
}

} // namespace pc
