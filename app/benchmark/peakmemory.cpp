// SPDX-License-Identifier: GPL-3.0-or-later
#include "peakmemory.h"

#include <QFile>

namespace pc::bench {

std::optional<qint64> peakMemoryKiB()
{
#ifdef Q_OS_LINUX
    // /proc files report a size of 0 (so atEnd() is true at once): read to the end instead.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qint64 kib = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? std::optional<qint64>(kib) : std::nullopt;
        }
    }
#endif
    return std::nullopt;
}

} // namespace pc::bench
