// SPDX-License-Identifier: GPL-3.0-or-later
// Engagement files in shared places. SQLite must not be used live over a network share or from a
// folder a sync service (OneDrive, Dropbox...) rewrites behind its back: locks do not hold there
// and a half-synced file is a damaged one. The app warns when a file opens from such a place and
// offers to work on a local copy and merge back. Sync services also leave "conflicted copies"
// beside a file when two laptops changed it; they are found when the file opens and offered for
// merging.
#pragma once

#include <QString>
#include <QStringList>

namespace pc {

struct SyncLocation
{
    enum class Kind { Local, Network, CloudSync };
    Kind kind = Kind::Local;
    QString service; // "OneDrive", "Dropbox"...; for a network share, how it was recognised

    [[nodiscard]] bool isShared() const { return kind != Kind::Local; }
};

/// Where `path` lives, from the path itself (UNC paths, well-known sync folder names such as
/// "OneDrive - Contoso", "Dropbox", "Google Drive", "iCloud Drive", "Nextcloud") and from the file
/// system Qt reports (SMB/CIFS, NFS, WebDAV, SSHFS...).
[[nodiscard]] SyncLocation syncLocationOf(const QString& path);

/// The name of a sync service when one path component is its folder; empty otherwise. Pure: the
/// rule of syncLocationOf without the file system.
[[nodiscard]] QString syncServiceInPath(const QString& path);
/// Whether a file system type reported by QStorageInfo is a network one.
[[nodiscard]] bool isNetworkFileSystem(const QByteArray& type);

/// Whether `candidate` (a file name) is a copy a sync service left beside `original` (a file
/// name) after a conflict: "x (conflicted copy 2026-10-14).peerchallenge" (Dropbox, Nextcloud),
/// "x-DESKTOP-4F3K2L.peerchallenge" (OneDrive), "x (1).peerchallenge" (Google Drive),
/// "x.sync-conflict-20261014-101010-ABC1234.peerchallenge" (Syncthing), "x_conflict-...".
[[nodiscard]] bool isConflictedCopyName(const QString& original, const QString& candidate);
/// The conflicted copies beside the file at `path`, sorted by name.
[[nodiscard]] QStringList conflictedCopiesOf(const QString& path);

} // namespace pc
