// SPDX-License-Identifier: GPL-3.0-or-later
// export, import and merge.
#include "clicontext.h"

#include "common/error.h"
#include "exchange/jsonform.h"
#include "storage/engagementfile.h"
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
    return {{QStringLiteral("changes"), report.changes()},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("conflicts"), conflicts}};
}

void printReport(CliContext& context, const QString& source, const MergeReport& report)
{
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

} // namespace

int exportCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Exports an engagement."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The engagement file."));
    const QCommandLineOption what(QStringLiteral("what"), QObject::tr("What to export: engagement."),
                                  QStringLiteral("WHAT"), QStringLiteral("engagement"));
    const QCommandLineOption format(QStringLiteral("format"), QObject::tr("The format: json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QObject::tr("The file to write, or - for standard output."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption noStamps(QStringLiteral("no-stamps"),
                                      QObject::tr("Leave out the merge stamps."));
    parser.addOptions({what, format, output, noStamps});
    context.parse(parser, QStringLiteral("export"), arguments, 1, 1);
    if (parser.value(what) != QStringLiteral("engagement"))
        throw UsageError{QObject::tr("This version exports \"--what engagement\" only, not \"%1\".")
                             .arg(parser.value(what))};
    if (parser.value(format) != QStringLiteral("json"))
        throw UsageError{
            QObject::tr("An engagement exports as \"--format json\", not \"%1\".").arg(parser.value(format))};
    if (!parser.isSet(output))
        throw UsageError{
            QObject::tr("Say where to write the export with -o OUT (or -o - for standard output).")};

    const QFileInfo input(parser.positionalArguments().first());
    const QFileInfo target(parser.value(output));
    if (target.exists() && input.exists() && target.canonicalFilePath() == input.canonicalFilePath())
        throw UsageError{QObject::tr("The export cannot replace the engagement file it reads.")};
    auto file = context.openForReading(parser.positionalArguments().first());
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
        const MergeReport report = mergeFromPath(*target, source);
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
