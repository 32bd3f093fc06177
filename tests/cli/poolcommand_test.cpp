// SPDX-License-Identifier: GPL-3.0-or-later
// pool import | export | list: the peer pool from the command line, in the sandbox's data folder.
#include "clisandbox.h"

#include "pool/poolstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray threePeers =
    "Full name,Roles,Sector,Organisation,E-mail,Party,Expertise\r\n"
    "Jane Smith,Lead officer peer,Local government,Eastvale BC,jane@example.org,,"
    "\"finance, audit\"\r\n"
    "Ravi Patel,Member peer,local-government,Kingsford Council,ravi@example.org,"
    "Labour,housing\r\n"
    "Ann Lee,Officer peer,Health,NHS Westbrook,ann@example.org,,\"public health\"\r\n";

QString poolPath(const CliSandbox& sandbox)
{
    return QDir(sandbox.dataDirectory()).filePath(PoolStore::fileName());
}

CliResult importCsv(const CliSandbox& sandbox, const QByteArray& bytes, const QStringList& extra = {})
{
    const QString csv = sandbox.path(u"peers.csv"_s);
    writeAll(csv, bytes);
    return sandbox.run(QStringList{u"pool"_s, u"import"_s, csv} + extra);
}

QStringList listNames(const CliSandbox& sandbox, const QStringList& filters = {})
{
    const CliResult result = sandbox.run(QStringList{u"pool"_s, u"list"_s, u"--json"_s} + filters);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QStringList names;
    for (const QJsonValue& peer : QJsonDocument::fromJson(result.outBytes).array())
        names.append(peer.toObject().value(u"name"_s).toString());
    return names;
}

} // namespace

TEST_CASE("pool import adds peers to the pool in the data folder and a second import updates them",
          "[cli][pool]")
{
    const CliSandbox sandbox;
    const CliResult first = importCsv(sandbox, threePeers);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out == u"Imported 3 peers: 3 added, 0 updated.\n"_s);
    CHECK(PoolStore::open(sandbox.dataDirectory()).peers().size() == 3);

    const CliResult second =
        importCsv(sandbox, "Name,Email,Job title\nJANE SMITH,JANE@example.org,Chief Executive\nNew Peer,,\n",
                  {u"--json"_s});
    REQUIRE(second.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(second.outBytes).object();
    CHECK(json.value(u"imported"_s).toInt() == 2);
    CHECK(json.value(u"added"_s).toInt() == 1);
    CHECK(json.value(u"updated"_s).toInt() == 1);
    const PoolStore store = PoolStore::open(sandbox.dataDirectory());
    REQUIRE(store.peers().size() == 4);
    CHECK(store.peers().first().jobTitle == u"Chief Executive"_s);
    CHECK(store.peers().first().organisation == u"Eastvale BC"_s); // not a column of the second file
}

TEST_CASE("pool import refuses a broken CSV with every bad line on stderr, exit 2, and the pool unchanged",
          "[cli][pool]")
{
    const CliSandbox sandbox;
    REQUIRE(importCsv(sandbox, threePeers).exitCode == 0);
    const QByteArray before = readAll(poolPath(sandbox));
    const CliResult result = importCsv(sandbox, "Name,Roles,Accredited\n"
                                                "Good Peer,Officer peer,2020-01-01\n"
                                                "Bad Role,Mayor,\n"
                                                "Bad Date,Officer peer,31/02/2024\n"
                                                "Another Good,,\n");
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(u"Line 3: unknown role \"Mayor\""_s));
    CHECK(result.err.contains(u"Line 4: the accreditation date \"31/02/2024\" is not a date"_s));
    CHECK(result.err.contains(u"Nothing was imported"_s));
    CHECK(readAll(poolPath(sandbox)) == before);

    const CliResult json = importCsv(sandbox, "Name,Roles\n\nx,\n,Officer peer\n", {u"--json"_s});
    CHECK(json.exitCode == 2);
    const QJsonArray problems =
        QJsonDocument::fromJson(json.outBytes).object().value(u"problems"_s).toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().toObject().value(u"line"_s).toInt() == 4);

    const CliResult unclosed = importCsv(sandbox, "Name,Notes\nA,\"never closed\n");
    CHECK(unclosed.exitCode == 2);
    CHECK(unclosed.err.contains(u"line 2"_s, Qt::CaseInsensitive));
    CHECK(readAll(poolPath(sandbox)) == before);
}

TEST_CASE("pool export writes a CSV that pool import reads back to the same pool", "[cli][pool]")
{
    const CliSandbox sandbox;
    REQUIRE(importCsv(sandbox, threePeers).exitCode == 0);
    const QString exported = sandbox.path(u"exported.csv"_s);
    const CliResult result = sandbox.run({u"pool"_s, u"export"_s, exported});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.contains(u"Exported 3 peers"_s));
    const QByteArray bytes = readAll(exported);
    CHECK(bytes.startsWith("\xEF\xBB\xBFName,Roles,Sector,Organisation"));

    const CliResult toStdout = sandbox.run({u"pool"_s, u"export"_s, u"-o"_s, u"-"_s});
    REQUIRE(toStdout.exitCode == 0);
    CHECK(toStdout.outBytes == bytes);

    const CliSandbox other;
    writeAll(other.path(u"in.csv"_s), bytes);
    REQUIRE(other.run({u"pool"_s, u"import"_s, other.path(u"in.csv"_s)}).exitCode == 0);
    QList<PoolPeer> theirs = PoolStore::open(other.dataDirectory()).peers();
    QList<PoolPeer> ours = PoolStore::open(sandbox.dataDirectory()).peers();
    for (QList<PoolPeer>* peers : {&theirs, &ours}) {
        for (PoolPeer& peer : *peers)
            peer.id = QUuid();
    }
    CHECK(theirs == ours);
}

TEST_CASE("pool list filters by search, expertise, sector, party and use", "[cli][pool]")
{
    const CliSandbox sandbox;
    CHECK(sandbox.run({u"pool"_s, u"list"_s}).out == u"No peers.\n"_s);
    REQUIRE(importCsv(sandbox, threePeers).exitCode == 0);
    CHECK(listNames(sandbox) == QStringList{u"Jane Smith"_s, u"Ravi Patel"_s, u"Ann Lee"_s});
    CHECK(listNames(sandbox, {u"--search"_s, u"kingsford"_s}) == QStringList{u"Ravi Patel"_s});
    CHECK(listNames(sandbox, {u"--expertise"_s, u"AUDIT"_s}) == QStringList{u"Jane Smith"_s});
    CHECK(listNames(sandbox, {u"--sector"_s, u"health"_s}) == QStringList{u"Ann Lee"_s});
    CHECK(listNames(sandbox, {u"--party"_s, u"labour"_s}) == QStringList{u"Ravi Patel"_s});
    CHECK(listNames(sandbox, {u"--never-used"_s}).size() == 3);
    CHECK(listNames(sandbox, {u"--unused"_s}).size() == 3);

    const CliResult text = sandbox.run({u"pool"_s, u"list"_s, u"--search"_s, u"Ann"_s});
    CHECK(text.out.startsWith(u"Ann Lee"_s));
    CHECK(text.out.contains(u"never"_s));

    const CliResult badSector = sandbox.run({u"pool"_s, u"list"_s, u"--sector"_s, u"mayoral"_s});
    CHECK(badSector.exitCode == 2);
    CHECK(badSector.err.contains(u"\"mayoral\""_s));
    CHECK(sandbox.run({u"pool"_s, u"frobnicate"_s}).exitCode == 2);
}

TEST_CASE("pool commands refuse a damaged pool file and leave it as it was", "[cli][pool]")
{
    const CliSandbox sandbox;
    const QByteArray damaged = R"({"format":"peerchallenge-peer-pool","version":1,"peers":[{"id":)";
    writeAll(poolPath(sandbox), damaged);
    const CliResult list = sandbox.run({u"pool"_s, u"list"_s});
    CHECK(list.exitCode == 2);
    CHECK(list.err.contains(PoolStore::fileName()));
    const CliResult import = importCsv(sandbox, threePeers);
    CHECK(import.exitCode == 2);
    CHECK(readAll(poolPath(sandbox)) == damaged);
}
