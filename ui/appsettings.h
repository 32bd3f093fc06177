// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/note.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QStringList>
#include <QUuid>

namespace pc::ui {

/// What the capture box held when last seen: a half-written note outlives the window.
struct CaptureDraft
{
    QString text;
    QList<QUuid> themes;
    NoteKind kind = NoteKind::Observation;
    Sentiment sentiment = Sentiment::Neutral;
    QUuid session;
    QUuid document;
    bool pinned = false; // the source was chosen by hand, not by the clock

    friend bool operator==(const CaptureDraft&, const CaptureDraft&) = default;
};

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

    /// Who writes the notes on this laptop, per engagement (a null id until chosen).
    [[nodiscard]] QUuid captureAuthor(const QUuid& engagement) const;
    void setCaptureAuthor(const QUuid& engagement, const QUuid& member);
    /// The capture box of an engagement; written to disk at once, so it survives a crash.
    [[nodiscard]] CaptureDraft captureDraft(const QUuid& engagement) const;
    void setCaptureDraft(const QUuid& engagement, const CaptureDraft& draft);
    /// Whether a saved note's themes stay ticked for the next one (off: each note tagged afresh).
    [[nodiscard]] bool captureKeepsThemes() const;
    void setCaptureKeepsThemes(bool keep);

private:
    QSettings m_settings;
};

} // namespace pc::ui
