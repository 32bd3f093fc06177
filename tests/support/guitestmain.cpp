// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2's implementation for the GUI tests. Test discovery runs the binary at build time
// without CTest's environment, so the offscreen platform is set here too (Catch2 issue #1810).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("peerchallenge-tests"));
    return Catch::Session().run(argc, argv);
}
