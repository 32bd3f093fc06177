// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportversions.h"

#include "commands/recordcommands.h"
#include "prompter.h"
#include "rules/deadlines.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/reportrepository.h"

#include <QObject>

namespace pc::ui {

bool sendReportVersion(QWidget* parent, EngagementSession& session, Prompter& prompter, ReportKind report,
                       bool final, const std::function<bool()>& gate)
{
    if (session.isReadOnly())
        return false;
    ReportVersion version = ReportRepository(session.file().records()).workingVersion(report);
    version.state = final ? ReportState::Final : ReportState::Draft;
    version.issued = session.today();
    const QString question =
        final
            ? QObject::tr("Record that the final report goes to the council today? Exports will say \"%1\".")
                  .arg(versionLine(version))
            : QObject::tr(
                  "Record that draft %1 goes to the council today for the factual-accuracy check? Later "
                  "changes go into draft %2.")
                  .arg(version.number)
                  .arg(version.number + 1);
    if (final && gate && !gate())
        return false;
    const QString title = final ? QObject::tr("Send Final Report") : QObject::tr("Send Draft");
    if (!prompter.confirm(parent, title, question))
        return false;
    return session.push(std::make_unique<AddRecord>(
        session, QStringLiteral("report_version"),
        [version](RecordStore& store, const QUuid& id) {
            ReportVersion v = version;
            v.id = id;
            ReportRepository(store).addVersion(v);
        },
        final ? QObject::tr("Send Final Report") : QObject::tr("Send Draft %1").arg(version.number)));
}

QString reportStateLine(EngagementSession& session, ReportKind report)
{
    const ReportRepository reports(session.file().records());
    const ReportVersion working = reports.workingVersion(report);
    const auto latest = reports.latestVersion(report);
    if (latest && latest->state == ReportState::Final)
        return QObject::tr("Final report sent on %1").arg(formatLongDate(latest->issued));
    QString state = QObject::tr("Writing: %1").arg(versionLine(working));
    if (latest)
        state +=
            QObject::tr(" · draft %1 sent on %2").arg(latest->number).arg(formatLongDate(latest->issued));
    return state;
}

} // namespace pc::ui
