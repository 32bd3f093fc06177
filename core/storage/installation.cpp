// SPDX-License-Identifier: GPL-3.0-or-later
#include "installation.h"

#include "common/error.h"
#include "common/uuidsource.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>

namespace pc {

namespace {
const QString identityFileName = QStringLiteral("device.json");
}

Installation::Installation(const QUuid& deviceId, const QString& label, const Clock& clock, UuidSource& uuids,
                           quint64 lastHlc)
    : m_deviceId(deviceId)
    , m_label(label)
    , m_clock(clock)
    , m_uuids(uuids)
    , m_hlc(clock, lastHlc)
{
}

QString Installation::defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("PEERCHALLENGE_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

std::unique_ptr<Installation> Installation::loadOrCreate(const QString& directory, const Clock& clock,
                                                         UuidSource& uuids)
{
    QFile file(QDir(directory).filePath(identityFileName));
    QUuid id;
    QString label;
    quint64 last = 0;
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        id = QUuid::fromString(json.value(QStringLiteral("deviceId")).toString());
        label = json.value(QStringLiteral("label")).toString();
        last = json.value(QStringLiteral("hlc")).toString().toULongLong(nullptr, 16);
    }
    const bool fresh = id.isNull();
    if (fresh) {
        // A damaged or missing identity gets a new one: the old id is never reused by chance.
        id = QUuid::createUuid();
        label = QSysInfo::machineHostName();
    }
    auto installation = std::make_unique<Installation>(id, label, clock, uuids, last);
    installation->m_directory = directory;
    if (fresh) {
        try {
            installation->save();
        } catch (const Error&) {
            // A folder we cannot write (a locked-down profile) must not stop the program: this
            // run writes under a fresh device id, which merging handles like any other laptop.
        }
    }
    return installation;
}

void Installation::save() const
{
    if (m_directory.isEmpty())
        return;
    if (!QDir().mkpath(m_directory))
        throw Error(
            ErrorKind::Io,
            QObject::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_directory)));
    QJsonObject json{{QStringLiteral("deviceId"), idText(m_deviceId)},
                     {QStringLiteral("label"), m_label},
                     {QStringLiteral("hlc"), QString::number(m_hlc.last(), 16)}};
    QSaveFile file(QDir(m_directory).filePath(identityFileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit())
        throw Error(ErrorKind::Io, QObject::tr("Could not save this computer's identity in %1: %2")
                                       .arg(QDir::toNativeSeparators(m_directory), file.errorString()));
}

} // namespace pc
