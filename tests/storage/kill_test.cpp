// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagehelpers.h"

#include "storage/fileheader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>

#include <chrono>
#include <random>
#include <thread>

using namespace pc;
using namespace pc::test;

namespace {

struct HelperRun
{
    QList<qint64> acknowledged;
    QString errors;
    bool crashed = false;
};

QList<qint64> acknowledgements(const QByteArray& output)
{
    QList<qint64> numbers;
    for (const QByteArray& line : output.split('\n')) {
        // A line cut short by the kill is no acknowledgement; complete lines all end in '\n'.
        if (line.startsWith("ack ") && output.contains(line + '\n'))
            numbers.append(line.mid(4).toLongLong());
    }
    return numbers;
}

/// Starts the helper on `path` and kills it at a random moment: either soon after it starts, or
/// a little while after its first acknowledged commit.
HelperRun runAndKill(const QString& helper, const QString& path, std::mt19937& random)
{
    QProcess process;
    process.start(helper, {path});
    REQUIRE(process.waitForStarted(10000));
    QByteArray output;
    if (random() % 3 == 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(random() % 41));
    } else {
        const QDeadlineTimer deadline(10000);
        while (!output.contains('\n') && process.state() == QProcess::Running && !deadline.hasExpired()) {
            process.waitForReadyRead(50);
            output += process.readAllStandardOutput();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5 + random() % 116));
    }
    const bool wasRunning = process.state() == QProcess::Running;
    process.kill();
    REQUIRE(process.waitForFinished(10000));
    output += process.readAllStandardOutput();
    return {acknowledgements(output), QString::fromLocal8Bit(process.readAllStandardError()),
            wasRunning && process.exitStatus() == QProcess::CrashExit};
}

} // namespace

TEST_CASE("Killing the writer at any moment loses no acknowledged edit", "[storage][kill]")
{
    const QString helper =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pc_kill_helper"));
    REQUIRE(QFileInfo(helper).isExecutable());
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("killed.peerchallenge"));
    makeEngagement(path, device).reset();

    std::mt19937 random(4242);
    QSet<QString> acknowledged;
    int killedAfterAck = 0;
    for (int run = 0; run < 50; ++run) {
        const HelperRun result = runAndKill(helper, path, random);
        INFO("run " << run << ": helper said: " << result.errors.toStdString());
        REQUIRE(result.crashed);
        for (const qint64 number : result.acknowledged)
            acknowledged.insert(QStringLiteral("m%1").arg(number));
        killedAfterAck += result.acknowledged.isEmpty() ? 0 : 1;

        std::unique_ptr<EngagementFile> file;
        REQUIRE_NOTHROW(file = EngagementFile::open(path, device.installation));
        CHECK_FALSE(file->isReadOnly());
        CHECK(integrityCheck(file->database()) == QStringLiteral("ok"));
        const QStringList names = memberNames(*file);
        const QSet<QString> present(names.cbegin(), names.cend());
        const QSet<QString> missing = acknowledged - present;
        CHECK(QStringList(missing.cbegin(), missing.cend()).join(QLatin1Char(' ')) == QString());
        CHECK(present.size() == names.size()); // every commit got its own number
    }
    CHECK(killedAfterAck > 10);
}

// What a crash during a commit that grows the file can leave: the commit has written page 1
// (whose header already counts the new pages) but not yet the pages at the end, and the hot
// journal beside the file holds everything needed to roll back. SQLite recovers this state.
TEST_CASE("A file left mid-commit by a crash opens as it was before that commit", "[storage][kill]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("live.peerchallenge"));
    auto file = makeEngagement(path, device);
    addMember(*file, QStringLiteral("Before"));
    const QString crashed = folder.path(QStringLiteral("crashed.peerchallenge"));
    const QString journal = QStringLiteral("-journal");
    file->database().exec(QStringLiteral("PRAGMA cache_size = 2")); // pages reach the file before the commit
    {
        EngagementFile::Edit edit(*file);
        for (int i = 0; i < 40; ++i)
            file->records().insert(memberTable(*file),
                                   Record{device.uuids.next(),
                                          {{QStringLiteral("name"), QStringLiteral("Lost %1").arg(i)},
                                           {QStringLiteral("notes"), QStringLiteral("n").repeated(3000)}},
                                          false});
        // The last pages stay in memory until the commit, which writes them after page 1.
        file->database().exec(QStringLiteral("PRAGMA cache_size = 1000"));
        for (int i = 40; i < 45; ++i)
            file->records().insert(memberTable(*file),
                                   Record{device.uuids.next(),
                                          {{QStringLiteral("name"), QStringLiteral("Lost %1").arg(i)},
                                           {QStringLiteral("notes"), QStringLiteral("n").repeated(3000)}},
                                          false});
        REQUIRE(QFile::copy(path, crashed));
        REQUIRE(QFile::copy(path + journal, crashed + journal));
        edit.commit();
    }
    QByteArray bytes = readAll(crashed);
    const qsizetype pageSize = qsizetype(file->database().pragmaInteger(QStringLiteral("page_size")));
    bytes.replace(0, pageSize, readAll(path).left(pageSize)); // the commit wrote page 1 first
    writeAll(crashed, bytes);
    const FileHeader header = FileHeader::read(crashed);
    REQUIRE(header.countValid);
    REQUIRE(qint64(header.pageCount) * header.pageSize > header.fileSize);

    // SQLite itself rolls this state back to the last commit (checked on a second copy).
    const QString control = folder.path(QStringLiteral("control.peerchallenge"));
    REQUIRE(QFile::copy(crashed, control));
    REQUIRE(QFile::copy(crashed + journal, control + journal));
    {
        auto db = Database::open(control, Database::Mode::ReadWrite);
        REQUIRE(integrityCheck(*db) == QStringLiteral("ok"));
        Statement count(*db, QStringLiteral("SELECT count(*) FROM member"));
        REQUIRE(count.step());
        REQUIRE(count.integer(0) == 1);
    }

    std::unique_ptr<EngagementFile> reopened;
    REQUIRE_NOTHROW(reopened = EngagementFile::open(crashed, device.installation, withoutBackup()));
    CHECK(integrityCheck(reopened->database()) == QStringLiteral("ok"));
    CHECK(memberNames(*reopened) == QStringList{QStringLiteral("Before")});
}
