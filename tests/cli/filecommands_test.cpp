// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge-cli new, info and demo.
#include "clisandbox.h"

#include "model/registry.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>

using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

qint64 count(const QJsonObject& info, const QString& table)
{
    return info.value(u"counts"_s).toObject().value(table).toInteger(-1);
}

} // namespace

TEST_CASE("new creates a file from the default template with its five themes", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.path(u"new.peerchallenge"_s);
    const CliResult result = sandbox.run({u"new"_s, file});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QDir::toNativeSeparators(file)));
    REQUIRE(QFileInfo::exists(file));
    const QJsonObject info = sandbox.infoJson(file);
    CHECK(info.value(u"programme"_s).toString() == u"lga-cpc-2024"_s);
    CHECK(count(info, u"themes"_s) == 5);
    CHECK(count(info, u"keyQuestions"_s) > 0);
    CHECK(count(info, u"members"_s) == 0);
}

TEST_CASE("new with the blank template and a host makes an empty engagement for that host", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.path(u"blank.peerchallenge"_s);
    const CliResult result = sandbox.run({u"new"_s, file, u"--template"_s, u"blank"_s, u"--host"_s, u"X"_s});
    REQUIRE(result.exitCode == 0);
    const QJsonObject info = sandbox.infoJson(file);
    CHECK(info.value(u"hostName"_s).toString() == u"X"_s);
    CHECK(info.value(u"programme"_s).toString() == u"blank"_s);
    CHECK(count(info, u"themes"_s) == 0);
    CHECK(count(info, u"keyQuestions"_s) == 0);
}

TEST_CASE("new refuses a file that exists and leaves it unchanged", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.path(u"twice.peerchallenge"_s);
    REQUIRE(sandbox.run({u"new"_s, file, u"--host"_s, u"First"_s}).exitCode == 0);
    const QByteArray before = readAll(file);
    const CliResult result = sandbox.run({u"new"_s, file, u"--host"_s, u"Second"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QDir::toNativeSeparators(file)));
    CHECK(byteDifference(readAll(file), before) == QString());
    CHECK(sandbox.infoJson(file).value(u"hostName"_s).toString() == u"First"_s);
}

TEST_CASE("new refuses an unknown template and names the templates there are", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.path(u"nope.peerchallenge"_s);
    const CliResult result = sandbox.run({u"new"_s, file, u"--template"_s, u"nope"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"\"nope\""_s));
    CHECK(result.err.contains(u"lga-cpc-2024"_s));
    CHECK(result.err.contains(u"blank"_s));
    CHECK_FALSE(QFileInfo::exists(file));
}

TEST_CASE("new into a missing folder is a file error", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.path(u"missing/new.peerchallenge"_s);
    const CliResult result = sandbox.run({u"new"_s, file});
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QDir::toNativeSeparators(file)));
    CHECK_FALSE(QFileInfo::exists(file));
}

TEST_CASE("new into a missing folder names the file asked for, not a temporary one", "[cli]")
{
    // EngagementFile::createFrom builds FILE.creating first; the error of opening it leaks out.
    const CliSandbox sandbox;
    const CliResult result = sandbox.run({u"new"_s, sandbox.path(u"missing/new.peerchallenge"_s)});
    CHECK(result.exitCode == 3);
    CHECK_FALSE(result.err.contains(u".creating"_s));
}

TEST_CASE("info prints an engagement's summary as text", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.path(u"text.peerchallenge"_s);
    REQUIRE(sandbox
                .run({u"new"_s, file, u"--host"_s, u"Northmoor District Council"_s, u"--title"_s,
                      u"Northmoor challenge"_s})
                .exitCode
            == 0);
    const CliResult result = sandbox.run({u"info"_s, file});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.startsWith(u"Northmoor challenge\n"_s));
    CHECK(result.out.contains(u"Northmoor District Council"_s));
    CHECK(result.out.contains(u"LGA Corporate Peer Challenge"_s));
    CHECK(result.out.contains(u"5 themes"_s));
    CHECK(result.out.contains(u"0 members"_s));
    CHECK(result.out.contains(QDir::toNativeSeparators(file)));
    CHECK(result.err.isEmpty());
}

TEST_CASE("info --json gives the counts, title, schema version and milestones", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s, u"3"_s);
    const QJsonObject info = sandbox.infoJson(file);
    CHECK(info.value(u"schemaVersion"_s).toInt() == pc::Registry::standard().version());
    CHECK_FALSE(info.value(u"title"_s).toString().isEmpty());
    CHECK_FALSE(info.value(u"hostName"_s).toString().isEmpty());
    CHECK(info.value(u"readOnly"_s).toBool() == false);
    for (const QString& table :
         {u"devices"_s, u"themes"_s, u"keyQuestions"_s, u"members"_s, u"themeLeads"_s}) {
        INFO(table.toStdString());
        CHECK(count(info, table) >= 1);
    }
    const QJsonObject milestones = info.value(u"milestones"_s).toObject();
    REQUIRE(milestones.contains(u"onsiteStart"_s));
    for (const QString& key : milestones.keys()) {
        INFO(key.toStdString());
        CHECK(QDate::fromString(milestones.value(key).toString(), Qt::ISODate).isValid());
    }
}

TEST_CASE("info on a missing file is a file error", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.path(u"absent.peerchallenge"_s);
    const CliResult result = sandbox.run({u"info"_s, file});
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QDir::toNativeSeparators(file)));
    CHECK(result.out.isEmpty());
}

TEST_CASE("info refuses files that are not engagement files", "[cli]")
{
    const CliSandbox sandbox;
    SECTION("a text file")
    {
        const QString file = sandbox.path(u"notes.peerchallenge"_s);
        writeAll(file, "Just some notes, not a database.\n");
        const CliResult result = sandbox.run({u"info"_s, file});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"not a PeerChallenge engagement file"_s));
    }
    SECTION("an empty file")
    {
        const QString file = sandbox.path(u"empty.peerchallenge"_s);
        writeAll(file, QByteArray());
        const CliResult result = sandbox.run({u"info"_s, file});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"empty"_s));
    }
    SECTION("a truncated file")
    {
        const QString file = sandbox.demo(u"cut.peerchallenge"_s);
        const QByteArray whole = readAll(file);
        writeAll(file, whole.left(whole.size() / 2));
        const CliResult result = sandbox.run({u"info"_s, file});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QDir::toNativeSeparators(file)));
        CHECK(result.out.isEmpty());
    }
}

TEST_CASE("info refuses a file from a newer version and names both versions", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"newer.peerchallenge"_s);
    const int newer = pc::Registry::standard().version() + 1;
    setUserVersion(file, newer);
    const CliResult result = sandbox.run({u"info"_s, file});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"newer version"_s));
    QString message = result.err;
    message.remove(QDir::toNativeSeparators(file));
    CHECK(message.contains(QRegularExpression(u"\\b%1\\b"_s.arg(newer))));
    CHECK(message.contains(QRegularExpression(u"\\b%1\\b"_s.arg(pc::Registry::standard().version()))));
}

TEST_CASE("demo with the same seed twice gives files with identical exports", "[cli]")
{
    const CliSandbox sandbox;
    const QString first = sandbox.demo(u"first.peerchallenge"_s, u"5"_s);
    const QString second = sandbox.demo(u"second.peerchallenge"_s, u"5"_s);
    const QByteArray json = sandbox.exportJson(first);
    CHECK_FALSE(json.isEmpty());
    CHECK(byteDifference(sandbox.exportJson(second), json) == QString());
}

TEST_CASE("demo refuses a seed that is not a whole number", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.path(u"abc.peerchallenge"_s);
    const CliResult result = sandbox.run({u"demo"_s, file, u"--seed"_s, u"abc"_s});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"\"abc\""_s));
    CHECK_FALSE(QFileInfo::exists(file));
}

TEST_CASE("demo refuses a file that exists and leaves it unchanged", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s);
    const QByteArray before = readAll(file);
    const CliResult result = sandbox.run({u"demo"_s, file});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"exists already"_s));
    CHECK(byteDifference(readAll(file), before) == QString());
}
