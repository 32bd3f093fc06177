// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompter.h"

#include "dialogs/newengagementdialog.h"
#include "storage/backups.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>

namespace pc::ui {

void DialogPrompter::showError(QWidget* parent, const QString& title, const QString& message)
{
    QMessageBox::warning(parent, title, message);
}

bool DialogPrompter::confirm(QWidget* parent, const QString& title, const QString& question)
{
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

QString DialogPrompter::fileToOpen(QWidget* parent, const QString& title, const QString& folder,
                                   const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString DialogPrompter::fileToSave(QWidget* parent, const QString& title, const QString& suggestion,
                                   const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestion, filter);
}

std::optional<NewEngagementChoice> DialogPrompter::newEngagement(QWidget* parent)
{
    NewEngagementDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

std::optional<int> DialogPrompter::chooseBackup(QWidget* parent, const QList<BackupEntry>& backups)
{
    QStringList items;
    const QLocale locale;
    for (const BackupEntry& entry : backups)
        items.append(QObject::tr("%1 (%2)").arg(locale.toString(entry.created, QLocale::LongFormat),
                                                locale.formattedDataSize(entry.size)));
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, QObject::tr("Restore from Backup"),
                                               QObject::tr("Choose the backup to restore as a new file:"),
                                               items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return int(items.indexOf(item));
}

void DialogPrompter::showAbout(QWidget* parent)
{
    QMessageBox::about(
        parent, QObject::tr("About PeerChallenge"),
        QObject::tr(
            "<h3>PeerChallenge %1</h3>"
            "<p>Plan, run and report peer challenges: scoping, the peer team, the onsite timetable, "
            "evidence, findings, the report and the action plan, offline.</p>"
            "<p>Copyright © 2026 the PeerChallenge developers.<br>Licensed under the GNU General Public "
            "License, version 3 or later. This program comes with absolutely no warranty.</p>"
            "<p>Built with Qt %2 and SQLite.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace pc::ui
