// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompter.h"

#include <QDir>
#include <QFileDialog>
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

QString DialogPrompter::fileToOpen(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QDir::homePath(), filter);
}

} // namespace pc::ui
