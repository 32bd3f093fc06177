// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge-cli backups list and restore, over the per-machine data folder.
#include "clisandbox.h"

#include <QDir>
#include <QFile>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

/// Opens the file as the app's first open of the day would, backing up into the sandbox's data
/// folder (the CLI's info and export open read-only and merge opens without a daily backup).
QString backUp(const CliSandbox& sandbox, const QString& path)
{
    TestDevice laptop(9);
    OpenOptions options;
    options.backupRoot = sandbox.backupRoot();
    options.dailyBackup = true;
    auto file = EngagementFile::open(path, laptop.installation, options);
    const QString backup = file->waitForBackup();
    REQUIRE_FALSE(backup.isEmpty());
    return backup;
}

/// A demo file with one backup; returns the file's path.
QString backedUpDemo(const CliSandbox& sandbox)
{
    const QString file = sandbox.demo(u"demo.peerchallenge"_s, u"6"_s);
    backUp(sandbox, file);
    return file;
}

} // namespace

TEST_CASE("backups list says when a file has no backups yet", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s);
    const CliResult result = sandbox.run({u"backups"_s, u"list"_s, file});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(u"no backups"_s));
    CHECK(result.out.contains(QDir::toNativeSeparators(file)));
}

TEST_CASE("backups list shows a backup made when the file was opened", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s);
    const QString backup = backUp(sandbox, file);
    const CliResult result = sandbox.run({u"backups"_s, u"list"_s, file});
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().trimmed().startsWith(u"1 "_s));
    CHECK(lines.first().endsWith(QDir::toNativeSeparators(backup)));
}

TEST_CASE("backups restore writes a backup to a new file that info opens", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = backedUpDemo(sandbox);
    const QString out = sandbox.path(u"restored.peerchallenge"_s);
    const CliResult result = sandbox.run({u"backups"_s, u"restore"_s, file, u"1"_s, u"-o"_s, out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QDir::toNativeSeparators(out)));
    const QJsonObject restored = sandbox.infoJson(out);
    CHECK(restored.value(u"engagementId"_s) == sandbox.infoJson(file).value(u"engagementId"_s));
    CHECK(byteDifference(sandbox.exportJson(out), sandbox.exportJson(file)) == QString());
}

TEST_CASE("backups restore refuses a number that is not in the list", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = backedUpDemo(sandbox);
    const QString out = sandbox.path(u"restored.peerchallenge"_s);
    const CliResult result = sandbox.run({u"backups"_s, u"restore"_s, file, u"5"_s, u"-o"_s, out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"5"_s));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("backups restore refuses to write over an existing file", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = backedUpDemo(sandbox);
    const QString out = sandbox.path(u"existing.txt"_s);
    writeAll(out, "keep me\n");
    const CliResult result = sandbox.run({u"backups"_s, u"restore"_s, file, u"1"_s, u"-o"_s, out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QDir::toNativeSeparators(out)));
    CHECK(readAll(out) == "keep me\n");
}

TEST_CASE("backups refuses an unknown action and names it", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s);
    const CliResult result = sandbox.run({u"backups"_s, u"frobnicate"_s, file});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"\"frobnicate\""_s));
}

TEST_CASE("backups restore refuses a backup number that is not a whole number", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = backedUpDemo(sandbox);
    const QString out = sandbox.path(u"restored.peerchallenge"_s);
    const CliResult result = sandbox.run({u"backups"_s, u"restore"_s, file, u"x"_s, u"-o"_s, out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"\"x\""_s));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("backups restore without -o and backups list with a number exit 2", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s);
    CHECK(sandbox.run({u"backups"_s, u"restore"_s, file, u"1"_s}).exitCode == 2);
    CHECK(sandbox.run({u"backups"_s, u"list"_s, file, u"1"_s}).exitCode == 2);
}
