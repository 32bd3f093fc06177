// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberthemeslist.h"

#include "commands/setlinks.h"
#include "session/engagementsession.h"
#include "storage/engagementfile.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"

namespace pc::ui {

MemberThemesList::MemberThemesList(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("memberThemesList"));
    setAccessibleName(tr("Themes this member leads"));
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_loading || !m_session || m_member.isNull())
            return;
        const bool lead = item->checkState() == Qt::Checked;
        const QUuid theme = item->data(Qt::UserRole).toUuid();
        m_session->push(std::make_unique<SetLink>(
            *m_session, QStringLiteral("theme_lead"), theme, m_member, lead,
            lead ? tr("Lead %1").arg(item->text()) : tr("Stop leading %1").arg(item->text())));
    });
}

void MemberThemesList::setSession(EngagementSession* session)
{
    m_session = session;
    showMember({}, false);
}

void MemberThemesList::showMember(const QUuid& member, bool editable)
{
    m_member = member;
    m_loading = true;
    const QList<Theme> themes =
        m_session ? ScopeRepository(m_session->file().records()).themes() : QList<Theme>{};
    // Items are updated in place when the themes are the same: this runs from the itemChanged
    // signal of a tick, whose item must outlive it.
    bool same = count() == themes.size();
    for (int i = 0; same && i < count(); ++i)
        same = item(i)->data(Qt::UserRole).toUuid() == themes[i].id;
    if (!same) {
        clear();
        for (const Theme& theme : themes)
            new QListWidgetItem(theme.title, this);
    }
    if (m_session) {
        const QMap<QUuid, QList<QUuid>> leads = TeamRepository(m_session->file().records()).allThemeLeads();
        for (int i = 0; i < themes.size(); ++i) {
            const Theme& theme = themes[i];
            QListWidgetItem* item = this->item(i);
            item->setText(theme.title);
            item->setData(Qt::UserRole, theme.id);
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
            if (editable && !member.isNull())
                flags |= Qt::ItemIsUserCheckable;
            item->setFlags(flags);
            item->setCheckState(!member.isNull() && leads.value(theme.id).contains(member) ? Qt::Checked
                                                                                           : Qt::Unchecked);
        }
    }
    setEnabled(!member.isNull());
    m_loading = false;
}

} // namespace pc::ui
