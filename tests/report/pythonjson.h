// SPDX-License-Identifier: GPL-3.0-or-later
// Reading exports back with real readers: a Python snippet run by Debian's interpreter (with
// python3-docx, python3-odf, python3-openpyxl, python3-markdown) that prints one JSON object.
#pragma once

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace pc::report::test {

/// Runs `/usr/bin/python3 -c script arguments…` with `input` on its standard input; the test
/// fails unless it exits normally with 0 and prints a JSON object, which is returned.
inline QJsonObject pythonJson(const QString& script, const QStringList& arguments = {},
                              const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("-c"), script} + arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput());
    REQUIRE(json.isObject());
    return json.object();
}

} // namespace pc::report::test
