// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace pc::ui {

/// The Documents page's view of a DocumentModel: only the documents whose title contains the
/// filter text and that come from the chosen source, sorted by the model's sort values.
class DocumentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DocumentFilterModel(QObject* parent = nullptr);

    void setTitleFilter(const QString& text);
    /// A DocumentSource key, or empty for every source.
    void setSourceFilter(const QString& key);
    [[nodiscard]] bool isFiltering() const { return !m_title.isEmpty() || !m_source.isEmpty(); }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_title;
    QString m_source;
};

} // namespace pc::ui
