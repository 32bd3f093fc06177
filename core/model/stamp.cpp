// SPDX-License-Identifier: GPL-3.0-or-later
#include "stamp.h"

#include <QStringList>

namespace pc {

std::strong_ordering operator<=>(const Stamp& a, const Stamp& b)
{
    if (a.hlc != b.hlc)
        return a.hlc <=> b.hlc;
    // QUuid's ordering compares the fields numerically, which is stable across platforms.
    if (a.device == b.device)
        return std::strong_ordering::equal;
    return a.device < b.device ? std::strong_ordering::less : std::strong_ordering::greater;
}

QString Stamp::toText() const
{
    return QStringLiteral("%1/%2")
        .arg(hlc, 16, 16, QLatin1Char('0'))
        .arg(device.toString(QUuid::WithoutBraces));
}

std::optional<Stamp> Stamp::fromText(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 2 || parts[0].size() != 16)
        return std::nullopt;
    bool ok = false;
    const quint64 hlc = parts[0].toULongLong(&ok, 16);
    const QUuid device = QUuid::fromString(parts[1]);
    if (!ok || (device.isNull() && hlc != 0))
        return std::nullopt;
    return Stamp{hlc, device};
}

bool isLive(bool deletedRegister, const QHash<QString, FieldStamp>& stamps)
{
    if (!deletedRegister)
        return true;
    const Stamp tombstone = stamps.value(QStringLiteral("deleted")).stamp;
    for (auto it = stamps.cbegin(); it != stamps.cend(); ++it) {
        if (it.key() != QStringLiteral("deleted") && it.value().stamp > tombstone)
            return true;
    }
    return false;
}

} // namespace pc
