// SPDX-License-Identifier: GPL-3.0-or-later
// export, import and merge.
#include "clicontext.h"

#include "common/clock.h"
#include "common/error.h"
#include "exchange/icalendar.h"
#include "exchange/jsonform.h"
#include "exchange/schedulecsv.h"
#include "report/reportexport.h"
#include "report/schedulepdf.h"
#include "rules/checkfamilies.h"
#include "storage/checkinput.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/installation.h"
#include "storage/reportrepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "sync/clockskew.h"
#include "sync/filemerge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pc::cli {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

void writeOutput(CliContext& context, const QString& path, const QByteArray& bytes)
{
    if (path == QStringLiteral("-")) {
        context.out << QString::fromUtf8(bytes);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorKind::Io,
                    QObject::tr("Could not write %1: %2.").arg(native(path), file.errorString()));
}

QJsonObject reportJson(const MergeReport& report)
{
    QJsonObject tables;
    for (auto it = report.tables.cbegin(); it != report.tables.cend(); ++it) {
        if (it->total() == 0)
            continue;
        tables.insert(it.key(), QJsonObject{{QStringLiteral("added"), it->added},
                                            {QStringLiteral("updated"), it->updated},
                                            {QStringLiteral("deleted"), it->deleted},
                                            {QStringLiteral("revived"), it->revived}});
    }
    QJsonArray conflicts;
    for (const MergeConflict& c : report.conflicts) {
        conflicts.append(QJsonObject{{QStringLiteral("table"), c.table},
                                     {QStringLiteral("record"), c.record.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("field"), c.field},
                                     {QStringLiteral("kept"), QJsonValue::fromVariant(c.winningValue)},
                                     {QStringLiteral("keptStamp"), c.winningStamp.toText()},
                                     {QStringLiteral("replaced"), QJsonValue::fromVariant(c.losingValue)},
                                     {QStringLiteral("replacedStamp"), c.losingStamp.toText()}});
    }
    QJsonObject json{{QStringLiteral("changes"), report.changes()},
                     {QStringLiteral("tables"), tables},
                     {QStringLiteral("conflicts"), conflicts}};
    if (report.sourceClockAheadMs > 0)
        json.insert(QStringLiteral("clockAheadMs"), report.sourceClockAheadMs);
    return json;
}

void printReport(CliContext& context, const QString& source, const MergeReport& report)
{
    if (report.sourceClockAheadMs > 0)
        context.err << QObject::tr("%1: warning: %2\n")
                           .arg(native(source),
                                skewWarning(report.sourceNewestHlc, report.sourceClockAheadMs));
    if (report.changes() == 0) {
        context.out << QObject::tr("%1: nothing new.\n").arg(native(source));
    } else {
        context.out << QObject::tr("%1:\n").arg(native(source));
        for (auto it = report.tables.cbegin(); it != report.tables.cend(); ++it) {
            if (it->total() > 0)
                context.out << QObject::tr("  %1: %2 added, %3 updated, %4 deleted, %5 revived\n")
                                   .arg(it.key())
                                   .arg(it->added)
                                   .arg(it->updated)
                                   .arg(it->deleted)
                                   .arg(it->revived);
        }
    }
    for (const MergeConflict& c : report.conflicts)
        context.out << QObject::tr("  conflict in %1 %2, %3: kept \"%4\", replaced \"%5\"\n")
                           .arg(c.table, c.record.toString(QUuid::WithoutBraces), c.field,
                                c.winningValue.toString(), c.losingValue.toString());
}

/// What a schedule export reads from the file, names resolved.
struct ScheduleData
{
    QString title;
    QString hostName;
    QList<Session> sessions;
    QHash<QUuid, QString> memberNames;
    QHash<QUuid, QString> themeTitles;
    std::optional<QUuid> member;
    QString memberName;
};

/// The member called `name`, ignoring case and repeated spaces; a sentence naming it otherwise.
QUuid findMember(const QList<Member>& members, const QString& name, const QString& path)
{
    const QString wanted = name.simplified().toCaseFolded();
    QList<QUuid> found;
    for (const Member& member : members) {
        if (member.name.simplified().toCaseFolded() == wanted)
            found.append(member.id);
    }
    if (found.isEmpty())
        throw Error(ErrorKind::InvalidInput,
                    QObject::tr("There is no team member called \"%1\" in %2.").arg(name, native(path)));
    if (found.size() > 1)
        throw Error(ErrorKind::InvalidInput,
                    QObject::tr("%1 team members are called \"%2\" in %3; rename one to export an agenda.")
                        .arg(found.size())
                        .arg(name, native(path)));
    return found.constFirst();
}

ScheduleData readSchedule(EngagementFile& file, const QString& memberName)
{
    RecordStore& records = file.records();
    const Engagement engagement = EngagementRepository(records).engagement();
    ScheduleData data{
        engagement.title, engagement.host.name, ScheduleRepository(records).sessions(), {}, {}, {}, {}};
    const QList<Member> members = TeamRepository(records).members();
    for (const Member& member : members)
        data.memberNames.insert(member.id, member.name);
    for (const Theme& theme : ScopeRepository(records).themes())
        data.themeTitles.insert(theme.id, theme.title);
    if (!memberName.isEmpty()) {
        data.member = findMember(members, memberName, file.path());
        data.memberName = data.memberNames.value(*data.member);
    }
    return data;
}

void exportSchedule(CliContext& context, EngagementFile& file, const QString& format,
                    const QString& memberName, const QString& output)
{
    const ScheduleData data = readSchedule(file, memberName);
    if (format == QStringLiteral("ics")) {
        exchange::CalendarOptions options;
        options.calendarName = data.member
                                   ? QObject::tr("Agenda for %1 – %2").arg(data.memberName, data.title)
                                   : QObject::tr("%1 – onsite timetable").arg(data.title);
        options.memberNames = data.memberNames;
        options.themeTitles = data.themeTitles;
        options.member = data.member;
        options.stamp = file.installation().clock().now();
        writeOutput(context, output, exchange::scheduleToICalendar(data.sessions, options));
    } else if (format == QStringLiteral("csv")) {
        writeOutput(context, output,
                    exchange::scheduleToCsv(data.sessions, data.memberNames, data.themeTitles, data.member));
    } else {
        writeSchedulePdf(output, SchedulePdfInput{data.title, data.hostName, data.sessions, data.memberNames,
                                                  data.themeTitles, data.member});
    }
}

/// Refuses combinations of --what, --format and --member that do not go together.
void checkExportOptions(const QString& what, const QString& format, bool formatSet, bool memberSet,
                        const QString& output)
{
    if (what == QStringLiteral("engagement")) {
        if (format != QStringLiteral("json"))
            throw UsageError{
                QObject::tr("An engagement exports as \"--format json\", not \"%1\".").arg(format)};
        if (memberSet)
            throw UsageError{QObject::tr("--member goes with \"--what schedule\" only.")};
        return;
    }
    if (const auto product = report::productFromKey(what)) {
        if (memberSet)
            throw UsageError{QObject::tr("--member goes with \"--what schedule\" only.")};
        QStringList keys;
        for (const report::Format f : report::formatsOf(*product))
            keys.append(report::formatKey(f));
        if (!formatSet)
            throw UsageError{QObject::tr("Say which format the %1 is wanted in: --format %2.")
                                 .arg(what, keys.join(QStringLiteral(", ")))};
        const auto wanted = report::formatFromKey(format);
        if (!wanted || !report::formatsOf(*product).contains(*wanted))
            throw UsageError{QObject::tr("The %1 exports as \"--format %2\", not \"%3\".")
                                 .arg(what, keys.join(QStringLiteral("\", \"")), format)};
        if (output == QStringLiteral("-"))
            throw UsageError{QObject::tr("A %1 is written to a file: give its name with -o.").arg(what)};
        return;
    }
    if (what != QStringLiteral("schedule"))
        throw UsageError{QObject::tr("What to export is \"--what engagement\", \"schedule\", \"report\", "
                                     "\"slides\", \"briefing\", \"action-plan\" or \"progress-review\", not "
                                     "\"%1\".")
                             .arg(what)};
    if (!formatSet)
        throw UsageError{
            QObject::tr("Say which format the schedule is wanted in: --format ics, csv or pdf.")};
    if (format != QStringLiteral("ics") && format != QStringLiteral("csv") && format != QStringLiteral("pdf"))
        throw UsageError{
            QObject::tr("A schedule exports as \"--format ics\", \"csv\" or \"pdf\", not \"%1\".")
                .arg(format)};
    if (format == QStringLiteral("pdf") && output == QStringLiteral("-"))
        throw UsageError{QObject::tr("A PDF cannot go to standard output; give a file name with -o.")};
}

/// A final feedback report goes out only when its narrative, findings and recommendations name no
/// one; the names found are listed and nothing is written, unless the user accepts them.
void checkFinalReport(CliContext& context, EngagementFile& file, bool acceptNames)
{
    const ReportVersion version = ReportRepository(file.records()).workingVersion(ReportKind::Feedback);
    if (version.state != ReportState::Final)
        return;
    const QList<Problem> names = nonAttributionGate(
        loadCheckInput(file.records(), file.installation().clock().now().toLocalTime().date()));
    if (names.isEmpty() || acceptNames)
        return;
    for (const Problem& problem : names)
        context.err << problem.message << '\n';
    throw UsageError{QObject::tr("The final report names people (above); remove the names, or export anyway "
                                 "with --accept-names.")};
}

} // namespace

int exportCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Exports an engagement (JSON) or its onsite timetable (calendar, spreadsheet or PDF)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The engagement file."));
    const QCommandLineOption what(
        QStringLiteral("what"),
        QObject::tr("What to export: engagement (the whole file), schedule (the onsite "
                    "timetable), report (the feedback report), slides (the last-day presentation), "
                    "briefing (the team briefing pack), action-plan or progress-review (its report)."),
        QStringLiteral("WHAT"), QStringLiteral("engagement"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QObject::tr("The format: json for an engagement; ics (calendar), csv or pdf for "
                    "a schedule; pdf, docx, odt, html or md for a report, a briefing or a progress review; "
                    "pdf for slides; csv, xlsx or pdf for an action plan."),
        QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption member(
        QStringLiteral("member"),
        QObject::tr("With --what schedule: only the sessions of the team member with "
                    "this name (the PDF becomes their agenda)."),
        QStringLiteral("NAME"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QObject::tr("The file to write, or - for standard output (not for a PDF)."), QStringLiteral("OUT"));
    const QCommandLineOption noStamps(QStringLiteral("no-stamps"),
                                      QObject::tr("Leave out the merge stamps (engagement only)."));
    const QCommandLineOption acceptNames(
        QStringLiteral("accept-names"),
        QObject::tr("Export a final report even though the non-attribution check finds names in it."));
    parser.addOptions({what, format, member, output, noStamps, acceptNames});
    context.parse(parser, QStringLiteral("export"), arguments, 1, 1);
    if (!parser.isSet(output))
        throw UsageError{
            QObject::tr("Say where to write the export with -o OUT (or -o - for standard output).")};
    checkExportOptions(parser.value(what), parser.value(format), parser.isSet(format), parser.isSet(member),
                       parser.value(output));

    const QFileInfo input(parser.positionalArguments().first());
    const QFileInfo target(parser.value(output));
    if (target.exists() && input.exists() && target.canonicalFilePath() == input.canonicalFilePath())
        throw UsageError{QObject::tr("The export cannot replace the engagement file it reads.")};
    auto file = context.openForReading(parser.positionalArguments().first());
    if (parser.value(what) == QStringLiteral("schedule")) {
        exportSchedule(context, *file, parser.value(format), parser.value(member), parser.value(output));
        return Done;
    }
    if (const auto product = report::productFromKey(parser.value(what))) {
        if (*product == report::Product::Report)
            checkFinalReport(context, *file, parser.isSet(acceptNames));
        report::exportProduct(file->records(), *product, *report::formatFromKey(parser.value(format)),
                              parser.value(output), file->installation().clock().now());
        return Done;
    }
    exchange::JsonOptions json;
    json.stamps = !parser.isSet(noStamps);
    writeOutput(context, parser.value(output), exchange::toBytes(exchange::exportEngagement(*file, json)));
    return Done;
}

int importCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Creates an engagement file from its JSON form."));
    parser.addPositionalArgument(QStringLiteral("FILE.json"), QObject::tr("The JSON form of an engagement."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QObject::tr("The engagement file to create."), QStringLiteral("NEW"));
    parser.addOption(output);
    context.parse(parser, QStringLiteral("import"), arguments, 1, 1);
    if (!parser.isSet(output))
        throw UsageError{QObject::tr("Say which engagement file to create with -o NEW.")};
    const QString source = parser.positionalArguments().first();
    QFile json(source);
    if (!json.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io,
                    QObject::tr("Could not read %1: %2.").arg(native(source), json.errorString()));
    if (json.size() > exchange::maxJsonBytes)
        throw Error(ErrorKind::InvalidInput,
                    QObject::tr("%1 is too large to be an engagement.").arg(native(source)));
    auto file = exchange::importEngagement(json.readAll(), parser.value(output), context.installation());
    context.out << QObject::tr("Created %1 from %2.\n").arg(native(parser.value(output)), native(source));
    return Done;
}

int mergeCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Merges copies of an engagement into TARGET, field by field; the "
                    "later edit of each field wins and conflicts are listed."));
    parser.addPositionalArgument(QStringLiteral("TARGET"), QObject::tr("The engagement file to merge into."));
    parser.addPositionalArgument(QStringLiteral("SOURCE..."), QObject::tr("Copies of the same engagement."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QObject::tr("Print the merge report as JSON."));
    parser.addOption(jsonOption);
    const QCommandLineOption skewOption(
        QStringLiteral("accept-skew"),
        QObject::tr("Merge copies whose clock runs more than an hour fast (refused otherwise: their "
                    "changes would win over later ones made here)."));
    parser.addOption(skewOption);
    context.parse(parser, QStringLiteral("merge"), arguments, 2, -1);
    const QStringList paths = parser.positionalArguments();
    OpenOptions options;
    options.dailyBackup = false;
    auto target = EngagementFile::open(paths.first(), context.installation(), options);
    if (target->isReadOnly())
        throw Error(ErrorKind::ReadOnly, QObject::tr("%1 cannot be merged into: %2.")
                                             .arg(native(paths.first()), target->readOnlyReason()));
    QJsonArray reports;
    for (const QString& source : paths.mid(1)) {
        const MergeSource copy(*target, source);
        const quint64 newest = copy.file().records().newestHlc();
        const std::optional<qint64> ahead =
            clockAheadBy(newest, target->installation().clock().now().toMSecsSinceEpoch());
        if (ahead && !parser.isSet(skewOption))
            throw Error(ErrorKind::Mismatch,
                        QObject::tr("%1 was not merged. %2 Check that laptop's clock, or merge anyway with "
                                    "--accept-skew.")
                            .arg(native(source), skewWarning(newest, *ahead)));
        MergeOptions merge;
        merge.acceptSkew = true;
        const MergeReport report = mergeFiles(*target, copy.file(), merge);
        if (parser.isSet(jsonOption)) {
            QJsonObject json = reportJson(report);
            json.insert(QStringLiteral("source"), native(source));
            reports.append(json);
        } else {
            printReport(context, source, report);
        }
    }
    if (parser.isSet(jsonOption))
        context.out << QString::fromUtf8(QJsonDocument(reports).toJson(QJsonDocument::Indented));
    return Done;
}

} // namespace pc::cli
