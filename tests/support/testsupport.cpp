// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "exchange/jsonform.h"

#include <QDir>
#include <QFile>

namespace pc::test {

TestDevice::TestDevice(quint64 seed, qint64 startMs)
    : clock(startMs)
    , uuids(seed)
    , installation(SeededUuidSource(seed ^ 0x5eed).next(), QStringLiteral("Test laptop %1").arg(seed), clock,
                   uuids)
{
}

TempFolder::TempFolder()
{
    REQUIRE(dir.isValid());
}

QString TempFolder::path(const QString& name) const
{
    return dir.filePath(name);
}

std::unique_ptr<EngagementFile> makeEngagement(const QString& path, TestDevice& device, const QString& title)
{
    NewEngagement engagement;
    engagement.title = title;
    engagement.programme = QStringLiteral("lga-cpc-2024");
    engagement.programmeVersion = 1;
    engagement.hostName = QStringLiteral("Northmoor District Council");
    return EngagementFile::create(path, device.installation, engagement);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString dataPath(const QString& name)
{
    const QString root = qEnvironmentVariable("PC_TEST_DATA", QStringLiteral(PC_TEST_DATA_DIR));
    return QDir(root).filePath(name);
}

QByteArray canonicalForm(EngagementFile& file)
{
    exchange::JsonOptions options;
    options.stamps = true;
    options.localFields = false;
    return exchange::toBytes(exchange::exportEngagement(file, options));
}

} // namespace pc::test
