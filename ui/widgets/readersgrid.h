// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "model/member.h"

#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace pc::ui {

/// Who is asked to read a document and who has: one row per team member with two check
/// boxes, and buttons for the whole team. It shows and announces; the editor pushes commands.
class ReadersGrid : public QWidget
{
    Q_OBJECT

public:
    explicit ReadersGrid(QWidget* parent = nullptr);

    /// The team, in its order; rebuilds the rows only when the team changed.
    void setMembers(const QList<Member>& members);
    /// Ticks the boxes as the document says, without announcing anything.
    void setDocument(const Document& document);
    void setEditable(bool editable);

    /// The object names of a member's boxes, for tests.
    [[nodiscard]] static QString askedName(const QUuid& member);
    [[nodiscard]] static QString readName(const QUuid& member);

signals:
    void askedToggled(const QUuid& member, bool asked);
    void readToggled(const QUuid& member, bool read);
    void askEveryoneClicked();
    void markAllReadClicked();

private:
    struct Row
    {
        QUuid member;
        QString name;
        QLabel* label = nullptr;
        QCheckBox* asked = nullptr;
        QCheckBox* read = nullptr;
    };

    void addRow(const Member& member);
    void updateButtons();

    QGridLayout* m_grid;
    QLabel* m_noTeam;
    QPushButton* m_askEveryone;
    QPushButton* m_markAllRead;
    QList<Row> m_rows;
    Document m_document;
    bool m_editable = true;
};

} // namespace pc::ui
