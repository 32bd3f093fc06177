// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncommands.h"

#include "storage/schedulerepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace pc::ui {

QUuid SessionTraits::add(RecordStore& records, const Session& session)
{
    return ScheduleRepository(records).addSession(session);
}

void SessionTraits::update(RecordStore& records, const Session& session)
{
    ScheduleRepository(records).updateSession(session);
}

QList<RecordRef> SessionTraits::remove(RecordStore& records, const QUuid& id)
{
    return ScheduleRepository(records).removeSession(id);
}

QString moveText(const Session& before, const Session& after)
{
    const QLocale locale;
    if (before.day == after.day && before.start == after.start)
        return QCoreApplication::translate("pc::ui::SessionCommands", "Changed the length of %1")
            .arg(after.title);
    return QCoreApplication::translate("pc::ui::SessionCommands", "Moved %1 to %2 %3")
        .arg(after.title, locale.toString(after.day, QStringLiteral("dddd")), clockTime(after.start));
}

} // namespace pc::ui
