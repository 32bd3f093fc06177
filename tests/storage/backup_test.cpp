// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagehelpers.h"

#include "storage/backups.h"

#include <QFile>

using namespace pc;
using namespace pc::test;

namespace {

constexpr qint64 day = 24 * 60 * 60 * 1000;

OpenOptions backingUpTo(const QString& root)
{
    OpenOptions options;
    options.backupRoot = root;
    options.dailyBackup = true;
    return options;
}

OpenOptions readOnly()
{
    OpenOptions options;
    options.readOnly = true;
    options.dailyBackup = false;
    return options;
}

/// Opens the file as today's first open would and returns the backup it made, if any.
QString openAndBackUp(const QString& path, TestDevice& device, const QString& root)
{
    auto file = EngagementFile::open(path, device.installation, backingUpTo(root));
    return file->waitForBackup();
}

} // namespace

TEST_CASE("The first open of a day backs the file up and later opens that day do not", "[storage][backup]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("daily.peerchallenge"));
    const QString root = folder.path(QStringLiteral("backups"));
    QUuid engagementId;
    {
        auto file = makeEngagement(path, device);
        engagementId = file->engagementId();
        addMember(*file, QStringLiteral("Ada"));
        addMember(*file, QStringLiteral("Bea"));
    }
    const QString backup = openAndBackUp(path, device, root);
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo::exists(backup));
    CHECK(backup.startsWith(BackupStore(root).folderFor(path)));
    CHECK_FALSE(QFileInfo::exists(backup + QStringLiteral("-journal")));
    {
        auto copy = EngagementFile::open(backup, device.installation, readOnly());
        CHECK(copy->engagementId() == engagementId);
        CHECK(memberNames(*copy) == (QStringList{QStringLiteral("Ada"), QStringLiteral("Bea")}));
        CHECK(integrityCheck(copy->database()) == QStringLiteral("ok"));
    }
    device.clock.advance(60 * 60 * 1000);
    CHECK(openAndBackUp(path, device, root).isEmpty());
    CHECK(BackupStore(root).list(path).size() == 1);
}

TEST_CASE("A week of daily opens keeps the five newest backups, newest first", "[storage][backup]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("week.peerchallenge"));
    const QString root = folder.path(QStringLiteral("backups"));
    makeEngagement(path, device).reset();
    QList<QDate> days;
    for (int i = 0; i < 7; ++i) {
        days.append(device.clock.now().toLocalTime().date());
        CHECK_FALSE(openAndBackUp(path, device, root).isEmpty());
        device.clock.advance(day);
    }
    const QList<BackupEntry> entries = BackupStore(root).list(path);
    REQUIRE(entries.size() == 5);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        CHECK(entries[i].created.date() == days[days.size() - 1 - i]);
        CHECK(entries[i].size > 0);
        CHECK(QFileInfo::exists(entries[i].path));
    }
}

TEST_CASE("A backup restores to a new file that opens", "[storage][backup]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("restore.peerchallenge"));
    const QString root = folder.path(QStringLiteral("backups"));
    QUuid engagementId;
    {
        auto file = makeEngagement(path, device);
        engagementId = file->engagementId();
        addMember(*file, QStringLiteral("Ada"));
    }
    {
        auto file = EngagementFile::open(path, device.installation, backingUpTo(root));
        REQUIRE_FALSE(file->waitForBackup().isEmpty());
        addMember(*file, QStringLiteral("Bea"));
    }
    device.clock.advance(day);
    REQUIRE_FALSE(openAndBackUp(path, device, root).isEmpty());
    const BackupStore store(root);
    REQUIRE(store.list(path).size() == 2);

    const QString older = folder.path(QStringLiteral("older.peerchallenge"));
    store.restore(path, 2, older);
    {
        auto restored = EngagementFile::open(older, device.installation, withoutBackup());
        CHECK(restored->engagementId() == engagementId);
        CHECK(memberNames(*restored) == QStringList{QStringLiteral("Ada")});
    }
    const QString newer = folder.path(QStringLiteral("newer.peerchallenge"));
    store.restore(path, 1, newer);
    {
        auto restored = EngagementFile::open(newer, device.installation, withoutBackup());
        CHECK(memberNames(*restored) == (QStringList{QStringLiteral("Ada"), QStringLiteral("Bea")}));
    }

    const QByteArray kept = readAll(older);
    for (const auto& [number, target] : {std::pair{0, QStringLiteral("zero.peerchallenge")},
                                         std::pair{3, QStringLiteral("three.peerchallenge")},
                                         std::pair{-1, QStringLiteral("minus.peerchallenge")},
                                         std::pair{1, QStringLiteral("older.peerchallenge")}}) {
        INFO("backup number " << number << " to " << target.toStdString());
        const auto error = errorFrom([&] { store.restore(path, number, folder.path(target)); });
        REQUIRE(error);
        CHECK(error->kind() == ErrorKind::InvalidInput);
    }
    CHECK(readAll(older) == kept);
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("zero.peerchallenge"))));
    const auto none = errorFrom([&] {
        store.restore(folder.path(QStringLiteral("never.peerchallenge")), 1,
                      folder.path(QStringLiteral("x.peerchallenge")));
    });
    REQUIRE(none);
    CHECK(none->kind() == ErrorKind::InvalidInput);
}

TEST_CASE("Save a copy writes a file that opens as the same engagement", "[storage][backup]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("original.peerchallenge"));
    auto file = makeEngagement(path, device);
    addMember(*file, QStringLiteral("Ada"));
    const QString copyPath = folder.path(QStringLiteral("copy.peerchallenge"));
    file->saveCopy(copyPath);
    CHECK_FALSE(QFileInfo::exists(copyPath + QStringLiteral(".part")));
    {
        auto copy = EngagementFile::open(copyPath, device.installation, withoutBackup());
        CHECK(copy->engagementId() == file->engagementId());
        CHECK(memberNames(*copy) == QStringList{QStringLiteral("Ada")});
        Statement mode(copy->database(), QStringLiteral("PRAGMA journal_mode"));
        REQUIRE(mode.step());
        CHECK(mode.text(0) == QStringLiteral("delete"));
    }
    const auto error = errorFrom([&] { file->saveCopy(path); });
    REQUIRE(error);
    CHECK(error->kind() == ErrorKind::InvalidInput);
    CHECK(memberNames(*file) == QStringList{QStringLiteral("Ada")});
}
