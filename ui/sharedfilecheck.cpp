// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedfilecheck.h"

#include "common/error.h"
#include "mergeflow.h"
#include "prompter.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/syncfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

namespace pc::ui {

namespace {

/// `folder`/name, or name (2), (3)... when that is taken.
QString freeName(const QString& folder, const QString& fileName)
{
    const QFileInfo info(fileName);
    QString candidate = QDir(folder).filePath(fileName);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QDir(folder).filePath(
            QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    return candidate;
}

} // namespace

QString offerLocalCopy(QWidget* parent, EngagementSession& session, Prompter& prompter,
                       const QString& localFolder)
{
    EngagementFile& file = session.file();
    if (file.isReadOnly())
        return {};
    const SyncLocation location = syncLocationOf(file.path());
    if (!location.isShared())
        return {};
    const QString where = location.kind == SyncLocation::Kind::CloudSync
                              ? QObject::tr("in a %1 folder").arg(location.service)
                              : QObject::tr("on %1").arg(location.service);
    const QString question =
        QObject::tr(
            "%1 is %2. An engagement file must not be used from a folder that syncs or is shared while "
            "it is open: the service can copy it half-written, and two laptops' changes can damage it.\n\n"
            "Work on a local copy instead? It is saved in %3; when you are done, merge it back into this "
            "file with File > Merge from Copy.")
            .arg(QFileInfo(file.path()).fileName(), where, QDir::toNativeSeparators(localFolder));
    if (!prompter.confirm(parent, QObject::tr("File in a Shared Folder"), question))
        return {};
    if (!QDir().mkpath(localFolder)) {
        prompter.showError(
            parent, QObject::tr("Could not make a local copy"),
            QObject::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(localFolder)));
        return {};
    }
    const QString copy = freeName(localFolder, QFileInfo(file.path()).fileName());
    try {
        file.saveCopy(copy);
    } catch (const Error& error) {
        prompter.showError(parent, QObject::tr("Could not make a local copy"), error.message());
        return {};
    }
    return copy;
}

QString offerConflictedCopies(QWidget* parent, EngagementSession& session, Prompter& prompter)
{
    EngagementFile& file = session.file();
    if (file.isReadOnly())
        return {};
    const QStringList copies = conflictedCopiesOf(file.path());
    if (copies.isEmpty())
        return {};
    QStringList names;
    for (const QString& copy : copies)
        names.append(QStringLiteral("  \u2022 ") + QFileInfo(copy).fileName());
    const QString question =
        (copies.size() == 1
             ? QObject::tr("A conflicted copy of this file is beside it:")
             : QObject::tr("%1 conflicted copies of this file are beside it:").arg(copies.size()))
        + QStringLiteral("\n") + names.join(u'\n') + QStringLiteral("\n\n")
        + QObject::tr("A sync service leaves these when two laptops change the file at the same time. Merge "
                      "them into this file now? You see what each brings before it is merged; afterwards the "
                      "copies can be deleted.");
    if (!prompter.confirm(parent, QObject::tr("Conflicted Copies"), question))
        return {};
    QString last;
    for (const QString& copy : copies) {
        const QString done = mergeCopyAt(parent, session, prompter, copy);
        if (!done.isEmpty())
            last = done;
    }
    return last;
}

} // namespace pc::ui
