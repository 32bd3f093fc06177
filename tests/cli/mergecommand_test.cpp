// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge-cli merge: copies of one engagement edited apart, merged back.
#include "clisandbox.h"

#include "model/registry.h"

#include "storage/teamrepository.h"

#include <QDateTime>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

/// Renames the first member of the file at `path`, as another laptop would.
void renameFirstMember(const QString& path, const QString& name)
{
    TestDevice laptop(7);
    OpenOptions options;
    options.dailyBackup = false;
    auto file = EngagementFile::open(path, laptop.installation, options);
    TeamRepository team(file->records());
    EngagementFile::Edit edit(*file);
    QList<Member> members = team.members();
    REQUIRE_FALSE(members.isEmpty());
    members.first().name = name;
    REQUIRE(team.updateMember(members.first()));
    edit.commit();
}

/// A demo TARGET and a copy SOURCE of it whose first member was renamed.
struct Copies
{
    explicit Copies(const CliSandbox& sandbox)
        : target(sandbox.demo(u"target.peerchallenge"_s, u"5"_s))
        , source(sandbox.path(u"source.peerchallenge"_s))
    {
        REQUIRE(QFile::copy(target, source));
        renameFirstMember(source, newName);
    }

    const QString newName = u"Cllr Renamed Elsewhere"_s;
    QString target;
    QString source;
};

/// The line of a merge report about `table`, or an empty string.
QString reportLine(const QString& out, const QString& table)
{
    for (const QString& line : out.split(u'\n')) {
        if (line.trimmed().startsWith(table + u':'))
            return line;
    }
    return {};
}

} // namespace

TEST_CASE("merge takes a renamed member from a copy and reports one update", "[cli]")
{
    const CliSandbox sandbox;
    const Copies copies(sandbox);
    CHECK_FALSE(sandbox.exportJson(copies.target).contains(copies.newName.toUtf8()));
    const CliResult result = sandbox.run({u"merge"_s, copies.target, copies.source});
    INFO(result.out.toStdString() << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QDir::toNativeSeparators(copies.source)));
    CHECK(result.out.contains(u"member"_s));
    const QString line = reportLine(result.out, u"member"_s);
    CHECK(line.contains(u"1 updated"_s));
    CHECK(result.err.isEmpty());
    CHECK(sandbox.exportJson(copies.target).contains(copies.newName.toUtf8()));
}

TEST_CASE("merge --json reports the changes as a JSON array", "[cli]")
{
    const CliSandbox sandbox;
    const Copies copies(sandbox);
    const CliResult result = sandbox.run({u"merge"_s, copies.target, copies.source, u"--json"_s});
    REQUIRE(result.exitCode == 0);
    const QJsonDocument document = QJsonDocument::fromJson(result.outBytes);
    REQUIRE(document.isArray());
    REQUIRE(document.array().size() == 1);
    const QJsonObject report = document.array().at(0).toObject();
    CHECK(report.value(u"source"_s).toString() == QDir::toNativeSeparators(copies.source));
    CHECK(report.value(u"changes"_s).toInt() >= 1);
    CHECK(report.value(u"conflicts"_s).toArray().isEmpty());
    const QJsonObject tables = report.value(u"tables"_s).toObject();
    REQUIRE(tables.contains(u"member"_s));
    CHECK(tables.value(u"member"_s).toObject().value(u"updated"_s).toInt() == 1);
}

TEST_CASE("merging the same copy again reports nothing new", "[cli]")
{
    const CliSandbox sandbox;
    const Copies copies(sandbox);
    REQUIRE(sandbox.run({u"merge"_s, copies.target, copies.source}).exitCode == 0);
    const QByteArray merged = sandbox.exportJson(copies.target);
    const CliResult again = sandbox.run({u"merge"_s, copies.target, copies.source});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(u"nothing new"_s));
    CHECK(byteDifference(sandbox.exportJson(copies.target), merged) == QString());

    const CliResult json = sandbox.run({u"merge"_s, copies.target, copies.source, u"--json"_s});
    REQUIRE(json.exitCode == 0);
    const QJsonArray reports = QJsonDocument::fromJson(json.outBytes).array();
    REQUIRE(reports.size() == 1);
    CHECK(reports.at(0).toObject().value(u"changes"_s).toInt() == 0);
}

TEST_CASE("merge refuses a copy of a different engagement", "[cli]")
{
    const CliSandbox sandbox;
    const QString target = sandbox.demo(u"target.peerchallenge"_s, u"5"_s);
    const QString other = sandbox.demo(u"other.peerchallenge"_s);
    const QByteArray before = sandbox.exportJson(target);
    const CliResult result = sandbox.run({u"merge"_s, target, other});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"different engagement"_s));
    CHECK(byteDifference(sandbox.exportJson(target), before) == QString());
}

TEST_CASE("merge refuses a copy from a newer version", "[cli]")
{
    const CliSandbox sandbox;
    const QString target = sandbox.demo(u"target.peerchallenge"_s, u"5"_s);
    const QString newer = sandbox.path(u"newer.peerchallenge"_s);
    REQUIRE(QFile::copy(target, newer));
    setUserVersion(newer, pc::Registry::standard().version() + 1);
    const QByteArray before = sandbox.exportJson(target);
    const CliResult result = sandbox.run({u"merge"_s, target, newer});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"Update PeerChallenge"_s));
    CHECK(byteDifference(sandbox.exportJson(target), before) == QString());
}

TEST_CASE("merge into a file open for editing elsewhere is a file error", "[cli]")
{
    const CliSandbox sandbox;
    const Copies copies(sandbox);
    TestDevice laptop(8);
    OpenOptions options;
    options.dailyBackup = false;
    auto open = EngagementFile::open(copies.target, laptop.installation, options);
    REQUIRE_FALSE(open->isReadOnly());
    const CliResult result = sandbox.run({u"merge"_s, copies.target, copies.source});
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QDir::toNativeSeparators(copies.target)));
}

TEST_CASE("merge with a missing source is a file error", "[cli]")
{
    const CliSandbox sandbox;
    const QString target = sandbox.demo(u"target.peerchallenge"_s);
    const QString absent = sandbox.path(u"absent.peerchallenge"_s);
    const CliResult result = sandbox.run({u"merge"_s, target, absent});
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QDir::toNativeSeparators(absent)));
}

TEST_CASE("merge needs a target and at least one source", "[cli]")
{
    const CliSandbox sandbox;
    const QString target = sandbox.demo(u"target.peerchallenge"_s);
    const CliResult result = sandbox.run({u"merge"_s, target});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"\"merge\""_s));
}

TEST_CASE("merge refuses a copy whose clock runs days fast, and takes it with --accept-skew", "[cli]")
{
    const CliSandbox sandbox;
    const QString target = sandbox.demo(u"target.peerchallenge"_s, u"5"_s);
    const QString source = sandbox.path(u"fast.peerchallenge"_s);
    REQUIRE(QFile::copy(target, source));
    {
        // A laptop whose clock is six days (and a little) ahead of this one.
        TestDevice fast(9, QDateTime::currentMSecsSinceEpoch() + 6LL * 24 * 3600 * 1000 + 600'000);
        OpenOptions options;
        options.dailyBackup = false;
        auto file = EngagementFile::open(source, fast.installation, options);
        TeamRepository team(file->records());
        EngagementFile::Edit edit(*file);
        Member first = team.members().first();
        first.name = u"Cllr From The Future"_s;
        REQUIRE(team.updateMember(first));
        edit.commit();
    }
    const QByteArray before = sandbox.exportJson(target);

    const CliResult refused = sandbox.run({u"merge"_s, target, source});
    INFO(refused.out.toStdString() << refused.err.toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"clock appears to be 6 days fast"_s));
    CHECK(refused.err.contains(u"--accept-skew"_s));
    CHECK(sandbox.exportJson(target) == before);

    const CliResult accepted = sandbox.run({u"merge"_s, target, source, u"--accept-skew"_s, u"--json"_s});
    INFO(accepted.out.toStdString() << accepted.err.toStdString());
    REQUIRE(accepted.exitCode == 0);
    const QJsonArray reports = QJsonDocument::fromJson(accepted.out.toUtf8()).array();
    REQUIRE(reports.size() == 1);
    CHECK(reports[0].toObject().value(u"clockAheadMs"_s).toDouble() > 6.0 * 24 * 3600 * 1000);
    CHECK(sandbox.exportJson(target).contains("Cllr From The Future"));
}
