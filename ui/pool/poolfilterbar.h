// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/poolfilter.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace pc::ui {

/// The search box and filters above the pool's table: it filters as the person types.
class PoolFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit PoolFilterBar(QWidget* parent = nullptr);

    /// What the search box and the filters ask for now (today's date is the caller's).
    [[nodiscard]] PoolFilter filter() const;
    /// Offers the parties and expertise the pool holds, keeping what is chosen.
    void setChoices(const QList<PoolPeer>& peers);
    /// Shows every peer again.
    void clear();

signals:
    void changed();

private:
    QComboBox* addCombo(const char* name, const QString& label);

    QLineEdit* m_search = nullptr;
    QComboBox* m_expertise = nullptr;
    QComboBox* m_sector = nullptr;
    QComboBox* m_party = nullptr;
    QComboBox* m_use = nullptr;
};

} // namespace pc::ui
