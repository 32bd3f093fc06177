// SPDX-License-Identifier: GPL-3.0-or-later
// Files in sync folders and network shares, and the conflicted copies sync services leave.
#include "storage/syncfolder.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

TEST_CASE("Sync folders are known by their names, network shares by their paths", "[sync][syncfolder]")
{
    CHECK(syncServiceInPath(u"C:\\Users\\jane\\OneDrive - Northmoor DC\\Peer challenge\\e.peerchallenge"_s)
          == u"OneDrive"_s);
    CHECK(syncServiceInPath(u"C:/Users/jane/OneDrive/e.peerchallenge"_s) == u"OneDrive"_s);
    CHECK(syncServiceInPath(u"/home/jane/Dropbox/e.peerchallenge"_s) == u"Dropbox"_s);
    CHECK(syncServiceInPath(u"/home/jane/Dropbox (LGA)/e.peerchallenge"_s) == u"Dropbox"_s);
    CHECK(syncServiceInPath(u"G:/My Drive/visits/e.peerchallenge"_s) == u"Google Drive"_s);
    CHECK(syncServiceInPath(u"/Users/jane/Library/Mobile Documents/com~apple~CloudDocs/e.peerchallenge"_s)
          == u"iCloud Drive"_s);
    CHECK(syncServiceInPath(u"/home/jane/Nextcloud/e.peerchallenge"_s) == u"Nextcloud"_s);
    CHECK(syncServiceInPath(u"C:/Users/jane/Documents/Peer challenge/e.peerchallenge"_s).isEmpty());
    CHECK(syncServiceInPath(u"C:/Users/jane/Documents/OneDrive notes.peerchallenge"_s).isEmpty());
    CHECK(syncServiceInPath(u"/home/jane/dropboxes/e.peerchallenge"_s).isEmpty());

    CHECK(syncLocationOf(u"\\\\fileserver\\peer\\e.peerchallenge"_s).kind == SyncLocation::Kind::Network);
    CHECK(syncLocationOf(u"//fileserver/peer/e.peerchallenge"_s).kind == SyncLocation::Kind::Network);
    CHECK(isNetworkFileSystem("cifs"));
    CHECK(isNetworkFileSystem("nfs4"));
    CHECK(isNetworkFileSystem("fuse.sshfs"));
    CHECK_FALSE(isNetworkFileSystem("ext4"));
    CHECK_FALSE(isNetworkFileSystem("NTFS"));

    TempFolder folder;
    CHECK_FALSE(syncLocationOf(folder.path(u"e.peerchallenge"_s)).isShared()); // the test's own disk
    const QString synced = folder.path(u"OneDrive - Northmoor DC"_s);
    REQUIRE(QDir().mkpath(synced));
    const SyncLocation location = syncLocationOf(synced + u"/e.peerchallenge"_s);
    CHECK(location.kind == SyncLocation::Kind::CloudSync);
    CHECK(location.service == u"OneDrive"_s);
}

TEST_CASE("The copies sync services leave after a conflict are recognised, and nothing else",
          "[sync][syncfolder]")
{
    const QString file = u"Northmoor CPC.peerchallenge"_s;
    for (const QString& copy :
         {u"Northmoor CPC (conflicted copy 2026-10-14).peerchallenge"_s,
          u"Northmoor CPC (Jane Smith's conflicted copy 2026-10-14).peerchallenge"_s,
          u"Northmoor CPC (conflicted copy 2026-10-14 101010).peerchallenge"_s,
          u"Northmoor CPC-DESKTOP-4F3K2L.peerchallenge"_s, u"Northmoor CPC-LAPTOP7-1.peerchallenge"_s,
          u"Northmoor CPC (1).peerchallenge"_s,
          u"Northmoor CPC.sync-conflict-20261014-101010-ABC1234.peerchallenge"_s,
          u"Northmoor CPC_conflict-20261014-101010.peerchallenge"_s}) {
        INFO(copy.toStdString());
        CHECK(isConflictedCopyName(file, copy));
    }
    for (const QString& other :
         {file, u"Northmoor CPC-final.peerchallenge"_s, u"Northmoor CPC (copy).peerchallenge"_s,
          u"Northmoor CPC 2.peerchallenge"_s, u"Other council (conflicted copy 2026-10-14).peerchallenge"_s,
          u"Northmoor CPC (conflicted copy 2026-10-14).json"_s, u"Northmoor CPC-DESKTOP-4F3K2L.pcpacket"_s}) {
        INFO(other.toStdString());
        CHECK_FALSE(isConflictedCopyName(file, other));
    }

    TempFolder folder;
    const auto touch = [&](const QString& name) {
        QFile f(folder.path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        return f.fileName();
    };
    const QString original = touch(file);
    touch(u"Northmoor CPC-final.peerchallenge"_s);
    const QString dropbox = touch(u"Northmoor CPC (conflicted copy 2026-10-14).peerchallenge"_s);
    const QString onedrive = touch(u"Northmoor CPC-DESKTOP-4F3K2L.peerchallenge"_s);
    CHECK(conflictedCopiesOf(original) == (QStringList{dropbox, onedrive}));
}
