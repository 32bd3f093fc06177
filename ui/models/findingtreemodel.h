// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/finding.h"

#include <QAbstractItemModel>
#include <QList>
#include <QUuid>

#include <array>

namespace pc::ui {

class FindingsData;

/// One theme's findings as a two-level tree: "Strengths" and "Areas for consideration", each with
/// its findings in order, and for every finding its agreement status and how well its evidence is
/// triangulated (thin evidence flagged). Notes dropped on a finding, and a title edited in place,
/// come out as requests: the model never writes, the page turns them into commands.
class FindingTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Column { Title, Status, Evidence };
    static constexpr int columns = 3;
    /// The finding's id (QUuid, null on a group row); the kind of the row or its group (int of
    /// FindingKind); whether its evidence is thin (bool).
    enum class Role { Id = Qt::UserRole + 1, Kind, Thin };

    explicit FindingTreeModel(FindingsData& data, QObject* parent = nullptr);

    void setTheme(const QUuid& theme);
    [[nodiscard]] QUuid theme() const { return m_theme; }
    [[nodiscard]] QModelIndex groupIndex(FindingKind kind) const;
    [[nodiscard]] QModelIndex indexOf(const QUuid& finding, int column = 0) const;
    [[nodiscard]] QUuid idAt(const QModelIndex& index) const;
    /// The theme's findings of one kind, in order.
    [[nodiscard]] const QList<Finding>& findings(FindingKind kind) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    [[nodiscard]] bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                       const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void renameRequested(const QUuid& finding, const QString& title);
    void linkRequested(const QUuid& finding, const QList<QUuid>& notes);

private:
    void rebuild();
    [[nodiscard]] const Finding* findingAt(const QModelIndex& index) const;
    [[nodiscard]] QVariant groupData(FindingKind kind, int role) const;
    [[nodiscard]] QVariant findingData(const Finding& finding, Column column, int role) const;
    /// The finding a drop at (row, parent) lands on: the item under the pointer.
    [[nodiscard]] QUuid dropTarget(int row, const QModelIndex& parent) const;

    FindingsData& m_data;
    QUuid m_theme;
    std::array<QList<Finding>, 2> m_rows; // by FindingKind
};

} // namespace pc::ui
