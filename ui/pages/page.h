// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace pc::ui {

class EngagementSession;
class Prompter;

/// One lifecycle stage's page. The window hands every page the open session (or nullptr when
/// no file is open); a page reads through the repositories, refreshes on the session's
/// changed() signal, and edits only by pushing commands to the session.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setSession(EngagementSession* session) = 0;

signals:
    /// A passing note for the status bar ("Jane Smith was added to your peer pool.").
    void statusMessage(const QString& message);
};

} // namespace pc::ui
