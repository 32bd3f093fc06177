// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace pc::ui {

/// Every blocking question the window asks goes through here, so tests can answer instead of
/// a person (KeePassXC's dialog seam, without its singleton).
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    [[nodiscard]] virtual bool confirm(QWidget* parent, const QString& title, const QString& question) = 0;
    /// An existing file to open, or an empty string when the user cancelled.
    [[nodiscard]] virtual QString fileToOpen(QWidget* parent, const QString& title,
                                             const QString& filter) = 0;
};

/// The real dialogs.
class DialogPrompter final : public Prompter
{
public:
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    [[nodiscard]] bool confirm(QWidget* parent, const QString& title, const QString& question) override;
    [[nodiscard]] QString fileToOpen(QWidget* parent, const QString& title, const QString& filter) override;
};

} // namespace pc::ui
