// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisandbox.h"

#include "storage/backups.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>

namespace pc::test {

namespace {

constexpr int timeoutMs = 30'000;

QString cliPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/peerchallenge-cli");
}

} // namespace

CliResult runCli(const QStringList& arguments, const QProcessEnvironment& environment,
                 const QString& workingDirectory)
{
    INFO("peerchallenge-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    process.start(cliPath(), arguments);
    REQUIRE(process.waitForStarted(timeoutMs));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        FAIL("peerchallenge-cli did not finish within 30 s");
    }
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliResult result;
    result.exitCode = process.exitCode();
    result.outBytes = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.outBytes);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliSandbox::CliSandbox()
    : environment(QProcessEnvironment::systemEnvironment())
{
    environment.insert(QStringLiteral("PEERCHALLENGE_DATA_DIR"), data.dir.path());
    environment.insert(QStringLiteral("HOME"), data.dir.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path(QStringLiteral("xdg-data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), data.path(QStringLiteral("xdg-config")));
}

QString CliSandbox::backupRoot() const
{
    return BackupStore::defaultRoot(dataDirectory());
}

CliResult CliSandbox::run(const QStringList& arguments) const
{
    return runCli(arguments, environment, files.dir.path());
}

QString CliSandbox::demo(const QString& name, const QString& seed) const
{
    const QString file = path(name);
    QStringList arguments{QStringLiteral("demo"), file};
    if (!seed.isEmpty())
        arguments << QStringLiteral("--seed") << seed;
    const CliResult result = run(arguments);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return file;
}

QByteArray CliSandbox::exportJson(const QString& file) const
{
    const CliResult result =
        run({QStringLiteral("export"), file, QStringLiteral("--what"), QStringLiteral("engagement"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.outBytes;
}

QJsonObject CliSandbox::infoJson(const QString& file) const
{
    const CliResult result = run({QStringLiteral("info"), file, QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.outBytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isObject());
    return document.object();
}

QString byteDifference(const QByteArray& actual, const QByteArray& expected)
{
    if (actual == expected)
        return {};
    qsizetype offset = 0;
    while (offset < actual.size() && offset < expected.size() && actual[offset] == expected[offset])
        ++offset;
    return QStringLiteral("%1 bytes against %2 expected, first different at offset %3")
        .arg(actual.size())
        .arg(expected.size())
        .arg(offset);
}

void setUserVersion(const QString& path, int version)
{
    auto db = Database::open(path, Database::Mode::ReadWrite);
    db->exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

} // namespace pc::test
