// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimportdialog.h"

#include "widgets/sectiontitle.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

constexpr int previewRows = 8;
constexpr int notImported = -1;

/// A file column as the combos and the preview name it: its header, or its position when the
/// header cell is empty.
QString columnName(const QStringList& header, int column)
{
    const QString name = header.value(column).trimmed();
    return name.isEmpty() ? CsvImportDialog::tr("Column %1").arg(column + 1) : name;
}

/// A cell on one line: line breaks inside quoted fields would make preview rows uneven.
QString oneLine(QString value)
{
    return value.replace(u'\n', u' ');
}

/// The labels of the fields each mapped column feeds, in the specs' order.
QMap<int, QStringList> fieldsByColumn(const csv::ColumnMapping& mapping, const QList<csv::ColumnSpec>& specs)
{
    QMap<int, QStringList> result;
    for (const csv::ColumnSpec& spec : specs) {
        if (mapping.columnOf.contains(spec.key))
            result[mapping.columnOf.value(spec.key)].append(spec.label);
    }
    return result;
}

} // namespace

CsvImportDialog::CsvImportDialog(const QString& title, csv::CsvTable table, QList<csv::ColumnSpec> specs,
                                 std::function<QList<csv::RowProblem>(const csv::ColumnMapping&)> validate,
                                 QWidget* parent)
    : QDialog(parent)
    , m_table(std::move(table))
    , m_specs(std::move(specs))
    , m_validate(std::move(validate))
{
    setWindowTitle(title);
    auto* intro = new QLabel(tr("Choose the column of the file that holds each field. Fields marked * "
                                "need a column. Nothing is imported until every row can be."),
                             this);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    // Built in reading order, which is also the Tab order: fields, preview, problems, buttons.
    layout->addWidget(buildColumns(csv::guessMapping(m_table.header, m_specs)));
    layout->addWidget(buildPreview(), 1); // the preview takes the height the rest leaves
    layout->addWidget(buildProblems());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_import = buttons->button(QDialogButtonBox::Ok);
    m_import->setObjectName(QStringLiteral("importButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_import->setDefault(true); // Enter imports, but only while the button is enabled
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    refresh();
    sizeToScreen();
}

csv::ColumnMapping CsvImportDialog::mapping() const
{
    QHash<QString, int> columnOf;
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        const int column = m_combos.at(i)->currentData().toInt();
        if (column != notImported)
            columnOf.insert(m_specs.at(i).key, column);
    }
    return csv::completeMapping(columnOf, m_table.header, m_specs);
}

QWidget* CsvImportDialog::buildColumns(const csv::ColumnMapping& guess)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Columns"), box));
    auto* forms = new QHBoxLayout;
    layout->addLayout(forms);
    // Two columns of fields from seven on, so that a long list leaves the height to the preview.
    const qsizetype perForm = m_specs.size() > 6 ? (m_specs.size() + 1) / 2 : m_specs.size();
    QFormLayout* form = nullptr;
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        if (i % perForm == 0) {
            form = new QFormLayout;
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            if (i > 0)
                forms->addSpacing(fontMetrics().averageCharWidth() * 4);
            forms->addLayout(form, 1);
        }
        const csv::ColumnSpec& spec = m_specs.at(i);
        QComboBox* combo = buildCombo(spec, guess.columnOf.value(spec.key, notImported), box);
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::refresh);
        m_combos.append(combo);
        auto* label = new QLabel(spec.required ? tr("%1 *").arg(spec.label) : spec.label, box);
        label->setBuddy(combo);
        if (spec.required)
            label->setToolTip(tr("Required: every row needs a value from this column."));
        form->addRow(label, combo);
    }
    return box;
}

QComboBox* CsvImportDialog::buildCombo(const csv::ColumnSpec& spec, int column, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("column-") + spec.key);
    combo->setAccessibleName(spec.label);
    // Long header names must not widen the dialog; the open list shows them in full.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    combo->addItem(tr("(not imported)"), notImported);
    for (int c = 0; c < m_table.header.size(); ++c)
        combo->addItem(columnName(m_table.header, c), c);
    combo->setCurrentIndex(std::max(0, combo->findData(column)));
    return combo;
}

QWidget* CsvImportDialog::buildPreview()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<QStringList> rows = csv::preview(m_table, previewRows);
    auto* heading = new QHBoxLayout;
    heading->addWidget(sectionTitle(tr("Preview"), box));
    const qsizetype total = m_table.rows.size();
    auto* caption = new QLabel(rows.size() < total
                                   ? tr("The first %L1 of %L2 rows; at the left, their lines in the file.")
                                         .arg(rows.size())
                                         .arg(total)
                                   : tr("The rows of the file; at the left, their lines in the file."),
                               box);
    caption->setForegroundRole(QPalette::PlaceholderText);
    caption->setVisible(total > 0);
    heading->addWidget(caption, 1, Qt::AlignBottom);
    layout->addLayout(heading);

    m_preview = new QTableWidget(int(rows.size()), int(m_table.header.size()), box);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the dialog
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_preview->horizontalHeader()->setHighlightSections(false);
    m_preview->verticalHeader()->setHighlightSections(false);
    m_preview->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Wide enough for a warning icon and a three-digit line, so that marking a row moves nothing.
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_preview->verticalHeader()->setMinimumWidth(
        iconSize + fontMetrics().horizontalAdvance(QStringLiteral("999")) + fontMetrics().averageCharWidth());
    for (int c = 0; c < m_table.header.size(); ++c)
        m_preview->setHorizontalHeaderItem(c, new QTableWidgetItem);
    for (int r = 0; r < rows.size(); ++r) {
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(m_table.lines.value(r))));
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto* item = new QTableWidgetItem(oneLine(rows.at(r).at(c)));
            item->setToolTip(rows.at(r).at(c));
            m_preview->setItem(r, c, item);
        }
    }
    layout->addWidget(m_preview, 1);
    return box;
}

QWidget* CsvImportDialog::buildProblems()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QHBoxLayout;
    m_summaryIcon = new QLabel(box);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    heading->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    heading->addWidget(m_summary, 1);
    layout->addLayout(heading);

    auto* row = new QHBoxLayout;
    m_problems = new QListWidget(box);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Why rows cannot be imported"));
    m_problems->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_problems->setWordWrap(true);
    m_problems->setSpacing(1);
    auto* copySelected = new QAction(tr("Copy"), m_problems);
    copySelected->setShortcut(QKeySequence::Copy);
    copySelected->setShortcutContext(Qt::WidgetShortcut);
    connect(copySelected, &QAction::triggered, this, [this] { copyProblems(true); });
    m_problems->addAction(copySelected);
    m_problems->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copy = new QPushButton(tr("Copy all"), box);
    m_copy->setObjectName(QStringLiteral("copyProblemsButton"));
    m_copy->setAccessibleName(tr("Copy all problems"));
    m_copy->setAutoDefault(false); // Enter still means Import
    connect(m_copy, &QPushButton::clicked, this, [this] { copyProblems(false); });
    row->addWidget(m_problems, 1);
    row->addWidget(m_copy, 0, Qt::AlignTop);
    layout->addLayout(row);

    m_ignored = new QLabel(box);
    m_ignored->setObjectName(QStringLiteral("ignoredColumns"));
    m_ignored->setWordWrap(true);
    m_ignored->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_ignored);
    return box;
}

void CsvImportDialog::sizeToScreen()
{
    // Room for a dozen columns and every preview row; never more than the screen offers.
    const int previewHeight = m_preview->horizontalHeader()->sizeHint().height()
                              + m_preview->verticalHeader()->length() + 2 * m_preview->frameWidth()
                              + m_preview->horizontalScrollBar()->sizeHint().height();
    QSize wanted = sizeHint() + QSize(0, std::max(0, previewHeight - m_preview->sizeHint().height()));
    wanted = wanted.expandedTo(QSize(fontMetrics().averageCharWidth() * 160, 0));
    wanted = wanted.expandedTo(QSize(640, 480));
    if (const QScreen* screen = this->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(wanted.expandedTo(minimumSizeHint()));
}

void CsvImportDialog::refresh()
{
    const csv::ColumnMapping current = mapping();
    showPreviewHeaders(current);
    showProblems(current);
}

void CsvImportDialog::showPreviewHeaders(const csv::ColumnMapping& mapping)
{
    const QMap<int, QStringList> fieldsOf = fieldsByColumn(mapping, m_specs);
    const QVariant quiet = QBrush(palette().color(QPalette::PlaceholderText));
    const QFont normal = m_preview->horizontalHeader()->font();
    QFont strong = normal;
    strong.setWeight(QFont::DemiBold);
    QHeaderView* header = m_preview->horizontalHeader();
    const int widest = fontMetrics().averageCharWidth() * 30;
    for (int c = 0; c < m_preview->columnCount(); ++c) {
        const bool mapped = fieldsOf.contains(c);
        const QString name = columnName(m_table.header, c);
        QTableWidgetItem* title = m_preview->horizontalHeaderItem(c);
        title->setText(mapped ? tr("%1\n→ %2").arg(name, fieldsOf.value(c).join(QStringLiteral(", ")))
                              : tr("%1\nnot imported").arg(name));
        title->setToolTip(title->text());
        title->setFont(mapped ? strong : normal);
        title->setData(Qt::ForegroundRole, mapped ? QVariant() : quiet);
        for (int r = 0; r < m_preview->rowCount(); ++r) {
            if (QTableWidgetItem* cell = m_preview->item(r, c))
                cell->setData(Qt::ForegroundRole, mapped ? QVariant() : quiet);
        }
        // Widen a column whose heading grew, up to a limit; never narrow what the person set.
        const int width = header->sectionSize(c);
        m_preview->resizeColumnToContents(c);
        header->resizeSection(c, std::max(width, std::min(widest, header->sectionSize(c))));
    }
}

QStringList CsvImportDialog::mappingProblems(const csv::ColumnMapping& mapping) const
{
    QStringList problems;
    for (const QString& label : mapping.unmappedRequired)
        problems.append(tr("Choose a column for %1.").arg(label));
    // A column feeds one field, as in guessMapping(). Not cleared for the person: moving through a
    // closed combo with the arrow keys passes over columns that other fields use.
    const QMap<int, QStringList> fieldsOf = fieldsByColumn(mapping, m_specs);
    for (auto it = fieldsOf.cbegin(); it != fieldsOf.cend(); ++it) {
        if (it->size() > 1)
            problems.append(tr("The column \"%1\" is chosen for %2 and %3.")
                                .arg(columnName(m_table.header, it.key()),
                                     QStringList(it->cbegin(), it->cend() - 1).join(QStringLiteral(", ")),
                                     it->last()));
    }
    return problems;
}

void CsvImportDialog::showProblems(const csv::ColumnMapping& mapping)
{
    const qsizetype rows = m_table.rows.size();
    QStringList lines = rows > 0 ? mappingProblems(mapping) : QStringList();
    // Rows are not checked until the columns are settled: validate would only repeat them.
    const bool columnsChosen = rows > 0 && lines.isEmpty();
    const QList<csv::RowProblem> problems =
        columnsChosen && m_validate ? m_validate(mapping) : QList<csv::RowProblem>();
    for (const csv::RowProblem& problem : problems)
        lines.append(csv::describe(problem));
    const bool ready = columnsChosen && problems.isEmpty();
    showSummary(summaryText(columnsChosen, problems), ready);
    markPreviewRows(problems);

    m_problems->clear();
    m_problems->addItems(lines);
    // As tall as its lines, up to six: the rest scrolls, and the preview keeps its height.
    const int lineHeight = std::max(m_problems->sizeHintForRow(0), fontMetrics().height());
    m_problems->setFixedHeight(std::clamp(int(lines.size()), 2, 6) * (lineHeight + 2 * m_problems->spacing())
                               + 2 * m_problems->frameWidth() + 4);
    m_problems->setVisible(!lines.isEmpty());
    m_copy->setVisible(!lines.isEmpty());
    m_ignored->setText(tr("Not imported: %1").arg(mapping.ignoredHeaders.join(QStringLiteral(", "))));
    m_ignored->setVisible(!mapping.ignoredHeaders.isEmpty());
    m_import->setEnabled(ready);
    m_import->setText(rows == 0   ? tr("Import")
                      : rows == 1 ? tr("Import 1 row")
                                  : tr("Import %L1 rows").arg(rows));
}

QString CsvImportDialog::summaryText(bool columnsChosen, const QList<csv::RowProblem>& problems) const
{
    const qsizetype rows = m_table.rows.size();
    if (rows == 0)
        return tr("The file has a header but no rows.");
    if (!columnsChosen)
        return tr("Nothing can be imported until the columns are chosen:");
    if (problems.isEmpty())
        return rows == 1 ? tr("The row is ready to import.")
                         : tr("All %L1 rows are ready to import.").arg(rows);
    QSet<int> lines;
    for (const csv::RowProblem& problem : problems)
        lines.insert(problem.line);
    return lines.size() == 1
               ? tr("1 row cannot be imported. Nothing will be imported until it is fixed:")
               : tr("%L1 rows cannot be imported. Nothing will be imported until they are fixed:")
                     .arg(lines.size());
}

void CsvImportDialog::markPreviewRows(const QList<csv::RowProblem>& problems)
{
    // The preview names rows by line, as the problems do: a rejected row shows it beside its number.
    QHash<int, QStringList> messagesOf;
    for (const csv::RowProblem& problem : problems)
        messagesOf[problem.line].append(problem.message);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        QTableWidgetItem* item = m_preview->verticalHeaderItem(r);
        const QStringList messages = messagesOf.value(m_table.lines.value(r));
        item->setIcon(messages.isEmpty() ? QIcon() : warning);
        item->setToolTip(messages.join(u'\n'));
    }
}

void CsvImportDialog::showSummary(const QString& text, bool ok)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning,
                                             nullptr, this);
    m_summaryIcon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_summary->setText(text);
}

void CsvImportDialog::copyProblems(bool selectedOnly)
{
    QStringList lines;
    for (int i = 0; i < m_problems->count(); ++i) {
        if (!selectedOnly || m_problems->item(i)->isSelected())
            lines.append(m_problems->item(i)->text());
    }
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace pc::ui
