// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeflow.h"

#include "commands/mergecommand.h"
#include "common/clock.h"
#include "common/error.h"
#include "dialogs/mergeconflictsdialog.h"
#include "dialogs/mergepreviewdialog.h"
#include "exchange/notespacket.h"
#include "prompter.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"
#include "sync/filemerge.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QUndoStack>

namespace pc::ui {

namespace {

QString mergeFrom(QWidget* parent, EngagementSession& session, Prompter& prompter, const QString& folder,
                  const QString& fileFilter, const QString& title)
{
    EngagementFile& file = session.file();
    if (file.isReadOnly()) {
        prompter.showError(
            parent, title,
            QObject::tr("Nothing can be merged into this file: %1.").arg(file.readOnlyReason()));
        return {};
    }
    const QString path = prompter.fileToOpen(parent, title, folder, fileFilter);
    if (path.isEmpty())
        return {};
    return mergeCopyAt(parent, session, prompter, path);
}

} // namespace

QString mergeCopyAt(QWidget* parent, EngagementSession& session, Prompter& prompter, const QString& path)
{
    const QString title = QObject::tr("Merge from Copy");
    EngagementFile& file = session.file();
    if (file.isReadOnly()) {
        prompter.showError(
            parent, title,
            QObject::tr("Nothing can be merged into this file: %1.").arg(file.readOnlyReason()));
        return {};
    }
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(file.path()).canonicalFilePath()) {
        prompter.showError(parent, title,
                           QObject::tr("That is the file open here: choose a copy from another laptop."));
        return {};
    }
    MergeReport preview;
    try {
        const MergeSource source(file, path);
        MergeOptions options;
        options.preview = true;
        preview = mergeFiles(file, source.file(), options);
    } catch (const Error& error) {
        prompter.showError(parent, QObject::tr("Could not merge this copy"), error.message());
        return {};
    }
    MergePreviewDialog dialog(path, preview, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};

    // Replaying older edits over merged values would lose work: the merge is the first step.
    session.undoStack()->clear();
    auto command = std::make_unique<MergeCommand>(session, path, dialog.acceptsSkew());
    const MergeCommand* merge = command.get();
    if (!session.push(std::move(command)))
        return {}; // the session has shown why
    const MergeReport& report = merge->report();
    if (!report.conflicts.isEmpty()) {
        MergeConflictsDialog conflicts(session, report.conflicts, parent);
        conflicts.exec();
    }
    const int changes = report.changes();
    const QString what = changes == 1 ? QObject::tr("1 change") : QObject::tr("%1 changes").arg(changes);
    return QObject::tr(
               "Merged %1: %2. Edit > Undo takes the merge back; the steps before it can no longer be "
               "undone.")
        .arg(QFileInfo(path).fileName(), what);
}

QString mergeFromCopy(QWidget* parent, EngagementSession& session, Prompter& prompter, const QString& folder,
                      const QString& fileFilter)
{
    return mergeFrom(parent, session, prompter, folder, fileFilter, QObject::tr("Merge from Copy"));
}

QString importNotesPacket(QWidget* parent, EngagementSession& session, Prompter& prompter,
                          const QString& folder)
{
    return mergeFrom(parent, session, prompter, folder,
                     QObject::tr("Notes packets (*.%1)").arg(exchange::packetSuffix),
                     QObject::tr("Import Notes Packet"));
}

QString exportNotesPacket(QWidget* parent, EngagementSession& session, Prompter& prompter,
                          const QString& folder)
{
    const QString title = QObject::tr("Export Notes Packet");
    EngagementFile& file = session.file();
    exchange::PacketSummary planned;
    try {
        planned = exchange::notesPacketSummary(file);
    } catch (const Error& error) {
        prompter.showError(parent, title, error.message());
        return {};
    }
    if (planned.isEmpty()) {
        prompter.showError(parent, title,
                           QObject::tr("Nothing new to send: this laptop has changed nothing since its last "
                                       "packet."));
        return {};
    }
    const QString who = file.installation().label().simplified();
    const QString name =
        QStringLiteral("%1 - %2 - %3.%4")
            .arg(QFileInfo(file.path()).completeBaseName(), who.isEmpty() ? QObject::tr("notes") : who,
                 file.installation().clock().now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HHmm")),
                 exchange::packetSuffix)
            .replace(u'/', u'-')
            .replace(u'\\', u'-')
            .replace(u':', u'-');
    const QString path = prompter.fileToSave(
        parent, title, QDir(folder.isEmpty() ? QFileInfo(file.path()).absolutePath() : folder).filePath(name),
        QObject::tr("Notes packets (*.%1)").arg(exchange::packetSuffix));
    if (path.isEmpty())
        return {};
    try {
        const exchange::PacketSummary sent = exchange::exportNotesPacket(file, path);
        const QString changes =
            sent.records == 1 ? QObject::tr("1 change") : QObject::tr("%1 changes").arg(sent.records);
        return QObject::tr("Wrote %1: %2 made on this laptop since its last packet. Send it to the lead, who "
                           "imports it with File > Import Notes Packet.")
            .arg(QFileInfo(path).fileName(), changes);
    } catch (const Error& error) {
        prompter.showError(parent, title, error.message());
        return {};
    }
}

} // namespace pc::ui
