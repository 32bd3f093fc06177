// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

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

TEST_CASE("check --json --all lists every team and scope check with what it found", "[cli][check]")
{
    const CliSandbox sandbox;
    const QString file = sandbox.demo(QStringLiteral("demo.peerchallenge"));
    const CliResult json =
        sandbox.run({QStringLiteral("check"), file, QStringLiteral("--json"), QStringLiteral("--all")});
    CHECK(json.exitCode == 0);
    const QJsonArray checks = QJsonDocument::fromJson(json.outBytes).array();
    QStringList ids;
    bool declarationsFailed = false;
    for (const auto& value : checks) {
        const QJsonObject check = value.toObject();
        ids.append(check.value(QStringLiteral("check")).toString());
        CHECK_FALSE(check.value(QStringLiteral("title")).toString().isEmpty());
        CHECK(check.value(QStringLiteral("passed")).toBool()
              == check.value(QStringLiteral("problems")).toArray().isEmpty());
        if (check.value(QStringLiteral("check")).toString() == QStringLiteral("team.declarations"))
            declarationsFailed = !check.value(QStringLiteral("passed")).toBool();
    }
    for (const QString& id : {QStringLiteral("team.from-host"), QStringLiteral("team.theme-leads"),
                              QStringLiteral("scope.key-contacts"), QStringLiteral("documents.not-sent")})
        CHECK(ids.contains(id));
    CHECK(declarationsFailed); // the demo's one member who has not declared yet

    const CliResult text = sandbox.run({QStringLiteral("check"), file, QStringLiteral("--all")});
    CHECK(text.out.contains(QStringLiteral("passed   Team      No one from the host council")));
    CHECK(text.out.contains(QStringLiteral("warning  Team      Everyone has declared their interests")));
}
