// SPDX-License-Identifier: GPL-3.0-or-later
// pool import | export | list: the user's peer pool, kept in the per-user data folder.
#include "clicontext.h"

#include "common/error.h"
#include "exchange/csvimport.h"
#include "exchange/csvreader.h"
#include "pool/poolcsv.h"
#include "pool/poolfilter.h"
#include "pool/poolstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace pc::cli {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// The filter options `list` and `export` share.
struct FilterOptions
{
    QCommandLineOption search{
        QStringLiteral("search"),
        QObject::tr("Only peers whose name, organisation, job title or expertise has TEXT."),
        QStringLiteral("TEXT")};
    QCommandLineOption expertise{QStringLiteral("expertise"), QObject::tr("Only peers with this expertise."),
                                 QStringLiteral("TAG")};
    QCommandLineOption sector{QStringLiteral("sector"),
                              QObject::tr("Only peers of this sector (local-government, health, private, "
                                          "voluntary, academic, central-government, other)."),
                              QStringLiteral("KEY")};
    QCommandLineOption party{QStringLiteral("party"), QObject::tr("Only peers of this political group."),
                             QStringLiteral("NAME")};
    QCommandLineOption unused{QStringLiteral("unused"),
                              QObject::tr("Only peers not used for two years (or never).")};
    QCommandLineOption neverUsed{QStringLiteral("never-used"), QObject::tr("Only peers never used.")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({search, expertise, sector, party, unused, neverUsed});
    }

    [[nodiscard]] PoolFilter filter(const QCommandLineParser& parser) const
    {
        PoolFilter result;
        result.text = parser.value(search);
        result.expertise = parser.value(expertise);
        result.party = parser.value(party);
        if (parser.isSet(sector)) {
            const QString key = parser.value(sector);
            if (sectorKey(sectorFromKey(key)) != key)
                throw UsageError{QObject::tr("There is no sector \"%1\".").arg(key)};
            result.sector = sectorFromKey(key);
        }
        if (parser.isSet(unused) && parser.isSet(neverUsed))
            throw UsageError{QObject::tr("Choose --unused or --never-used, not both.")};
        if (parser.isSet(unused))
            result.use = PoolFilter::Use::NotForTwoYears;
        if (parser.isSet(neverUsed))
            result.use = PoolFilter::Use::Never;
        return result;
    }
};

void printJson(CliContext& context, const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

int importPool(CliContext& context, const QString& path, bool json)
{
    const csv::CsvTable table = csv::readFile(path, QObject::tr("a list of peers"));
    const csv::ColumnMapping mapping = csv::guessMapping(table.header, poolColumns());
    const csv::ImportResult<PoolPeer> result = importPeers(table, mapping);
    if (!result.ok()) {
        QJsonArray problems;
        for (const csv::RowProblem& problem : result.problems) {
            context.err << csv::describe(problem) << u'\n';
            problems.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                        {QStringLiteral("message"), problem.message}});
        }
        context.err << QObject::tr("Nothing was imported: correct these lines of %1 and import it again.\n")
                           .arg(native(path));
        if (json)
            printJson(context, QJsonObject{{QStringLiteral("problems"), problems}});
        return BadInput;
    }
    PoolStore store = PoolStore::open(PoolStore::defaultDirectory());
    const PoolImportSummary summary = mergeImported(store, result.records, &mapping);
    store.save();
    if (json) {
        printJson(context, QJsonObject{{QStringLiteral("imported"), int(result.records.size())},
                                       {QStringLiteral("added"), summary.added},
                                       {QStringLiteral("updated"), summary.updated},
                                       {QStringLiteral("ignoredColumns"),
                                        QJsonArray::fromStringList(mapping.ignoredHeaders)}});
        return Done;
    }
    context.out << QObject::tr("Imported %1: %2 added, %3 updated.\n")
                       .arg(peersText(result.records.size()))
                       .arg(summary.added)
                       .arg(summary.updated);
    if (!mapping.ignoredHeaders.isEmpty())
        context.out << QObject::tr("Columns not imported: %1.\n")
                           .arg(mapping.ignoredHeaders.join(QStringLiteral(", ")));
    return Done;
}

void exportPool(CliContext& context, const QString& path, const QList<PoolPeer>& peers)
{
    const QByteArray bytes = exportPeers(peers);
    if (path == QStringLiteral("-")) {
        // The bytes as they are (BOM and CRLF included), not re-encoded by the text stream.
        context.out.flush();
#ifdef Q_OS_WIN
        _setmode(_fileno(stdout), _O_BINARY); // or every CRLF would become CR CR LF
#endif
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly) || standardOutput.write(bytes) != bytes.size())
            throw Error(ErrorKind::Io, QObject::tr("Could not write to standard output."));
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(ErrorKind::Io,
                    QObject::tr("Could not write %1: %2.").arg(native(path), file.errorString()));
    context.err << QObject::tr("Exported %1 to %2.\n").arg(peersText(peers.size()), native(path));
}

void listPool(CliContext& context, const QList<PoolPeer>& peers, bool json)
{
    if (json) {
        QJsonArray array;
        for (const PoolPeer& peer : peers) {
            QJsonObject object = peerToJson(peer);
            const QDate last = lastServed(peer);
            object.insert(QStringLiteral("lastServed"),
                          last.isValid() ? QJsonValue(last.toString(Qt::ISODate)) : QJsonValue());
            object.insert(QStringLiteral("totalDays"), totalDays(peer));
            array.append(object);
        }
        printJson(context, array);
        return;
    }
    if (peers.isEmpty()) {
        context.out << QObject::tr("No peers.\n");
        return;
    }
    for (const PoolPeer& peer : peers) {
        const QDate last = lastServed(peer);
        context.out << QStringLiteral("%1  %2  %3  %4\n")
                           .arg(peer.name, -28)
                           .arg(peer.organisation, -32)
                           .arg(last.isValid() ? last.toString(Qt::ISODate) : QObject::tr("never"), -10)
                           .arg(daysText(totalDays(peer)));
    }
}

} // namespace

int poolCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Your peer pool, kept in this computer's data folder across engagements.\n"
                    "  pool import FILE.csv [--json]\n"
                    "  pool export FILE.csv | pool export -o FILE.csv   (- for standard output)\n"
                    "  pool list [--json] [filters]"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QObject::tr("import, export or list"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The CSV file to import or export."));
    const QCommandLineOption json(QStringLiteral("json"), QObject::tr("Print JSON instead of text."));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QObject::tr("For export: the CSV file to write, or - for standard output."), QStringLiteral("OUT"));
    const FilterOptions filters;
    parser.addOptions({json, output});
    filters.addTo(parser);
    context.parse(parser, QStringLiteral("pool"), arguments, 1, 2);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.first();
    if (action == QStringLiteral("import")) {
        if (positional.size() != 2)
            throw UsageError{QObject::tr("Use \"pool import FILE.csv\".")};
        return importPool(context, positional.at(1), parser.isSet(json));
    }
    const PoolFilter filter = filters.filter(parser);
    const PoolStore store = PoolStore::open(PoolStore::defaultDirectory());
    const QList<PoolPeer> peers = filterPeers(store.peers(), filter, QDate::currentDate());
    if (action == QStringLiteral("export")) {
        if (positional.size() == 2 && parser.isSet(output))
            throw UsageError{
                QObject::tr("Name the file to write once: \"pool export FILE.csv\" or \"-o FILE.csv\".")};
        const QString path = positional.size() == 2 ? positional.at(1) : parser.value(output);
        if (path.isEmpty())
            throw UsageError{QObject::tr(
                "Say where to write the pool: \"pool export FILE.csv\" (or - for standard output).")};
        exportPool(context, path, peers);
        return Done;
    }
    if (action == QStringLiteral("list")) {
        if (positional.size() != 1)
            throw UsageError{QObject::tr("\"pool list\" takes no file.")};
        listPool(context, peers, parser.isSet(json));
        return Done;
    }
    throw UsageError{QObject::tr("\"pool\" does import, export or list, not \"%1\".").arg(action)};
}

} // namespace pc::cli
