// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QUuid>

namespace pc::ui {

class EngagementSession;

/// The themes of the scope, ticked where the selected member leads them; a tick is a command.
class MemberThemesList : public QListWidget
{
    Q_OBJECT

public:
    explicit MemberThemesList(QWidget* parent = nullptr);

    void setSession(EngagementSession* session);
    /// Reloads the themes and the member's leads; a null id shows nothing ticked and disables.
    void showMember(const QUuid& member, bool editable);

private:
    EngagementSession* m_session = nullptr;
    QUuid m_member;
    bool m_loading = false;
};

} // namespace pc::ui
