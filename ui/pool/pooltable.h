// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace pc::ui {

/// The pool's table: eight columns shared out over the width there is, so that none hides behind a
/// horizontal scroll bar. Names, dates and days get what their contents need; roles, organisation,
/// sector, expertise and party share the rest and elide (their tooltips show them whole). Once the person
/// drags a column border, their widths are kept.
class PoolTableView : public QTableView
{
    Q_OBJECT

public:
    explicit PoolTableView(QWidget* parent = nullptr);

    /// Measures the contents again and shares the width out (after the rows changed).
    void fitColumns();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void share();

    QList<int> m_contentWidths; // what each column's contents need, capped for the elastic ones
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace pc::ui
