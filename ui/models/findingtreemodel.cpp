// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingtreemodel.h"

#include "evidencenotemodel.h"
#include "findingsdata.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace pc::ui {

namespace {

// Internal ids: 0 for a group row; kind + 1 for a finding row, naming the group it sits in.
constexpr quintptr groupId = 0;

FindingKind kindOfRow(int row)
{
    return row == 0 ? FindingKind::Strength : FindingKind::Consideration;
}

QString groupTitle(FindingKind kind)
{
    return kind == FindingKind::Strength ? FindingTreeModel::tr("Strengths")
                                         : FindingTreeModel::tr("Areas for consideration");
}

} // namespace

FindingTreeModel::FindingTreeModel(FindingsData& data, QObject* parent)
    : QAbstractItemModel(parent)
    , m_data(data)
{
    connect(&data, &FindingsData::reloaded, this, &FindingTreeModel::rebuild);
}

void FindingTreeModel::setTheme(const QUuid& theme)
{
    m_theme = theme;
    rebuild();
}

void FindingTreeModel::rebuild()
{
    beginResetModel();
    for (const FindingKind kind : allFindingKinds)
        m_rows[int(kind)] = m_data.findingsOf(m_theme, kind);
    endResetModel();
}

const QList<Finding>& FindingTreeModel::findings(FindingKind kind) const
{
    return m_rows[int(kind)];
}

QModelIndex FindingTreeModel::groupIndex(FindingKind kind) const
{
    return index(int(kind), 0);
}

QModelIndex FindingTreeModel::indexOf(const QUuid& finding, int column) const
{
    for (const FindingKind kind : allFindingKinds) {
        const QList<Finding>& rows = m_rows[int(kind)];
        for (int row = 0; row < rows.size(); ++row) {
            if (rows[row].id == finding)
                return index(row, column, groupIndex(kind));
        }
    }
    return {};
}

QUuid FindingTreeModel::idAt(const QModelIndex& index) const
{
    const Finding* finding = findingAt(index);
    return finding ? finding->id : QUuid();
}

const Finding* FindingTreeModel::findingAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == groupId)
        return nullptr;
    const QList<Finding>& rows = m_rows[index.internalId() - 1];
    return index.row() < rows.size() ? &rows[index.row()] : nullptr;
}

QModelIndex FindingTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return parent.isValid() ? createIndex(row, column, quintptr(parent.row() + 1))
                            : createIndex(row, column, groupId);
}

QModelIndex FindingTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int FindingTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != groupId || parent.column() != 0)
        return 0;
    return int(m_rows[parent.row()].size());
}

int FindingTreeModel::columnCount(const QModelIndex&) const
{
    return columns;
}

QVariant FindingTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupId)
        return index.column() == 0 ? groupData(kindOfRow(index.row()), role) : QVariant();
    const Finding* finding = findingAt(index);
    return finding ? findingData(*finding, Column(index.column()), role) : QVariant();
}

QVariant FindingTreeModel::groupData(FindingKind kind, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 (%2)").arg(groupTitle(kind)).arg(m_rows[int(kind)].size());
    case Qt::FontRole: {
        QFont font = QApplication::font();
        font.setWeight(QFont::DemiBold);
        return font;
    }
    case int(Role::Kind):
        return int(kind);
    default:
        return {};
    }
}

QVariant FindingTreeModel::findingData(const Finding& finding, Column column, int role) const
{
    const Triangulation t = m_data.triangulation(finding.id);
    switch (role) {
    case int(Role::Id):
        return finding.id;
    case int(Role::Kind):
        return int(finding.kind);
    case int(Role::Thin):
        return t.isThin();
    default:
        break;
    }
    switch (column) {
    case Column::Title:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole)
            return finding.title;
        if (role == Qt::ToolTipRole && !finding.text.isEmpty())
            return finding.text;
        break;
    case Column::Status:
        if (role == Qt::DisplayRole)
            return agreementStatusLabel(finding.status);
        if (role == Qt::ForegroundRole && finding.status == AgreementStatus::Draft)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case Column::Evidence:
        if (role == Qt::DisplayRole)
            return evidenceInBrief(t);
        if (role == Qt::DecorationRole && t.isThin())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return t.isThin() ? thinEvidenceWarning(t) : evidenceInFull(t);
        if (role == Qt::AccessibleTextRole)
            return t.isThin() ? tr("%1, thin evidence").arg(evidenceInBrief(t)) : evidenceInBrief(t);
        break;
    }
    return {};
}

QVariant FindingTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Title:
        return tr("Finding");
    case Column::Status:
        return tr("Status");
    case Column::Evidence:
        return tr("Evidence");
    }
    return {};
}

Qt::ItemFlags FindingTreeModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractItemModel::flags(index);
    if (!findingAt(index) || !m_data.isEditable())
        return result;
    result |= Qt::ItemIsDropEnabled;
    if (index.column() == int(Column::Title))
        result |= Qt::ItemIsEditable;
    return result;
}

bool FindingTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Finding* finding = findingAt(index);
    if (!finding || role != Qt::EditRole || index.column() != int(Column::Title))
        return false;
    const QString title = value.toString().simplified();
    if (title.isEmpty() || title == finding->title)
        return false;
    emit renameRequested(finding->id, title);
    return true;
}

QStringList FindingTreeModel::mimeTypes() const
{
    return {noteIdsMimeType()};
}

QUuid FindingTreeModel::dropTarget(int row, const QModelIndex& parent) const
{
    // Dropped on an item the view passes the item as parent and row -1; between two findings it
    // passes their group and the row below: the finding above the gap is meant.
    if (row < 0)
        return idAt(parent);
    if (parent.isValid() && parent.internalId() == groupId)
        return idAt(index(std::max(0, row - 1), 0, parent));
    return {};
}

bool FindingTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int row, int,
                                       const QModelIndex& parent) const
{
    return m_data.isEditable() && !noteIdsFromMime(data).isEmpty() && !dropTarget(row, parent).isNull();
}

bool FindingTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                    const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit linkRequested(dropTarget(row, parent), noteIdsFromMime(data));
    return true; // a copy: the notes stay in the list they came from
}

} // namespace pc::ui
