// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge-cli export and import: the JSON form of an engagement (docs/json-format.md).
#include "clisandbox.h"

#include "model/registry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

QStringList exportArguments(const QString& file, const QString& out)
{
    return {u"export"_s, file, u"--what"_s, u"engagement"_s, u"--format"_s, u"json"_s, u"-o"_s, out};
}

/// Files in the sandbox whose name starts with `prefix` (a refused import must leave none).
QStringList filesStartingWith(const CliSandbox& sandbox, const QString& prefix)
{
    return QDir(sandbox.files.dir.path()).entryList({prefix + u'*'}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("export writes the engagement's JSON form to a file", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s, u"2"_s);
    const QString out = sandbox.path(u"demo.json"_s);
    const CliResult result = sandbox.run(exportArguments(file, out));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.isEmpty());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(out), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    const QJsonObject json = document.object();
    CHECK(json.value(u"format"_s).toString() == u"peerchallenge-engagement"_s);
    CHECK(json.value(u"formatVersion"_s).toInt() == 1);
    CHECK(json.value(u"schemaVersion"_s).toInt() == pc::Registry::standard().version());
    CHECK(json.value(u"engagement"_s).isObject());
    CHECK(json.value(u"members"_s).toArray().size()
          == sandbox.infoJson(file).value(u"counts"_s).toObject().value(u"members"_s).toInt());
    CHECK(readAll(out).endsWith('\n'));
}

TEST_CASE("export with -o - writes the same JSON to standard output", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s, u"2"_s);
    const QString out = sandbox.path(u"demo.json"_s);
    REQUIRE(sandbox.run(exportArguments(file, out)).exitCode == 0);
    const CliResult result = sandbox.run(exportArguments(file, u"-"_s));
    REQUIRE(result.exitCode == 0);
    CHECK(byteDifference(result.outBytes, readAll(out)) == QString());
    CHECK(result.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(sandbox.path(u"-"_s)));
}

TEST_CASE("export --no-stamps leaves out every stamp", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s, u"2"_s);
    CHECK(sandbox.exportJson(file).contains("\"stamps\""));
    QStringList arguments = exportArguments(file, u"-"_s);
    arguments << u"--no-stamps"_s;
    const CliResult result = sandbox.run(arguments);
    REQUIRE(result.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(result.outBytes);
    REQUIRE(document.isObject());
    CHECK(document.object().value(u"format"_s).toString() == u"peerchallenge-engagement"_s);
    CHECK_FALSE(result.outBytes.contains("\"stamps\""));
}

TEST_CASE("export refuses what it cannot export and a missing -o", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s);
    const QString out = sandbox.path(u"out.json"_s);
    SECTION("--what minutes")
    {
        const CliResult result = sandbox.run(
            {u"export"_s, file, u"--what"_s, u"minutes"_s, u"--format"_s, u"json"_s, u"-o"_s, out});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"\"minutes\""_s));
    }
    SECTION("--what report --format json")
    {
        const CliResult result = sandbox.run(
            {u"export"_s, file, u"--what"_s, u"report"_s, u"--format"_s, u"json"_s, u"-o"_s, out});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"not \"json\""_s));
    }
    SECTION("--format pdf")
    {
        const CliResult result = sandbox.run(
            {u"export"_s, file, u"--what"_s, u"engagement"_s, u"--format"_s, u"pdf"_s, u"-o"_s, out});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"\"pdf\""_s));
    }
    SECTION("no -o")
    {
        const CliResult result =
            sandbox.run({u"export"_s, file, u"--what"_s, u"engagement"_s, u"--format"_s, u"json"_s});
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(u"-o"_s));
        CHECK(result.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("export into a missing folder is a file error", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s);
    const QString out = sandbox.path(u"missing/out.json"_s);
    const CliResult result = sandbox.run(exportArguments(file, out));
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QDir::toNativeSeparators(out)));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("export refuses to write over the engagement file it reads", "[cli]")
{
    // exportCommand() hands OUT to QSaveFile without comparing it with FILE: the engagement is lost.
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s);
    const QByteArray before = readAll(file);
    const CliResult result = sandbox.run(exportArguments(file, file));
    CHECK(result.exitCode == 2);
    CHECK(byteDifference(readAll(file), before) == QString());
}

TEST_CASE("Export, import and export again gives the bytes it started from", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s, u"4"_s);
    const QString json = sandbox.path(u"demo.json"_s);
    REQUIRE(sandbox.run(exportArguments(file, json)).exitCode == 0);
    const QString copy = sandbox.path(u"imported.peerchallenge"_s);
    const CliResult result = sandbox.run({u"import"_s, json, u"-o"_s, copy});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QDir::toNativeSeparators(copy)));
    CHECK(byteDifference(sandbox.exportJson(copy), readAll(json)) == QString());
    CHECK(sandbox.infoJson(copy).value(u"engagementId"_s) == sandbox.infoJson(file).value(u"engagementId"_s));
}

TEST_CASE("import refuses text that is not JSON and creates nothing", "[cli]")
{
    const CliSandbox sandbox;
    const QString json = sandbox.path(u"broken.json"_s);
    writeAll(json, "{ \"format\": \"peerchallenge-engagement\", ");
    const CliResult result = sandbox.run({u"import"_s, json, u"-o"_s, sandbox.path(u"new.peerchallenge"_s)});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"JSON"_s));
    CHECK(filesStartingWith(sandbox, u"new"_s).isEmpty());
}

TEST_CASE("import refuses a bad field and names its JSON path", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s, u"2"_s);
    QJsonObject json = QJsonDocument::fromJson(sandbox.exportJson(file)).object();
    QJsonArray members = json.value(u"members"_s).toArray();
    REQUIRE_FALSE(members.isEmpty());
    QJsonObject first = members.at(0).toObject();
    first.insert(u"role"_s, u"wizard"_s);
    members.replace(0, first);
    json.insert(u"members"_s, members);
    const QString edited = sandbox.path(u"wizard.json"_s);
    writeAll(edited, QJsonDocument(json).toJson());

    const CliResult result =
        sandbox.run({u"import"_s, edited, u"-o"_s, sandbox.path(u"new.peerchallenge"_s)});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"members[0].role"_s));
    CHECK(filesStartingWith(sandbox, u"new"_s).isEmpty());
}

TEST_CASE("import refuses to write over an existing file", "[cli]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(u"demo.peerchallenge"_s, u"2"_s);
    const QString json = sandbox.path(u"demo.json"_s);
    REQUIRE(sandbox.run(exportArguments(file, json)).exitCode == 0);
    const QString existing = sandbox.demo(u"other.peerchallenge"_s);
    const QByteArray before = readAll(existing);
    const CliResult result = sandbox.run({u"import"_s, json, u"-o"_s, existing});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QDir::toNativeSeparators(existing)));
    CHECK(byteDifference(readAll(existing), before) == QString());
}

TEST_CASE("import of a missing file is a file error", "[cli]")
{
    const CliSandbox sandbox;
    const QString json = sandbox.path(u"absent.json"_s);
    const CliResult result = sandbox.run({u"import"_s, json, u"-o"_s, sandbox.path(u"new.peerchallenge"_s)});
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QDir::toNativeSeparators(json)));
    CHECK(filesStartingWith(sandbox, u"new"_s).isEmpty());
}

TEST_CASE("import without -o exits 2", "[cli]")
{
    const CliSandbox sandbox;
    const QString json = sandbox.path(u"any.json"_s);
    writeAll(json, "{}");
    const CliResult result = sandbox.run({u"import"_s, json});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"-o"_s));
}
