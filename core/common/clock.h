// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace pc {

/// Wall-clock time, injected so that tests and seeded demos are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

/// A clock that only moves when told to; for tests and seeded demo data.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs)
        : m_ms(startMs)
    {
    }
    [[nodiscard]] qint64 nowMs() const override { return m_ms; }
    void advance(qint64 ms) { m_ms += ms; }
    void set(qint64 ms) { m_ms = ms; }

private:
    qint64 m_ms;
};

} // namespace pc
