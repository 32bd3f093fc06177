// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/hybridclock.h"

#include <QString>
#include <QUuid>

#include <memory>

namespace pc {

class Clock;
class UuidSource;

/// Who is writing: this installation's device id and label, its hybrid clock and its source of
/// new ids. The id lives in per-machine local data (never in the engagement file, so copying a
/// file never copies an identity); tests and seeded demos build one in memory.
class Installation
{
public:
    Installation(const QUuid& deviceId, const QString& label, const Clock& clock, UuidSource& uuids,
                 quint64 lastHlc = 0);

    /// Loads (or creates on first use) the identity kept in `directory`/device.json.
    [[nodiscard]] static std::unique_ptr<Installation> loadOrCreate(const QString& directory,
                                                                    const Clock& clock, UuidSource& uuids);
    /// The per-machine data folder (QStandardPaths::AppLocalDataLocation), or $PEERCHALLENGE_DATA_DIR.
    [[nodiscard]] static QString defaultDirectory();

    /// Writes the clock's last value back, so that it never goes backwards across runs.
    void save() const;

    [[nodiscard]] const QUuid& deviceId() const { return m_deviceId; }
    [[nodiscard]] const QString& label() const { return m_label; }
    void setLabel(const QString& label) { m_label = label; }
    [[nodiscard]] HybridClock& hlc() { return m_hlc; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] UuidSource& uuids() { return m_uuids; }
    [[nodiscard]] const QString& directory() const { return m_directory; }

private:
    QUuid m_deviceId;
    QString m_label;
    const Clock& m_clock;
    UuidSource& m_uuids;
    HybridClock m_hlc;
    QString m_directory;
};

} // namespace pc
