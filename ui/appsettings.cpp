// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QDir>
#include <QFileInfo>

namespace pc::ui {

namespace {
// Every key the window stores, in one place.
const QString recentKey = QStringLiteral("files/recent");
const QString folderKey = QStringLiteral("files/lastFolder");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
}

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(recentKey).toStringList().mid(0, maxRecentFiles);
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings.setValue(recentKey, files.mid(0, maxRecentFiles));
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(recentKey, files);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(stateKey, state);
}

QString AppSettings::lastFolder() const
{
    return m_settings.value(folderKey, QDir::homePath()).toString();
}

void AppSettings::setLastFolder(const QString& folder)
{
    m_settings.setValue(folderKey, folder);
}

} // namespace pc::ui
