// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace pc::ui {

/// The window's remembered state, over QSettings: one place for every key and its default.
class AppSettings
{
public:
    /// Uses the application's QSettings; tests pass a file of their own.
    AppSettings();
    explicit AppSettings(const QString& iniFile);

    static constexpr int maxRecentFiles = 10;

    [[nodiscard]] QStringList recentFiles() const;
    /// Puts a file first in the recent list (once), keeping the newest ten.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    [[nodiscard]] QString lastFolder() const;
    void setLastFolder(const QString& folder);

private:
    QSettings m_settings;
};

} // namespace pc::ui
