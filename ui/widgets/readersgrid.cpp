// SPDX-License-Identifier: GPL-3.0-or-later
#include "readersgrid.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::ui {

namespace {

QLabel* headerLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ReadersGrid::ReadersGrid(QWidget* parent)
    : QWidget(parent)
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("readersScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    auto* rows = new QWidget(scroll);
    rows->setBackgroundRole(QPalette::Base);
    rows->setAutoFillBackground(true);
    m_grid = new QGridLayout(rows);
    m_grid->setContentsMargins(8, 6, 8, 6);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(4);
    m_grid->addWidget(headerLabel(tr("Team member"), rows), 0, 0);
    m_grid->addWidget(headerLabel(tr("Asked to read"), rows), 0, 1, Qt::AlignHCenter);
    m_grid->addWidget(headerLabel(tr("Has read"), rows), 0, 2, Qt::AlignHCenter);
    m_grid->setColumnStretch(0, 1);
    m_noTeam = new QLabel(tr("Add the team on the Team page to ask them to read it."), rows);
    m_noTeam->setWordWrap(true);
    m_noTeam->setForegroundRole(QPalette::PlaceholderText);
    m_grid->addWidget(m_noTeam, 1, 0, 1, 3);
    m_grid->setRowStretch(1000, 1); // rows sit at the top
    scroll->setWidget(rows);

    m_askEveryone = new QPushButton(tr("As&k everyone"), this);
    m_askEveryone->setObjectName(QStringLiteral("askEveryoneButton"));
    m_askEveryone->setAccessibleName(tr("Ask everyone to read it"));
    m_askEveryone->setToolTip(tr("Ask every member of the team to read this document"));
    m_markAllRead = new QPushButton(tr("Mark a&ll read"), this);
    m_markAllRead->setObjectName(QStringLiteral("markAllReadButton"));
    m_markAllRead->setAccessibleName(tr("Mark all read"));
    m_markAllRead->setToolTip(tr("Record that everyone asked to read it has read it"));
    connect(m_askEveryone, &QPushButton::clicked, this, &ReadersGrid::askEveryoneClicked);
    connect(m_markAllRead, &QPushButton::clicked, this, &ReadersGrid::markAllReadClicked);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_askEveryone);
    buttons->addWidget(m_markAllRead);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    updateButtons();
}

QString ReadersGrid::askedName(const QUuid& member)
{
    return QStringLiteral("askedCheck_") + member.toString(QUuid::WithoutBraces);
}

QString ReadersGrid::readName(const QUuid& member)
{
    return QStringLiteral("readCheck_") + member.toString(QUuid::WithoutBraces);
}

void ReadersGrid::setMembers(const QList<Member>& members)
{
    const bool same =
        members.size() == m_rows.size()
        && std::equal(members.cbegin(), members.cend(), m_rows.cbegin(), [](const Member& m, const Row& r) {
               return m.id == r.member && m.name == r.name && r.label->toolTip() == roleLabel(m.role);
           });
    if (same)
        return;
    for (const Row& row : std::as_const(m_rows)) {
        delete row.label;
        delete row.asked;
        delete row.read;
    }
    m_rows.clear();
    for (const Member& member : members)
        addRow(member);
    m_noTeam->setVisible(members.isEmpty());
    setDocument(m_document);
}

void ReadersGrid::addRow(const Member& member)
{
    QWidget* parent = m_noTeam->parentWidget();
    Row row{member.id, member.name, new QLabel(member.name, parent), new QCheckBox(parent),
            new QCheckBox(parent)};
    row.label->setToolTip(roleLabel(member.role));
    row.asked->setObjectName(askedName(member.id));
    row.asked->setAccessibleName(tr("%1 is asked to read it").arg(member.name));
    row.read->setObjectName(readName(member.id));
    row.read->setAccessibleName(tr("%1 has read it").arg(member.name));
    const QUuid id = member.id;
    connect(row.asked, &QCheckBox::clicked, this, [this, id](bool on) { emit askedToggled(id, on); });
    connect(row.read, &QCheckBox::clicked, this, [this, id](bool on) { emit readToggled(id, on); });
    const int gridRow = int(m_rows.size()) + 1; // row 0 holds the headings
    m_grid->addWidget(row.label, gridRow, 0);
    m_grid->addWidget(row.asked, gridRow, 1, Qt::AlignHCenter);
    m_grid->addWidget(row.read, gridRow, 2, Qt::AlignHCenter);
    m_rows.append(row);
}

void ReadersGrid::setDocument(const Document& document)
{
    m_document = document;
    for (const Row& row : std::as_const(m_rows)) {
        row.asked->setChecked(document.readers.contains(row.member));
        row.read->setChecked(document.readBy.contains(row.member));
    }
    updateButtons();
}

void ReadersGrid::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void ReadersGrid::updateButtons()
{
    const bool document = !m_document.id.isNull();
    bool everyoneAsked = true;
    bool allRead = true;
    for (const Row& row : std::as_const(m_rows)) {
        everyoneAsked = everyoneAsked && m_document.readers.contains(row.member);
        row.asked->setEnabled(m_editable && document);
        row.read->setEnabled(m_editable && document);
    }
    for (const QUuid& reader : std::as_const(m_document.readers))
        allRead = allRead && m_document.readBy.contains(reader);
    m_askEveryone->setEnabled(m_editable && document && !m_rows.isEmpty() && !everyoneAsked);
    m_markAllRead->setEnabled(m_editable && document && !m_document.readers.isEmpty() && !allRead);
}

} // namespace pc::ui
