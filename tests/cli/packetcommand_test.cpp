// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge-cli packet export | import.
#include "clisandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

TEST_CASE("packet export writes this laptop's changes once, and packet import merges a packet", "[cli]")
{
    const CliSandbox sandbox;
    const QString lead = sandbox.path(u"lead.peerchallenge"_s);
    REQUIRE(sandbox.run({u"new"_s, lead, u"--host"_s, u"Northmoor District Council"_s}).exitCode == 0);
    const QString peer = sandbox.path(u"peer.peerchallenge"_s);
    REQUIRE(QFile::copy(lead, peer));
    const QString packet = sandbox.path(u"lead.pcpacket"_s);

    const CliResult exported = sandbox.run({u"packet"_s, u"export"_s, lead, u"-o"_s, packet});
    INFO(exported.out.toStdString() << exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(u"Wrote"_s));
    CHECK(QFile::exists(packet));

    const CliResult again =
        sandbox.run({u"packet"_s, u"export"_s, lead, u"-o"_s, sandbox.path(u"again.pcpacket"_s)});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(u"Nothing new"_s));
    CHECK_FALSE(QFile::exists(sandbox.path(u"again.pcpacket"_s)));

    const CliResult imported = sandbox.run({u"packet"_s, u"import"_s, peer, packet, u"--json"_s});
    INFO(imported.out.toStdString() << imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(QJsonDocument::fromJson(imported.out.toUtf8()).array().size() == 1);

    // A damaged packet, and a packet of another engagement: refused, the file untouched.
    const QByteArray before = sandbox.exportJson(peer);
    const QString damaged = sandbox.path(u"damaged.pcpacket"_s);
    {
        QFile in(packet);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QFile out(damaged);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().left(300));
    }
    const CliResult broken = sandbox.run({u"packet"_s, u"import"_s, peer, damaged});
    CHECK(broken.exitCode == 2);
    CHECK(broken.err.contains(u"damaged"_s));
    const QString other = sandbox.path(u"other.peerchallenge"_s);
    REQUIRE(sandbox.run({u"new"_s, other}).exitCode == 0);
    const QString foreign = sandbox.path(u"other.pcpacket"_s);
    REQUIRE(sandbox.run({u"packet"_s, u"export"_s, other, u"-o"_s, foreign}).exitCode == 0);
    const CliResult refused = sandbox.run({u"packet"_s, u"import"_s, peer, foreign});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"different engagement"_s));
    CHECK(sandbox.exportJson(peer) == before);

    CHECK(sandbox.run({u"packet"_s, u"send"_s, lead}).exitCode == 2);
    CHECK(sandbox.run({u"packet"_s, u"export"_s, lead}).exitCode == 2); // no -o
}
