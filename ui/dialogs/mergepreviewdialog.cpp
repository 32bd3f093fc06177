// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergepreviewdialog.h"

#include "models/recordkinds.h"
#include "sync/clockskew.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pc::ui {

namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MergePreviewDialog::MergePreviewDialog(const QString& sourcePath, const MergeReport& preview, QWidget* parent)
    : QDialog(parent)
    , m_skewed(preview.sourceClockAheadMs > 0)
    , m_hasChanges(preview.changes() > 0)
{
    setObjectName(QStringLiteral("mergePreviewDialog"));
    setWindowTitle(tr("Merge from Copy"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = wrapped(
        tr("<b>Merge %1 into this engagement?</b>").arg(QFileInfo(sourcePath).fileName().toHtmlEscaped()),
        this);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);
    layout->addWidget(wrapped(QDir::toNativeSeparators(QFileInfo(sourcePath).absoluteFilePath()), this));

    if (m_skewed) {
        auto* warning = new QFrame(this);
        warning->setObjectName(QStringLiteral("mergeSkewWarning"));
        warning->setFrameShape(QFrame::StyledPanel);
        auto* box = new QVBoxLayout(warning);
        auto* text =
            wrapped(skewWarning(preview.sourceNewestHlc, preview.sourceClockAheadMs) + QStringLiteral(" ")
                        + tr("Check the clock of the laptop it came from before merging."),
                    warning);
        text->setObjectName(QStringLiteral("mergeSkewText"));
        box->addWidget(text);
        m_acceptSkew = new QCheckBox(tr("Merge &anyway: I know this copy's clock is wrong"), warning);
        m_acceptSkew->setObjectName(QStringLiteral("mergeAcceptSkew"));
        box->addWidget(m_acceptSkew);
        layout->addWidget(warning);
    }

    if (!m_hasChanges) {
        auto* nothing = wrapped(tr("This copy brings nothing new: everything in it is here already."), this);
        nothing->setObjectName(QStringLiteral("mergeNothingNew"));
        layout->addWidget(nothing);
    } else {
        auto* table = new QTreeWidget(this);
        table->setObjectName(QStringLiteral("mergePreviewTable"));
        table->setAccessibleName(tr("Changes the merge will make"));
        table->setRootIsDecorated(false);
        table->setHeaderLabels({tr("What"), tr("Added"), tr("Updated"), tr("Deleted"), tr("Revived")});
        const QLocale locale;
        for (auto it = preview.tables.cbegin(); it != preview.tables.cend(); ++it) {
            if (it->total() == 0 || it.key() == QLatin1String("device"))
                continue;
            auto* row = new QTreeWidgetItem(table);
            row->setText(0, recordKindLabel(it.key()));
            row->setData(0, Qt::UserRole, it.key());
            const int counts[] = {it->added, it->updated, it->deleted, it->revived};
            for (int column = 1; column <= 4; ++column) {
                row->setText(column,
                             counts[column - 1] == 0 ? QString() : locale.toString(counts[column - 1]));
                row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            }
        }
        table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int column = 1; column <= 4; ++column)
            table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        layout->addWidget(table, 1);
        if (!preview.conflicts.isEmpty()) {
            const qsizetype n = preview.conflicts.size();
            auto* conflicts = wrapped(
                (n == 1 ? tr("1 field was changed on both copies since they last met.")
                        : tr("%1 fields were changed on both copies since they last met.").arg(n))
                    + QStringLiteral(" ")
                    + tr(
                        "The later change is kept; after the merge you see each one and can choose the other "
                        "version."),
                this);
            conflicts->setObjectName(QStringLiteral("mergeConflictCount"));
            layout->addWidget(conflicts);
        }
        layout->addWidget(
            wrapped(tr("The merge is one step of Edit > Undo. The steps before it can no longer "
                       "be undone: replaying them over merged changes would lose work."),
                    this));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_acceptSkew)
        connect(m_acceptSkew, &QCheckBox::toggled, this, &MergePreviewDialog::updateButton);
    updateButton();
    resize(560, m_hasChanges ? 460 : 220);
}

bool MergePreviewDialog::acceptsSkew() const
{
    return m_acceptSkew && m_acceptSkew->isChecked();
}

void MergePreviewDialog::updateButton()
{
    m_merge->setEnabled(m_hasChanges && (!m_skewed || acceptsSkew()));
    m_merge->setDefault(m_merge->isEnabled());
}

} // namespace pc::ui
