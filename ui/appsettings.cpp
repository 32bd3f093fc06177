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
const QString keepThemesKey = QStringLiteral("capture/keepThemes");
// Per engagement: capture/<engagement id>/author and .../draft/<field>.
const QString authorKey = QStringLiteral("capture/%1/author");
const QString draftGroup = QStringLiteral("capture/%1/draft");

QString engagementKey(const QString& pattern, const QUuid& engagement)
{
    return pattern.arg(engagement.toString(QUuid::WithoutBraces));
}

QStringList idStrings(const QList<QUuid>& ids)
{
    QStringList result;
    for (const QUuid& id : ids)
        result.append(id.toString(QUuid::WithoutBraces));
    return result;
}
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

QUuid AppSettings::captureAuthor(const QUuid& engagement) const
{
    return QUuid::fromString(m_settings.value(engagementKey(authorKey, engagement)).toString());
}

void AppSettings::setCaptureAuthor(const QUuid& engagement, const QUuid& member)
{
    m_settings.setValue(engagementKey(authorKey, engagement), member.toString(QUuid::WithoutBraces));
}

CaptureDraft AppSettings::captureDraft(const QUuid& engagement) const
{
    const QString group = engagementKey(draftGroup, engagement) + QLatin1Char('/');
    const auto value = [&](const char* field) { return m_settings.value(group + QLatin1String(field)); };
    CaptureDraft draft;
    draft.text = value("text").toString();
    for (const QString& id : value("themes").toStringList()) {
        if (const QUuid theme = QUuid::fromString(id); !theme.isNull())
            draft.themes.append(theme);
    }
    draft.kind = noteKindFromKey(value("kind").toString());
    draft.sentiment = sentimentFromKey(value("sentiment").toString());
    draft.session = QUuid::fromString(value("session").toString());
    draft.document = QUuid::fromString(value("document").toString());
    draft.pinned = value("pinned").toBool();
    return draft;
}

void AppSettings::setCaptureDraft(const QUuid& engagement, const CaptureDraft& draft)
{
    const QString group = engagementKey(draftGroup, engagement) + QLatin1Char('/');
    const auto set = [&](const char* field, const QVariant& v) {
        m_settings.setValue(group + QLatin1String(field), v);
    };
    set("text", draft.text);
    set("themes", idStrings(draft.themes));
    set("kind", noteKindKey(draft.kind));
    set("sentiment", sentimentKey(draft.sentiment));
    set("session", draft.session.isNull() ? QString() : draft.session.toString(QUuid::WithoutBraces));
    set("document", draft.document.isNull() ? QString() : draft.document.toString(QUuid::WithoutBraces));
    set("pinned", draft.pinned);
    // QSettings writes lazily; a note typed before a crash must already be on disk.
    m_settings.sync();
}

bool AppSettings::captureKeepsThemes() const
{
    return m_settings.value(keepThemesKey, false).toBool();
}

void AppSettings::setCaptureKeepsThemes(bool keep)
{
    m_settings.setValue(keepThemesKey, keep);
}

} // namespace pc::ui
