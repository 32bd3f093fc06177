// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace pc::ui {

/// The lifecycle stages down the left of the window, each with an icon, its name and a small
/// badge counting the open problems that its page can fix.
class NavigationList : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationList(QWidget* parent = nullptr);

    void addStage(const QIcon& icon, const QString& name);
    /// 0 hides the badge.
    void setBadge(int row, int problems);
    [[nodiscard]] int badge(int row) const;

    static constexpr int badgeRole = Qt::UserRole + 1;
};

} // namespace pc::ui
