// SPDX-License-Identifier: GPL-3.0-or-later
#include "newengagementdialog.h"

#include "templates/programmetemplate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc::ui {

NewEngagementDialog::NewEngagementDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Engagement"));
    auto* form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("templateCombo"));
    m_template->setAccessibleName(tr("Programme"));
    for (const ProgrammeTemplate& t : TemplateLibrary::builtIn().templates())
        m_template->addItem(t.name, t.id);
    // Most engagements are corporate peer challenges; the list is alphabetical.
    m_template->setCurrentIndex(std::max(0, m_template->findData(QStringLiteral("lga-cpc-2024"))));
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    // Fixed width, and a dialog that takes its contents' size, so the wrapped text is never cut.
    m_description->setFixedWidth(m_description->fontMetrics().averageCharWidth() * 64);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setAccessibleName(tr("Host organisation"));
    m_host->setPlaceholderText(tr("e.g. Northmoor District Council"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Programme:"), m_template);
    form->addRow(m_description);
    form->addRow(tr("&Host organisation:"), m_host);
    form->addRow(tr("&Title:"), m_title);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, &NewEngagementDialog::updateSuggestion);
    connect(m_host, &QLineEdit::textChanged, this, &NewEngagementDialog::updateSuggestion);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEdited = !m_title->text().isEmpty(); });
    layout->setSizeConstraint(QLayout::SetFixedSize);
    updateSuggestion();
}

void NewEngagementDialog::updateSuggestion()
{
    const auto programme = TemplateLibrary::builtIn().find(m_template->currentData().toString());
    m_description->setText(programme ? programme->description : QString());
    if (m_titleEdited || !programme)
        return;
    const QString host = m_host->text().trimmed();
    m_title->setText(host.isEmpty() ? programme->name : tr("%1 %2").arg(host, programme->name));
}

NewEngagementChoice NewEngagementDialog::choice() const
{
    return {m_template->currentData().toString(), m_host->text().trimmed(), m_title->text().trimmed()};
}

} // namespace pc::ui
