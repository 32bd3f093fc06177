// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/prompter.h"

#include <QStringList>

namespace pc::test {

/// Answers the window's questions as the test says, and records what it was told.
class ScriptedPrompter final : public ui::Prompter
{
public:
    void showError(QWidget*, const QString& title, const QString& message) override
    {
        errors.append(message);
        errorTitles.append(title);
    }
    bool confirm(QWidget*, const QString&, const QString& question) override
    {
        questions.append(question);
        return answer;
    }
    QString fileToOpen(QWidget*, const QString&, const QString&, const QString&) override { return nextOpen; }
    QString fileToSave(QWidget*, const QString&, const QString&, const QString&) override { return nextSave; }
    std::optional<ui::NewEngagementChoice> newEngagement(QWidget*) override { return nextEngagement; }
    std::optional<int> chooseBackup(QWidget*, const QList<BackupEntry>&) override { return nextBackup; }
    void showAbout(QWidget*) override { ++aboutShown; }

    QStringList errors;
    QStringList errorTitles;
    QStringList questions;
    bool answer = false;
    QString nextOpen;
    QString nextSave;
    std::optional<ui::NewEngagementChoice> nextEngagement;
    std::optional<int> nextBackup;
    int aboutShown = 0;
};

} // namespace pc::test
