// SPDX-License-Identifier: GPL-3.0-or-later
// The Schedule page's CSV import and its exports (calendar, CSV, PDF timetable and agendas).
#include "schedulepage.h"

#include "commands/sessioncommands.h"
#include "common/clock.h"
#include "common/error.h"
#include "common/savefile.h"
#include "dialogs/csvimportdialog.h"
#include "exchange/icalendar.h"
#include "exchange/schedulecsv.h"
#include "prompter.h"
#include "report/schedulepdf.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/installation.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"

#include <QDir>
#include <QMenu>

namespace pc::ui {

namespace {

const QString calendarFilter = QStringLiteral("iCalendar (*.ics)");
const QString csvFilter = QStringLiteral("CSV (*.csv)");
const QString pdfFilter = QStringLiteral("PDF (*.pdf)");

QString sessionsText(qsizetype count)
{
    return count == 1 ? SchedulePage::tr("1 session") : SchedulePage::tr("%1 sessions").arg(count);
}

/// A file name part: letters, digits and dashes.
QString slug(const QString& text)
{
    QString result;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            result.append(c);
        else if (!result.isEmpty() && !result.endsWith(QLatin1Char('-')))
            result.append(QLatin1Char('-'));
    }
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result.isEmpty() ? QStringLiteral("timetable") : result;
}

} // namespace

void SchedulePage::importCsv()
{
    if (!isEditable())
        return;
    const QString title = tr("Import Timetable");
    const QString path = m_prompter.fileToOpen(this, title, QString(), csvFilter);
    if (path.isEmpty())
        return;
    csv::CsvTable table;
    try {
        table = csv::readFile(path, tr("a timetable"));
    } catch (const Error& error) {
        m_prompter.showError(this, title, error.message());
        return;
    }
    RecordStore& records = m_session->file().records();
    const QList<Member> members = TeamRepository(records).members();
    const QList<Theme> themes = ScopeRepository(records).themes();
    CsvImportDialog dialog(
        title, table, exchange::sessionColumns(),
        [&](const csv::ColumnMapping& mapping) {
            return exchange::sessionsFromCsv(table, mapping, members, themes).problems;
        },
        this);
    if (dialog.exec() != QDialog::Accepted || !isEditable())
        return;
    const csv::ImportResult<Session> result =
        exchange::sessionsFromCsv(table, dialog.mapping(), members, themes);
    if (!result.ok() || result.records.isEmpty())
        return; // the dialog offers Import only when every row converts
    const QString what = sessionsText(result.records.size());
    if (m_session->push(std::make_unique<AddSessions>(*m_session, result.records, tr("Import %1").arg(what))))
        emit statusMessage(tr("Imported %1 into the timetable. Undo takes them out again.").arg(what));
}

void SchedulePage::fillExportMenu()
{
    m_exportMenu->clear();
    const auto add = [this](QMenu* menu, const QString& text, const QString& name, auto slot) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(name);
    };
    add(m_exportMenu, tr("Team &Calendar (iCalendar)..."), QStringLiteral("exportTeamCalendarAction"),
        [this] { exportCalendar(std::nullopt); });
    QMenu* calendars = m_exportMenu->addMenu(tr("Calendar &for"));
    calendars->setObjectName(QStringLiteral("exportCalendarForMenu"));
    m_exportMenu->addSeparator();
    add(m_exportMenu, tr("&Timetable (PDF)..."), QStringLiteral("exportTimetablePdfAction"),
        [this] { exportPdf(std::nullopt); });
    QMenu* agendas = m_exportMenu->addMenu(tr("&Agenda for"));
    agendas->setObjectName(QStringLiteral("exportAgendaForMenu"));
    m_exportMenu->addSeparator();
    add(m_exportMenu, tr("&Spreadsheet (CSV)..."), QStringLiteral("exportTimetableCsvAction"),
        [this] { exportCsv(); });
    for (int i = 0; i < m_memberOrder.size(); ++i) {
        const QUuid member = m_memberOrder.at(i);
        const QString text =
            memberName(member).replace(QLatin1Char('&'), QStringLiteral("&&")) + QStringLiteral("...");
        add(calendars, text, QStringLiteral("exportCalendarAction%1").arg(i),
            [this, member] { exportCalendar(member); });
        add(agendas, text, QStringLiteral("exportAgendaAction%1").arg(i),
            [this, member] { exportPdf(member); });
    }
    calendars->setEnabled(!m_memberOrder.isEmpty());
    agendas->setEnabled(!m_memberOrder.isEmpty());
}

QString SchedulePage::exportName(const std::optional<QUuid>& member, const QString& suffix) const
{
    const Engagement engagement = EngagementRepository(m_session->file().records()).engagement();
    const QString who = member ? slug(memberName(*member)) : QStringLiteral("team");
    return QStringLiteral("%1-timetable-%2.%3").arg(slug(engagement.host.name), who, suffix);
}

bool SchedulePage::exportTo(const QString& title, const QString& suggestion, const QString& filter,
                            const std::function<void(const QString&)>& write)
{
    if (!m_session)
        return false;
    const QString path = m_prompter.fileToSave(this, title, suggestion, filter);
    if (path.isEmpty())
        return false;
    try {
        write(path);
    } catch (const Error& error) {
        m_prompter.showError(this, title, error.message());
        return false;
    }
    emit statusMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SchedulePage::exportCalendar(const std::optional<QUuid>& member)
{
    const Engagement engagement = EngagementRepository(m_session->file().records()).engagement();
    exchange::CalendarOptions options;
    options.calendarName = member
                               ? tr("%1: %2's peer challenge").arg(engagement.host.name, memberName(*member))
                               : tr("%1 peer challenge").arg(engagement.host.name);
    options.memberNames = m_memberNames;
    for (const Theme& theme : ScopeRepository(m_session->file().records()).themes())
        options.themeTitles.insert(theme.id, theme.title);
    options.member = member;
    options.stamp = m_session->file().installation().clock().now();
    exportTo(
        tr("Export Calendar"), exportName(member, QStringLiteral("ics")), calendarFilter,
        [&](const QString& path) { saveFile(path, exchange::scheduleToICalendar(m_sessions, options)); });
}

void SchedulePage::exportCsv()
{
    QHash<QUuid, QString> themes;
    for (const Theme& theme : ScopeRepository(m_session->file().records()).themes())
        themes.insert(theme.id, theme.title);
    exportTo(tr("Export Timetable"), exportName(std::nullopt, QStringLiteral("csv")), csvFilter,
             [&](const QString& path) {
                 saveFile(path, exchange::scheduleToCsv(m_sessions, m_memberNames, themes));
             });
}

void SchedulePage::exportPdf(const std::optional<QUuid>& member)
{
    const Engagement engagement = EngagementRepository(m_session->file().records()).engagement();
    SchedulePdfInput input{engagement.title, engagement.host.name, m_sessions, m_memberNames, {}, member};
    for (const Theme& theme : ScopeRepository(m_session->file().records()).themes())
        input.themeTitles.insert(theme.id, theme.title);
    exportTo(member ? tr("Export Agenda") : tr("Export Timetable"), exportName(member, QStringLiteral("pdf")),
             pdfFilter, [&](const QString& path) { writeSchedulePdf(path, input); });
}

} // namespace pc::ui
