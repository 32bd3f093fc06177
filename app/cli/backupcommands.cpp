// SPDX-License-Identifier: GPL-3.0-or-later
// backups list | restore.
#include "clicontext.h"

#include "common/error.h"
#include "storage/backups.h"

#include <QDir>
#include <QLocale>

namespace pc::cli {

int backupsCommand(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Lists or restores the automatic backups of an engagement file.\n"
                    "  backups list FILE\n  backups restore FILE N -o OUT"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QObject::tr("list or restore"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QObject::tr("The engagement file."));
    parser.addPositionalArgument(QStringLiteral("N"),
                                 QObject::tr("For restore: the backup's number from the list."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QObject::tr("For restore: the new file to write."),
                                    QStringLiteral("OUT"));
    parser.addOption(output);
    context.parse(parser, QStringLiteral("backups"), arguments, 2, 3);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional[0];
    const QString path = positional[1];
    const BackupStore store(BackupStore::defaultRoot(context.installation().directory()));
    if (action == QStringLiteral("list")) {
        if (positional.size() != 2)
            throw UsageError{QObject::tr("\"backups list\" takes just the engagement file.")};
        const QList<BackupEntry> entries = store.list(path);
        if (entries.isEmpty()) {
            context.out << QObject::tr(
                               "There are no backups of %1 yet. One is made the first time the file is "
                               "opened each day.\n")
                               .arg(QDir::toNativeSeparators(path));
            return Done;
        }
        const QLocale locale;
        for (qsizetype i = 0; i < entries.size(); ++i)
            context.out << QStringLiteral("%1  %2  %3  %4\n")
                               .arg(i + 1, 2)
                               .arg(
                                   locale.toString(entries[i].created, QStringLiteral("d MMM yyyy HH:mm:ss")),
                                   -22)
                               .arg(locale.formattedDataSize(entries[i].size), 9)
                               .arg(QDir::toNativeSeparators(entries[i].path));
        return Done;
    }
    if (action == QStringLiteral("restore")) {
        if (positional.size() != 3 || !parser.isSet(output))
            throw UsageError{QObject::tr("Use \"backups restore FILE N -o OUT\".")};
        bool ok = false;
        const int number = positional[2].toInt(&ok);
        if (!ok)
            throw UsageError{
                QObject::tr("The backup number must be a whole number, not \"%1\".").arg(positional[2])};
        store.restore(path, number, parser.value(output));
        context.out << QObject::tr("Restored backup %1 of %2 to %3.\n")
                           .arg(number)
                           .arg(QDir::toNativeSeparators(path),
                                QDir::toNativeSeparators(parser.value(output)));
        return Done;
    }
    throw UsageError{QObject::tr("\"backups\" takes \"list\" or \"restore\", not \"%1\".").arg(action)};
}

} // namespace pc::cli
