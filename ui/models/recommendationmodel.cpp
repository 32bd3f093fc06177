// SPDX-License-Identifier: GPL-3.0-or-later
#include "recommendationmodel.h"

#include "findingsdata.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace pc::ui {

namespace {

/// The first line of a recommendation, for a one-line list.
QString firstLine(const QString& text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.isEmpty() ? RecommendationModel::tr("(no text yet)") : line;
}

} // namespace

RecommendationModel::RecommendationModel(FindingsData& data, Scope scope, QObject* parent)
    : QAbstractTableModel(parent)
    , m_data(data)
    , m_scope(scope)
{
    connect(&data, &FindingsData::reloaded, this, &RecommendationModel::rebuild);
    rebuild();
}

void RecommendationModel::rebuild()
{
    beginResetModel();
    m_rows = m_scope == Scope::Key ? m_data.keyRecommendations() : m_data.recommendations();
    endResetModel();
}

int RecommendationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecommendationModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_scope == Scope::Key ? 2 : 4;
}

int RecommendationModel::rowOf(const QUuid& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

QVariant RecommendationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Recommendation& r = m_rows.at(index.row());
    if (role == int(Role::Id))
        return r.id;
    switch (Column(index.column())) {
    case Column::Number:
        if (role == Qt::DisplayRole)
            return m_scope == Scope::Key ? index.row() + 1 : m_data.numberOf(r.id);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Column::Text:
        return textData(r, role);
    case Column::Theme:
        if (role == Qt::DisplayRole)
            return r.theme.isNull() ? tr("Cross-cutting") : m_data.themeTitle(r.theme);
        break;
    case Column::Key:
        if (role == Qt::DisplayRole && r.isKey())
            return tr("Key %1").arg(m_data.keyRecommendations().indexOf(r) + 1);
        break;
    }
    return {};
}

QVariant RecommendationModel::textData(const Recommendation& r, int role) const
{
    const bool answersNothing = r.findings.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        // The key list names each by its number in the report, as the summary will.
        return m_scope == Scope::Key ? tr("R%1  %2").arg(m_data.numberOf(r.id)).arg(firstLine(r.text))
                                     : firstLine(r.text);
    case Qt::AccessibleTextRole:
        return r.text;
    case Qt::ToolTipRole: {
        QString tip = r.text.toHtmlEscaped();
        if (answersNothing)
            tip += QStringLiteral("<p>") + tr("Answers no finding yet: link the findings it responds to.")
                   + QStringLiteral("</p>");
        return tip;
    }
    case Qt::DecorationRole:
        if (answersNothing)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (r.text.trimmed().isEmpty())
            return QApplication::palette().brush(QPalette::PlaceholderText);
        break;
    default:
        break;
    }
    return {};
}

QVariant RecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Number:
        return tr("No.");
    case Column::Text:
        return tr("Recommendation");
    case Column::Theme:
        return tr("Theme");
    case Column::Key:
        return tr("Key");
    }
    return {};
}

} // namespace pc::ui
