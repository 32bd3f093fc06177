// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/csvimport.h"
#include "exchange/csvreader.h"

#include <QDialog>
#include <QList>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace pc::ui {

/// The column-mapping step of every CSV import: the person picks which file column feeds each field,
/// sees the first rows under the columns they feed, and every row that would be rejected with its
/// line. Import is offered only when every row converts, so nothing is half-imported. The caller
/// imports with mapping() after exec() returns Accepted.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `validate` converts every row with a mapping and returns what is wrong (typically
    /// `csv::importRows(...).problems`); it runs after every change, so it must be quick.
    CsvImportDialog(const QString& title, csv::CsvTable table, QList<csv::ColumnSpec> specs,
                    std::function<QList<csv::RowProblem>(const csv::ColumnMapping&)> validate,
                    QWidget* parent = nullptr);

    /// The columns chosen, completed against the header and the specs.
    [[nodiscard]] csv::ColumnMapping mapping() const;

private:
    QWidget* buildColumns(const csv::ColumnMapping& guess);
    QComboBox* buildCombo(const csv::ColumnSpec& spec, int column, QWidget* parent);
    QWidget* buildPreview();
    QWidget* buildProblems();
    void sizeToScreen();
    void refresh();
    void showPreviewHeaders(const csv::ColumnMapping& mapping);
    [[nodiscard]] QStringList mappingProblems(const csv::ColumnMapping& mapping) const;
    void showProblems(const csv::ColumnMapping& mapping);
    [[nodiscard]] QString summaryText(bool columnsChosen, const QList<csv::RowProblem>& problems) const;
    void markPreviewRows(const QList<csv::RowProblem>& problems);
    void showSummary(const QString& text, bool ok);
    void copyProblems(bool selectedOnly);

    csv::CsvTable m_table;
    QList<csv::ColumnSpec> m_specs;
    std::function<QList<csv::RowProblem>(const csv::ColumnMapping&)> m_validate;
    QList<QComboBox*> m_combos; // one per spec, in the specs' order
    QTableWidget* m_preview = nullptr;
    QLabel* m_summaryIcon = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_ignored = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace pc::ui
