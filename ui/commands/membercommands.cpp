// SPDX-License-Identifier: GPL-3.0-or-later
#include "membercommands.h"

#include "common/uuidsource.h"
#include "model/registry.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"
#include "storage/recordstore.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>

#include <utility>

namespace pc::ui {

namespace {

const QString memberTable = QStringLiteral("member");

QString tr(const char* text)
{
    return QCoreApplication::translate("pc::ui::MemberCommands", text);
}

} // namespace

AddMember::AddMember(EngagementSession& session, Member member)
    : Command(session, tr("Add member"))
    , m_member(std::move(member))
{
    if (m_member.id.isNull())
        m_member.id = session.file().records().installation().uuids().next();
}

void AddMember::apply(RecordStore& records)
{
    if (m_inserted) {
        records.restore(records.registry().table(memberTable), m_member.id);
        return;
    }
    TeamRepository(records).addMember(m_member);
    m_inserted = true;
}

void AddMember::revert(RecordStore& records)
{
    records.remove(records.registry().table(memberTable), m_member.id);
}

RemoveMember::RemoveMember(EngagementSession& session, const QUuid& member, const QString& name)
    : Command(session, name.isEmpty() ? tr("Remove member") : tr("Remove %1").arg(name))
    , m_member(member)
{
}

void RemoveMember::apply(RecordStore& records)
{
    m_removed = records.removeWithDependents(records.registry().table(memberTable), m_member);
}

void RemoveMember::revert(RecordStore& records)
{
    records.restoreAll(m_removed);
}

} // namespace pc::ui
