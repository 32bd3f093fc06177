// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolbenchmark.h"

#include "common/error.h"
#include "exchange/csvreader.h"
#include "figuretable.h"
#include "pool/poolcsv.h"
#include "pool/poolstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace pc::bench {

namespace {

constexpr int peerCount = 500;

} // namespace

PoolBenchmark::PoolBenchmark(const QString& folder, int repetitions)
    : m_folder(folder)
    , m_repetitions(repetitions)
{
}

QByteArray PoolBenchmark::peersCsv(int count)
{
    static const QStringList councils{QStringLiteral("Northmoor District Council"),
                                      QStringLiteral("Eastbridge Borough Council"),
                                      QStringLiteral("Westvale County Council"),
                                      QStringLiteral("Harrowfield City Council"),
                                      QStringLiteral("Kingsford Unitary Council"),
                                      QStringLiteral("Ashcombe Metropolitan Borough Council")};
    static const QStringList roles{QStringLiteral("Officer peer"), QStringLiteral("Member peer"),
                                   QStringLiteral("Lead officer peer; Officer peer"),
                                   QStringLiteral("lead-member-peer; member-peer")};
    static const QStringList expertise{QStringLiteral("finance, audit"), QStringLiteral("housing, planning"),
                                       QStringLiteral("adult social care"),
                                       QStringLiteral("children's services"),
                                       QStringLiteral("governance; scrutiny")};
    QString text = QStringLiteral("Full name,Roles,Sector,Organisation,Previous organisations,Job title,"
                                  "Expertise,Party,Accreditation date,E-mail,Phone,Notes\r\n");
    for (int i = 0; i < count; ++i) {
        const QString council = councils.at(i % councils.size());
        text += QStringLiteral("Peer %1 Example,%2,Local government,%3,\"%4; %5\",Director of Service %1,"
                               "\"%6\",%7,%8/0%9/2023,peer%1@example.org,01632 96%1,\"Available in spring,\n"
                               "prefers rail\"\r\n")
                    .arg(i)
                    .arg(roles.at(i % roles.size()), council, councils.at((i + 1) % councils.size()),
                         councils.at((i + 2) % councils.size()), expertise.at(i % expertise.size()),
                         i % 3 ? QStringLiteral("Independent") : QString())
                    .arg(1 + i % 28)
                    .arg(1 + i % 9);
    }
    return text.toUtf8();
}

void PoolBenchmark::run(FigureTable& table)
{
    const QByteArray bytes = peersCsv(peerCount);
    QList<double> readSamples;
    QList<double> importSamples;
    for (int i = 1; i <= m_repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        const csv::CsvTable parsed = csv::read(bytes);
        readSamples.append(elapsedMs(timer));

        const QString directory = QDir(m_folder).filePath(QStringLiteral("pool-%1").arg(i));
        timer.restart();
        const csv::CsvTable csvTable = csv::read(bytes);
        const csv::ColumnMapping mapping = csv::guessMapping(csvTable.header, poolColumns());
        const csv::ImportResult<PoolPeer> imported = importPeers(csvTable, mapping);
        PoolStore store = PoolStore::open(directory);
        const PoolImportSummary summary = mergeImported(store, imported.records, &mapping);
        store.save();
        importSamples.append(elapsedMs(timer));
        if (parsed.rows.size() != peerCount || summary.added != peerCount)
            throw Error(ErrorKind::Corrupt, QStringLiteral("The 500-peer CSV did not import whole."));
    }
    const double baseline = median(readSamples);
    table.addTime(QStringLiteral("read 500-peer CSV (pool baseline)"), baseline, baseline);
    table.addTime(QStringLiteral("import 500-peer CSV"), median(importSamples), baseline);
}

} // namespace pc::bench
