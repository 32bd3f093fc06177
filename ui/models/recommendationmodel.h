// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/finding.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace pc::ui {

class FindingsData;

/// The recommendations as the report numbers them (1 to n, across every theme), or only the key
/// ones in their executive-summary order. A recommendation that answers no finding is flagged.
class RecommendationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Scope { Report, Key };
    enum class Column { Number, Text, Theme, Key };
    /// The recommendation's id (QUuid).
    enum class Role { Id = Qt::UserRole + 1 };

    RecommendationModel(FindingsData& data, Scope scope, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] int rowOf(const QUuid& id) const;
    [[nodiscard]] const Recommendation& recommendationAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] const QList<Recommendation>& recommendations() const { return m_rows; }

private:
    void rebuild();
    [[nodiscard]] QVariant textData(const Recommendation& r, int role) const;

    FindingsData& m_data;
    Scope m_scope;
    QList<Recommendation> m_rows;
};

} // namespace pc::ui
