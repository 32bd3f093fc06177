// SPDX-License-Identifier: GPL-3.0-or-later
// The one translation unit with Catch2's implementation for the non-GUI tests (slow to compile).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("peerchallenge-tests"));
    return Catch::Session().run(argc, argv);
}
