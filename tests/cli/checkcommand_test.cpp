// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisandbox.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace pc::test;

TEST_CASE("check on the demo finds nothing blocking and exits 0", "[cli][check]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(QStringLiteral("demo.peerchallenge"));
    const CliResult result = sandbox.run({QStringLiteral("check"), file});
    CHECK(result.exitCode == 0);
    CHECK(result.err.isEmpty());
}

TEST_CASE("check on a blank engagement lists what is missing and exits 1 for a blocking problem",
          "[cli][check]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.path(QStringLiteral("blank.peerchallenge"));
    REQUIRE(sandbox.run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("blank")})
                .exitCode
            == 0);
    const CliResult text = sandbox.run({QStringLiteral("check"), file});
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains(QStringLiteral("Add the themes of the scope.")));

    const CliResult json = sandbox.run({QStringLiteral("check"), file, QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    const QJsonArray problems = QJsonDocument::fromJson(json.outBytes).array();
    REQUIRE_FALSE(problems.isEmpty());
    bool blocking = false;
    for (const auto& problem : problems)
        blocking =
            blocking
            || problem.toObject().value(QStringLiteral("severity")).toString() == QStringLiteral("blocking");
    CHECK(blocking);
}

TEST_CASE("check on a file that is not an engagement exits 2", "[cli][check]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.path(QStringLiteral("notes.peerchallenge"));
    writeAll(file, "notes\n");
    const CliResult result = sandbox.run({QStringLiteral("check"), file});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("not a PeerChallenge engagement file")));
}
