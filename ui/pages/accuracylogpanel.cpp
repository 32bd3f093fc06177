// SPDX-License-Identifier: GPL-3.0-or-later
#include "accuracylogpanel.h"

#include "commands/reportcommands.h"
#include "common/error.h"
#include "common/savefile.h"
#include "dialogs/accuracycommentdialog.h"
#include "exchange/csvwriter.h"
#include "prompter.h"
#include "rules/deadlines.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/reportrepository.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

enum Column { Received, Draft, Section, Comment, Decision, Response, Columns };

} // namespace

AccuracyLogPanel::AccuracyLogPanel(Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_prompter(prompter)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, Columns, this))
    , m_add(new QPushButton(tr("&Log Comment…"), this))
    , m_edit(new QPushButton(tr("&Edit or Decide…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_export(new QPushButton(tr("Export List…"), this))
{
    m_summary->setObjectName(QStringLiteral("accuracySummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("accuracyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Received"), tr("Draft"), tr("Section"), tr("Comment"), tr("Decision"), tr("Change or reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Comment, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Response, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Received, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Draft, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Decision, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(Section, 160);
    m_add->setObjectName(QStringLiteral("logCommentButton"));
    m_edit->setObjectName(QStringLiteral("editCommentButton"));
    m_remove->setObjectName(QStringLiteral("removeCommentButton"));
    m_export->setObjectName(QStringLiteral("exportCommentsButton"));
    connect(m_add, &QPushButton::clicked, this, &AccuracyLogPanel::addComment);
    connect(m_edit, &QPushButton::clicked, this, &AccuracyLogPanel::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &AccuracyLogPanel::removeCurrent);
    connect(m_export, &QPushButton::clicked, this, &AccuracyLogPanel::exportCsv);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AccuracyLogPanel::editCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccuracyLogPanel::updateButtons);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &AccuracyLogPanel::editCurrent);
    auto* del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AccuracyLogPanel::removeCurrent);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    reload();
}

void AccuracyLogPanel::setSession(EngagementSession* session)
{
    m_session = session;
    reload();
}

void AccuracyLogPanel::setSections(const QList<std::pair<QString, QString>>& sections)
{
    m_sections = sections;
}

QString AccuracyLogPanel::sectionTitle(const QString& key) const
{
    for (const auto& [k, title] : m_sections) {
        if (k == key)
            return title;
    }
    return key.isEmpty() ? tr("Whole report") : tr("(a removed section)");
}

void AccuracyLogPanel::reload()
{
    const QUuid selected = current() ? current()->id : QUuid();
    m_comments = m_session ? ReportRepository(m_session->file().records()).comments(ReportKind::Feedback)
                           : QList<AccuracyComment>{};
    m_table->setRowCount(int(m_comments.size()));
    int open = 0;
    for (int row = 0; row < m_comments.size(); ++row) {
        const AccuracyComment& c = m_comments.at(row);
        open += c.decision == AccuracyDecision::Open ? 1 : 0;
        const QStringList cells{formatLongDate(c.received),        QString::number(c.version),
                                sectionTitle(c.section),           c.comment,
                                accuracyDecisionLabel(c.decision), c.response};
        for (int column = 0; column < Columns; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (c.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeRowsToContents();
    if (m_comments.isEmpty())
        m_summary->setText(
            tr("No comments from the council yet. When a draft comes back, log each comment with "
               "Log Comment, then accept it (saying what changed) or decline it (giving the reason)."));
    else
        m_summary->setText((m_comments.size() == 1
                                ? tr("1 comment from the council")
                                : tr("%1 comments from the council").arg(m_comments.size()))
                           + (open > 0 ? tr(", %1 still open.").arg(open) : tr(", all decided.")));
    updateButtons();
}

const AccuracyComment* AccuracyLogPanel::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_comments.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_comments.at(row);
}

void AccuracyLogPanel::updateButtons()
{
    const bool editable = m_session && !m_session->isReadOnly();
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && current());
    m_remove->setEnabled(editable && current());
    m_export->setEnabled(!m_comments.isEmpty());
}

void AccuracyLogPanel::addComment()
{
    if (!m_session || m_session->isReadOnly())
        return;
    AccuracyComment fresh;
    fresh.report = ReportKind::Feedback;
    if (const auto latest = ReportRepository(m_session->file().records()).latestVersion(ReportKind::Feedback))
        fresh.version = latest->number;
    fresh.received = m_session->today();
    AccuracyCommentDialog dialog(m_sections, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->push(std::make_unique<AddAccuracyComments>(
        *m_session, QList<AccuracyComment>{dialog.comment()}, tr("Log Factual-Accuracy Comment")));
}

void AccuracyLogPanel::editCurrent()
{
    const AccuracyComment* comment = current();
    if (!m_session || m_session->isReadOnly() || !comment)
        return;
    const AccuracyComment before = *comment;
    AccuracyCommentDialog dialog(m_sections, before, this);
    if (dialog.exec() != QDialog::Accepted || dialog.comment() == before)
        return;
    m_session->push(std::make_unique<EditAccuracyComments>(*m_session, QList<AccuracyComment>{before},
                                                           QList<AccuracyComment>{dialog.comment()},
                                                           tr("Edit Factual-Accuracy Comment")));
}

void AccuracyLogPanel::removeCurrent()
{
    const AccuracyComment* comment = current();
    if (!m_session || m_session->isReadOnly() || !comment)
        return;
    m_session->push(std::make_unique<RemoveAccuracyComments>(*m_session, QList<QUuid>{comment->id},
                                                             tr("Remove Factual-Accuracy Comment")));
}

void AccuracyLogPanel::exportCsv()
{
    if (m_comments.isEmpty())
        return;
    const QString path = m_prompter.fileToSave(this, tr("Export Factual-Accuracy Log"),
                                               tr("Factual-accuracy log.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QList<QStringList> rows;
    for (const AccuracyComment& c : m_comments)
        rows.append({c.received.toString(Qt::ISODate), QString::number(c.version), sectionTitle(c.section),
                     c.comment, accuracyDecisionLabel(c.decision), c.response});
    const QByteArray bytes = csv::write(
        {tr("Received"), tr("Draft"), tr("Section"), tr("Comment"), tr("Decision"), tr("Change or reason")},
        rows);
    try {
        saveFile(path, bytes);
    } catch (const Error& error) {
        m_prompter.showError(this, tr("Export Factual-Accuracy Log"), error.message());
        return;
    }
    emit statusMessage(tr("The factual-accuracy log was written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace pc::ui
