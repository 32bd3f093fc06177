// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturesources.h"

#include <QCoreApplication>
#include <QLocale>

namespace pc::ui {

QUuid runningSession(const QList<Session>& sessions, const QUuid& author, const QDateTime& now)
{
    const QDateTime local = now.toTimeZone(timetableZone());
    const qint64 minute =
        local.date().toJulianDay() * minutesPerDay + local.time().hour() * 60 + local.time().minute();
    QUuid anyone;
    for (const Session& s : sessions) {
        if (s.isCancelled() || minute < s.absoluteStart() || minute >= s.absoluteEnd())
            continue;
        if (!author.isNull() && s.attendedBy(author))
            return s.id;
        if (anyone.isNull())
            anyone = s.id;
    }
    return anyone;
}

QString sessionChoiceText(const Session& session)
{
    const QString day = QLocale().toString(session.day, QStringLiteral("ddd d MMM"));
    const QString title = session.title.isEmpty()
                              ? QCoreApplication::translate("pc::ui::CaptureContext", "Untitled session")
                              : session.title;
    return QCoreApplication::translate("pc::ui::CaptureContext", "%1 \u00b7 %2\u2013%3 \u00b7 %4")
        .arg(day, clockTime(session.start), clockTime(session.end), title);
}

int themeNumber(const QList<Theme>& themes, const QUuid& theme)
{
    for (qsizetype i = 0; i < themes.size(); ++i) {
        if (themes.at(i).id == theme)
            return int(i) + 1;
    }
    return 0;
}

} // namespace pc::ui
