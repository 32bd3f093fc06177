// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentmodel.h"

#include "session/engagementsession.h"
#include "storage/documentrepository.h"
#include "storage/engagementfile.h"
#include "storage/scoperepository.h"

#include <QLocale>

#include <algorithm>

namespace pc::ui {

namespace {

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace

int readersDone(const Document& document)
{
    return int(std::count_if(document.readers.cbegin(), document.readers.cend(),
                             [&document](const QUuid& member) { return document.readBy.contains(member); }));
}

DocumentModel::DocumentModel(QObject* parent)
    : SessionTableModel({QStringLiteral("document"), QStringLiteral("document_theme"),
                         QStringLiteral("document_reader"), QStringLiteral("document_read"),
                         QStringLiteral("theme"), QStringLiteral("member")},
                        parent)
{
}

void DocumentModel::load(RecordStore* records)
{
    m_documents.clear();
    m_themes.clear();
    if (!records)
        return;
    m_documents = DocumentRepository(*records).documents();
    m_themes = ScopeRepository(*records).themes();
    std::stable_partition(m_themes.begin(), m_themes.end(),
                          [](const Theme& theme) { return theme.kind == ThemeKind::Core; });
}

int DocumentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant DocumentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document& document = m_documents.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case int(Role::Id):
        return document.id;
    case int(Role::SourceKey):
        return documentSourceKey(document.source);
    case int(Role::Sort):
        return sortKey(document, column);
    case Qt::DisplayRole:
        return display(document, column);
    case Qt::ToolTipRole:
        if (column == Column::Themes)
            return themeTitles(document).join(QLatin1Char('\n'));
        return display(document, column);
    default:
        return {};
    }
}

QVariant DocumentModel::display(const Document& document, Column column) const
{
    switch (column) {
    case Column::Title:
        return document.title;
    case Column::Source:
        return documentSourceLabel(document.source);
    case Column::Received:
        return shortDate(document.received);
    case Column::Sent:
        return shortDate(document.sent);
    case Column::Themes:
        return themeTitles(document).join(QStringLiteral(", "));
    case Column::Read:
        if (document.readers.isEmpty())
            return tr("No one asked");
        return tr("%1 of %2").arg(readersDone(document)).arg(document.readers.size());
    }
    return {};
}

QVariant DocumentModel::sortKey(const Document& document, Column column) const
{
    switch (column) {
    case Column::Received:
        return document.received;
    case Column::Sent:
        return document.sent;
    case Column::Read:
        // The share read, with documents no one was asked to read first.
        return document.readers.isEmpty() ? -1.0 : double(readersDone(document)) / document.readers.size();
    default:
        return display(document, column);
    }
}

QStringList DocumentModel::themeTitles(const Document& document) const
{
    QStringList titles;
    for (const Theme& theme : m_themes) {
        if (document.themes.contains(theme.id))
            titles.append(theme.title);
    }
    return titles;
}

QVariant DocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Title:
        return tr("Title");
    case Column::Source:
        return tr("Source");
    case Column::Received:
        return tr("Received");
    case Column::Sent:
        return tr("Sent");
    case Column::Themes:
        return tr("Themes");
    case Column::Read:
        return tr("Read");
    }
    return {};
}

} // namespace pc::ui
