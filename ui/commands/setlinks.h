// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QList>
#include <QUuid>

namespace pc::ui {

/// One link to make or break: (first, second) in a link table such as document_reader.
struct LinkChange
{
    QString table;
    QUuid first;
    QUuid second;
    bool linked = true;
};

/// Makes or breaks many links as one undo step ("Ask everyone", "Mark all read"). Only the
/// links whose state differs are touched, and undo puts back exactly those; a command that
/// would change nothing leaves no trace in the history.
class SetLinks : public Command
{
public:
    SetLinks(EngagementSession& session, QList<LinkChange> changes, const QString& text);

protected:
    void apply(RecordStore& records) override;
    void revert(RecordStore& records) override;

private:
    QList<LinkChange> m_changes;
    QList<LinkChange> m_applied; // the changes the last apply() made
};

/// Links two records through a link table (a document's theme, a reader, a theme lead), or
/// unlinks them: SetLinks for one pair.
class SetLink : public SetLinks
{
public:
    SetLink(EngagementSession& session, const QString& table, const QUuid& first, const QUuid& second,
            bool linked, const QString& text)
        : SetLinks(session, {LinkChange{table, first, second, linked}}, text)
    {
    }
};

} // namespace pc::ui
