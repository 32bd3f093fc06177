// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/uuidsource.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace pc::test {

/// A deterministic writer: a manual clock, seeded ids and a fixed device id, no data folder.
struct TestDevice
{
    explicit TestDevice(quint64 seed = 1, qint64 startMs = 1'790'000'000'000);

    ManualClock clock;
    SeededUuidSource uuids;
    Installation installation;
};

/// A temporary folder for files the test makes; removed afterwards.
struct TempFolder
{
    TempFolder();
    [[nodiscard]] QString path(const QString& name) const;
    QTemporaryDir dir;
};

/// Makes a small engagement file with a title and a host.
std::unique_ptr<EngagementFile> makeEngagement(const QString& path, TestDevice& device,
                                               const QString& title = QStringLiteral("Test engagement"));

/// The canonical form of a file's content (the JSON export with stamps, without local fields):
/// two copies hold the same content exactly when these bytes agree (MERGE.md).
QByteArray canonicalForm(EngagementFile& file);

/// Reads a whole file.
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

/// The folder of committed fixtures (tests/data).
QString dataPath(const QString& name);

} // namespace pc::test

// Lets Catch2 print Qt strings in failure messages.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
