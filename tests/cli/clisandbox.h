// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/testsupport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pc::test {

/// What one run of peerchallenge-cli gave back.
struct CliResult
{
    int exitCode = -1;
    QByteArray outBytes;
    QString out;
    QString err;
};

/// Runs the real peerchallenge-cli beside the test binary in `workingDirectory`, waiting at most
/// 30 s; a run that does not finish, or crashes, fails the test.
CliResult runCli(const QStringList& arguments, const QProcessEnvironment& environment,
                 const QString& workingDirectory);

/// One test's world: a folder for its files and its own per-machine data folder
/// (PEERCHALLENGE_DATA_DIR, also HOME), so no run touches the real home or another test.
struct CliSandbox
{
    CliSandbox();

    /// The absolute path of `name` in the files folder.
    [[nodiscard]] QString path(const QString& name) const { return files.path(name); }
    [[nodiscard]] QString dataDirectory() const { return data.dir.path(); }
    [[nodiscard]] QString backupRoot() const;

    CliResult run(const QStringList& arguments) const;
    /// Runs `demo FILE [--seed N]` and requires it to succeed; returns the file's path.
    QString demo(const QString& name, const QString& seed = QString()) const;
    /// `export FILE --what engagement --format json -o -`, required to succeed.
    [[nodiscard]] QByteArray exportJson(const QString& file) const;
    /// `info FILE --json`, required to succeed and to parse.
    [[nodiscard]] QJsonObject infoJson(const QString& file) const;

    TempFolder files;
    TempFolder data;
    QProcessEnvironment environment;
};

/// Where two byte arrays first differ, or an empty string when they are equal: compare with
/// `CHECK(byteDifference(a, b).isEmpty())` so that a failure prints one line, not two whole files.
[[nodiscard]] QString byteDifference(const QByteArray& actual, const QByteArray& expected);

/// Sets the file's SQLite user_version, as a newer PeerChallenge would have left it.
void setUserVersion(const QString& path, int version);

} // namespace pc::test
