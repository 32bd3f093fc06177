// SPDX-License-Identifier: GPL-3.0-or-later
#include "clockskew.h"

#include <QDateTime>
#include <QLocale>
#include <QObject>

namespace pc {

std::optional<qint64> clockAheadBy(quint64 newestHlc, qint64 nowMs)
{
    const qint64 newestMs = qint64(newestHlc >> 16);
    const qint64 ahead = newestMs - nowMs;
    if (ahead > clockSkewToleranceMs)
        return ahead;
    return std::nullopt;
}

QString skewDuration(qint64 aheadMs)
{
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    const qint64 days = aheadMs / day;
    const qint64 hours = (aheadMs % day) / hour;
    const qint64 minutes = (aheadMs % hour) / minute;
    const auto count = [](qint64 n, const char* one, const char* many) {
        return n == 1 ? QObject::tr(one) : QObject::tr(many).arg(n);
    };
    if (days >= 7)
        return count(days, "1 day", "%1 days"); // a week or more: the hours no longer matter
    if (days > 0 && hours > 0)
        return QObject::tr("%1 and %2")
            .arg(count(days, "1 day", "%1 days"), count(hours, "1 hour", "%1 hours"));
    if (days > 0)
        return count(days, "1 day", "%1 days");
    if (hours > 0 && minutes > 0)
        return QObject::tr("%1 and %2")
            .arg(count(hours, "1 hour", "%1 hours"), count(minutes, "1 minute", "%1 minutes"));
    return count(hours, "1 hour", "%1 hours");
}

QString skewWarning(quint64 newestHlc, qint64 aheadMs)
{
    const QDateTime newest = QDateTime::fromMSecsSinceEpoch(qint64(newestHlc >> 16)).toLocalTime();
    return QObject::tr("This copy's clock appears to be %1 fast: its newest change is dated %2. Merged, "
                       "its changes would win over any made here until then, even later ones.")
        .arg(skewDuration(aheadMs), QLocale().toString(newest, QStringLiteral("d MMM yyyy HH:mm")));
}

} // namespace pc
