// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeflow.h"

#include "commands/mergecommand.h"
#include "common/error.h"
#include "dialogs/mergeconflictsdialog.h"
#include "dialogs/mergepreviewdialog.h"
#include "prompter.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "sync/filemerge.h"

#include <QFileInfo>
#include <QObject>
#include <QUndoStack>

namespace pc::ui {

QString mergeFromCopy(QWidget* parent, EngagementSession& session, Prompter& prompter, const QString& folder,
                      const QString& fileFilter)
{
    const QString title = QObject::tr("Merge from Copy");
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

} // namespace pc::ui
