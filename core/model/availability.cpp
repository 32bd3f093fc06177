// SPDX-License-Identifier: GPL-3.0-or-later
#include "availability.h"

#include "keytable.h"

#include <QObject>

namespace pc {

namespace {

// Keys are stored in files and JSON: never rename one.
constexpr KeyTable<DayAvailability, 4> availabilityKeys{{
    {DayAvailability::Available, "available"},
    {DayAvailability::Morning, "morning"},
    {DayAvailability::Afternoon, "afternoon"},
    {DayAvailability::Unavailable, "unavailable"},
}};

} // namespace

QString dayAvailabilityKey(DayAvailability availability)
{
    return keyOf(availabilityKeys, availability);
}

DayAvailability dayAvailabilityFromKey(const QString& key)
{
    return valueOf(availabilityKeys, key, DayAvailability::Available);
}

QString dayAvailabilityLabel(DayAvailability availability)
{
    switch (availability) {
    case DayAvailability::Available:
        return QObject::tr("Available");
    case DayAvailability::Morning:
        return QObject::tr("Morning only");
    case DayAvailability::Afternoon:
        return QObject::tr("Afternoon only");
    case DayAvailability::Unavailable:
        return QObject::tr("Not available");
    }
    return {};
}

int daysUnavailable(const QList<Availability>& availability, const QUuid& member, const QDate& first,
                    const QDate& last)
{
    int days = 0;
    for (const Availability& a : availability) {
        if (a.member == member && a.status == DayAvailability::Unavailable && a.day >= first && a.day <= last)
            ++days;
    }
    return days;
}

QUuid availabilityId(const QUuid& member, const QDate& day)
{
    // Namespace fixed forever: changing it would split the records of existing files.
    static const QUuid availabilityNamespace(QStringLiteral("{3b0d6f6a-9c3e-4f0e-8d55-71b2a4c9e2d4}"));
    return QUuid::createUuidV5(availabilityNamespace,
                               member.toRfc4122() + day.toString(Qt::ISODate).toLatin1());
}

} // namespace pc
