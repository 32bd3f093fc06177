// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisandbox.h"

#include <QJsonObject>

using namespace pc::test;

TEST_CASE("demo makes each scale, and a scale it does not know is refused", "[cli][demo]")
{
    const CliSandbox sandbox;
    const QString small = sandbox.path(QStringLiteral("small.peerchallenge"));
    const QString stress = sandbox.path(QStringLiteral("stress.peerchallenge"));
    REQUIRE(sandbox.run({QStringLiteral("demo"), small, QStringLiteral("--scale"), QStringLiteral("small")})
                .exitCode
            == 0);
    REQUIRE(sandbox.run({QStringLiteral("demo"), stress, QStringLiteral("--scale"), QStringLiteral("stress")})
                .exitCode
            == 0);
    const qint64 smallTeam = sandbox.infoJson(small)
                                 .value(QStringLiteral("counts"))
                                 .toObject()
                                 .value(QStringLiteral("members"))
                                 .toInteger();
    const qint64 stressTeam = sandbox.infoJson(stress)
                                  .value(QStringLiteral("counts"))
                                  .toObject()
                                  .value(QStringLiteral("members"))
                                  .toInteger();
    CHECK(smallTeam >= 6);
    CHECK(smallTeam <= 9);
    CHECK(stressTeam >= 45);

    const QString huge = sandbox.path(QStringLiteral("huge.peerchallenge"));
    const CliResult refused =
        sandbox.run({QStringLiteral("demo"), huge, QStringLiteral("--scale"), QStringLiteral("huge")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("small, large, stress")));
    CHECK_FALSE(QFileInfo::exists(huge));
}
