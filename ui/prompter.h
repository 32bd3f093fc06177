// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace pc {

struct BackupEntry;

namespace ui {

/// What File > New asks for.
struct NewEngagementChoice
{
    QString templateId;
    QString hostName;
    QString title;
};

/// Every blocking question the window asks goes through here, so tests can answer instead of
/// a person (KeePassXC's dialog seam, without its singleton).
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    [[nodiscard]] virtual bool confirm(QWidget* parent, const QString& title, const QString& question) = 0;
    /// An existing file to open, or an empty string when the user cancelled.
    [[nodiscard]] virtual QString fileToOpen(QWidget* parent, const QString& title, const QString& folder,
                                             const QString& filter) = 0;
    /// A file to write (the user has agreed to replace it if it exists), or empty.
    [[nodiscard]] virtual QString fileToSave(QWidget* parent, const QString& title, const QString& suggestion,
                                             const QString& filter) = 0;
    [[nodiscard]] virtual std::optional<NewEngagementChoice> newEngagement(QWidget* parent) = 0;
    /// Index into `backups` (newest first), or nothing when cancelled.
    [[nodiscard]] virtual std::optional<int> chooseBackup(QWidget* parent,
                                                          const QList<BackupEntry>& backups) = 0;
    virtual void showAbout(QWidget* parent) = 0;
};

/// The real dialogs.
class DialogPrompter final : public Prompter
{
public:
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    [[nodiscard]] bool confirm(QWidget* parent, const QString& title, const QString& question) override;
    [[nodiscard]] QString fileToOpen(QWidget* parent, const QString& title, const QString& folder,
                                     const QString& filter) override;
    [[nodiscard]] QString fileToSave(QWidget* parent, const QString& title, const QString& suggestion,
                                     const QString& filter) override;
    [[nodiscard]] std::optional<NewEngagementChoice> newEngagement(QWidget* parent) override;
    [[nodiscard]] std::optional<int> chooseBackup(QWidget* parent,
                                                  const QList<BackupEntry>& backups) override;
    void showAbout(QWidget* parent) override;
};

} // namespace ui
} // namespace pc
