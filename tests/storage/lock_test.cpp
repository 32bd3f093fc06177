// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagehelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSysInfo>

using namespace pc;
using namespace pc::test;

namespace {

constexpr QFile::Permissions readOnlyPermissions = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions folderReadOnlyPermissions =
    readOnlyPermissions | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
constexpr QFile::Permissions writablePermissions = readOnlyPermissions | QFile::WriteOwner | QFile::ExeOwner;

void checkOpensReadOnly(const QString& path, TestDevice& device, const QString& reason)
{
    const QByteArray before = readAll(path);
    auto file = EngagementFile::open(path, device.installation);
    CHECK(file->isReadOnly());
    CHECK(file->readOnlyReason().contains(reason));
    CHECK(memberNames(*file) == QStringList{QStringLiteral("Ada")});
    const auto error = errorFrom([&] { EngagementFile::Edit edit(*file); });
    REQUIRE(error);
    CHECK(error->kind() == ErrorKind::ReadOnly);
    file.reset();
    CHECK(readAll(path) == before);
}

} // namespace

// Root ignores permission bits, so these cases can only run as an ordinary user; the
// OpenOptions::readOnly case below covers the read-only behaviour everywhere.
TEST_CASE("A file that cannot be written here opens read-only", "[storage][lock]")
{
    TempFolder folder;
    TestDevice device;
    SECTION("a read-only file in a writable folder")
    {
        const QString path = folder.path(QStringLiteral("locked-down.peerchallenge"));
        addMember(*makeEngagement(path, device), QStringLiteral("Ada"));
        REQUIRE(QFile::setPermissions(path, readOnlyPermissions));
        if (QFileInfo(path).isWritable()) {
            WARN("Permissions are not enforced for this user (root?): read-only file case skipped");
        } else {
            checkOpensReadOnly(path, device, QStringLiteral("read-only"));
        }
        QFile::setPermissions(path, writablePermissions);
    }
    SECTION("a file in a read-only folder")
    {
        const QString subfolder = folder.path(QStringLiteral("shared"));
        REQUIRE(QDir().mkpath(subfolder));
        const QString path = QDir(subfolder).filePath(QStringLiteral("in-folder.peerchallenge"));
        addMember(*makeEngagement(path, device), QStringLiteral("Ada"));
        REQUIRE(QFile::setPermissions(subfolder, folderReadOnlyPermissions));
        if (QFileInfo(subfolder).isWritable()) {
            WARN("Permissions are not enforced for this user (root?): read-only folder case skipped");
        } else {
            checkOpensReadOnly(path, device, QStringLiteral("folder"));
        }
        QFile::setPermissions(subfolder, writablePermissions);
    }
}

TEST_CASE("A file opened read-only on request can be read but not edited", "[storage][lock]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("reader.peerchallenge"));
    addMember(*makeEngagement(path, device), QStringLiteral("Ada"));
    const QByteArray before = readAll(path);
    OpenOptions options;
    options.readOnly = true;
    auto file = EngagementFile::open(path, device.installation, options);
    CHECK(file->isReadOnly());
    CHECK_FALSE(file->readOnlyReason().isEmpty());
    CHECK(memberNames(*file) == QStringList{QStringLiteral("Ada")});
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    CHECK_FALSE(EngagementFile::lockHolder(path));
    const auto error = errorFrom([&] { EngagementFile::Edit edit(*file); });
    REQUIRE(error);
    CHECK(error->kind() == ErrorKind::ReadOnly);
    CHECK(error->message().contains(file->readOnlyReason()));
    file.reset();
    CHECK(readAll(path) == before);
}

TEST_CASE("A file open for editing is locked against a second writer", "[storage][lock]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("busy.peerchallenge"));
    auto first = makeEngagement(path, device);
    addMember(*first, QStringLiteral("Ada"));

    const auto error = errorFrom([&] { (void)EngagementFile::open(path, device.installation); });
    REQUIRE(error);
    CHECK(error->kind() == ErrorKind::Locked);
    CHECK(error->message().contains(QSysInfo::machineHostName()));
    CHECK(error->message().contains(QStringLiteral("read-only")));

    const auto holder = EngagementFile::lockHolder(path);
    REQUIRE(holder);
    CHECK(holder->processId == QCoreApplication::applicationPid());
    CHECK(holder->hostName == QSysInfo::machineHostName());
    CHECK(holder->since.isValid());
    CHECK(holder->describe().contains(QString::number(QCoreApplication::applicationPid())));

    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto reader = EngagementFile::open(path, device.installation, readOnly);
    CHECK(reader->isReadOnly());
    CHECK(memberNames(*reader) == QStringList{QStringLiteral("Ada")});

    addMember(*first, QStringLiteral("Bea")); // the writer still writes while a reader has it open
    CHECK(memberNames(*reader) == (QStringList{QStringLiteral("Ada"), QStringLiteral("Bea")}));

    first.reset();
    CHECK_FALSE(EngagementFile::lockHolder(path));
    auto again = EngagementFile::open(path, device.installation);
    CHECK_FALSE(again->isReadOnly());
    CHECK(EngagementFile::lockHolder(path));
}

// QLockFile creates the lock file, then reads system details, then writes them: a writer killed
// in between leaves an empty lock that names nobody. Only a lock whose native (flock) lock no
// living process holds may be taken for stale.
TEST_CASE("An empty lock file is stale only when no living process holds it", "[storage][lock]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("empty-lock.peerchallenge"));
    const QString lock = path + QStringLiteral(".lock");
    auto holder = makeEngagement(path, device);
    REQUIRE(QFile::resize(lock, 0)); // the holder is alive and still holds its native lock
    CHECK_FALSE(QLockFile(lock).removeStaleLockFile());
    const auto error = errorFrom([&] { (void)EngagementFile::open(path, device.installation); });
    REQUIRE(error);
    CHECK(error->kind() == ErrorKind::Locked);
}

TEST_CASE("An empty lock file left by a killed writer does not block the file", "[storage][lock]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("dead-lock.peerchallenge"));
    makeEngagement(path, device).reset();
    writeAll(path + QStringLiteral(".lock"), {});
    CHECK_FALSE(EngagementFile::lockHolder(path));
    std::unique_ptr<EngagementFile> file;
    REQUIRE_NOTHROW(file = EngagementFile::open(path, device.installation));
    CHECK_FALSE(file->isReadOnly());
}
