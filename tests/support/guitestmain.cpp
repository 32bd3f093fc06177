// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2's implementation for the GUI tests. Test discovery runs the binary at build time
// without CTest's environment, so the offscreen platform is set here too (Catch2 issue #1810).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("peerchallenge-tests"));
    // Per-user data (the peer pool, the device identity) goes to a folder of this run, never the
    // real user's, unless a test sets its own.
    const QTemporaryDir dataDir;
    if (qEnvironmentVariableIsEmpty("PEERCHALLENGE_DATA_DIR"))
        qputenv("PEERCHALLENGE_DATA_DIR", dataDir.path().toLocal8Bit());
    return Catch::Session().run(argc, argv);
}
