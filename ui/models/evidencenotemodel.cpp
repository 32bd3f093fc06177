// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencenotemodel.h"

#include "findingsdata.h"

#include <QItemSelectionModel>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace pc::ui {

QString noteIdsMimeType()
{
    return QStringLiteral("application/x-peerchallenge-note-ids");
}

QList<QUuid> selectedNoteIds(const QItemSelectionModel& selection)
{
    QModelIndexList rows = selection.selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<QUuid> ids;
    ids.reserve(rows.size());
    for (const QModelIndex& row : std::as_const(rows))
        ids.append(row.data(int(EvidenceNoteModel::Role::Id)).toUuid());
    return ids;
}

QList<QUuid> noteIdsFromMime(const QMimeData* mime)
{
    QList<QUuid> ids;
    if (!mime || !mime->hasFormat(noteIdsMimeType()))
        return ids;
    for (const QByteArray& line : mime->data(noteIdsMimeType()).split('\n')) {
        const QUuid id = QUuid::fromString(QLatin1String(line));
        if (!id.isNull() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

EvidenceNoteModel::EvidenceNoteModel(FindingsData& data, QObject* parent)
    : QAbstractListModel(parent)
    , m_data(data)
{
    connect(&data, &FindingsData::reloaded, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int EvidenceNoteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_data.notes().size());
}

const Note& EvidenceNoteModel::noteAt(int row) const
{
    return m_data.notes().at(row);
}

int EvidenceNoteModel::rowOf(const QUuid& id) const
{
    const Note* note = m_data.note(id);
    return note ? int(note - m_data.notes().constData()) : -1;
}

QVariant EvidenceNoteModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Note& note = noteAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return note.text;
    case Qt::ToolTipRole: {
        QString tip =
            QStringLiteral("<p>%1</p><p>%2</p>").arg(metaOf(note).toHtmlEscaped(), note.text.toHtmlEscaped());
        const QStringList titles = findingTitles(note);
        if (!titles.isEmpty())
            tip += tr("<p>Evidence for: %1</p>").arg(titles.join(QStringLiteral("; ")).toHtmlEscaped());
        return tip;
    }
    case int(Role::Id):
        return note.id;
    case int(Role::Meta):
        return metaOf(note);
    case int(Role::Findings):
        return findingTitles(note);
    case int(Role::Sentiment):
        return int(note.sentiment);
    default:
        return {};
    }
}

Qt::ItemFlags EvidenceNoteModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractListModel::flags(index);
    // A read-only file links nothing, so nothing drags either.
    if (index.isValid() && m_data.isEditable())
        result |= Qt::ItemIsDragEnabled;
    return result;
}

QStringList EvidenceNoteModel::mimeTypes() const
{
    return {noteIdsMimeType()};
}

QMimeData* EvidenceNoteModel::mimeData(const QModelIndexList& indexes) const
{
    QList<QByteArray> lines;
    for (const QModelIndex& index : indexes) {
        const QByteArray id = index.data(int(Role::Id)).toUuid().toByteArray(QUuid::WithoutBraces);
        if (!lines.contains(id))
            lines.append(id);
    }
    auto* mime = new QMimeData;
    mime->setData(noteIdsMimeType(), lines.join('\n'));
    return mime;
}

QString EvidenceNoteModel::metaOf(const Note& note) const
{
    const QDateTime when = FindingsData::localTime(note);
    QStringList parts{QLocale().toString(when, QStringLiteral("ddd d MMM HH:mm"))};
    const QString source = m_data.sourceOf(note);
    parts.append(source.isEmpty() ? tr("not from a session or document") : source);
    return parts.join(QStringLiteral(" \u00b7 "));
}

QStringList EvidenceNoteModel::findingTitles(const Note& note) const
{
    QStringList titles;
    for (const QUuid& id : m_data.findingsOfNote(note.id)) {
        if (const Finding* finding = m_data.finding(id))
            titles.append(finding->title);
    }
    return titles;
}

} // namespace pc::ui
