// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulecheckparts.h"

#include "checkfamilies.h"

#include <QObject>

#include <utility>

namespace pc::schedulechecks {

Problem scheduleProblem(const QString& id, Severity severity, const QString& message, const QUuid& record,
                        QList<QUuid> related)
{
    return {id, severity, Stage::Schedule, message, record, std::move(related)};
}

QString quoted(const QString& text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

QString sessionName(const Session& session)
{
    const QString title = session.title.trimmed();
    return quoted(title.isEmpty() ? sessionKindLabel(session.kind) : title);
}

QString timeRange(const Session& session)
{
    return QStringLiteral("%1\u2013%2").arg(clockTime(session.start), clockTime(session.end));
}

QString sessionInWords(const Session& session)
{
    return QObject::tr("%1 (%2, %3)").arg(sessionName(session), dayInWords(session.day), timeRange(session));
}

} // namespace pc::schedulechecks
