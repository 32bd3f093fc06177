// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace pc::ui {

PoolFilterBar::PoolFilterBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("poolSearch"));
    m_search->setAccessibleName(tr("Search the pool"));
    m_search->setPlaceholderText(tr("Search names, organisations, job titles, expertise"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 30);
    layout->addWidget(m_search, 1); // the search box takes the room the filters leave

    m_expertise = addCombo("poolExpertiseFilter", tr("E&xpertise:"));
    m_expertise->setEditable(true);
    m_expertise->setInsertPolicy(QComboBox::NoInsert);
    m_expertise->lineEdit()->setPlaceholderText(tr("Any"));
    m_expertise->lineEdit()->setClearButtonEnabled(true);
    m_sector = addCombo("poolSectorFilter", tr("&Sector:"));
    m_sector->addItem(tr("Any sector"), -1);
    for (const Sector sector : allSectors)
        m_sector->addItem(sectorLabel(sector), int(sector));
    m_party = addCombo("poolPartyFilter", tr("&Party:"));
    m_party->addItem(tr("Any party"), QString());
    m_use = addCombo("poolUseFilter", tr("&Used:"));
    m_use->addItem(tr("Any time or never"), int(PoolFilter::Use::Any));
    m_use->addItem(tr("Not for two years"), int(PoolFilter::Use::NotForTwoYears));
    m_use->addItem(tr("Never"), int(PoolFilter::Use::Never));

    // Connected once every combo is filled, so that nobody reads a half-built bar.
    connect(m_search, &QLineEdit::textChanged, this, &PoolFilterBar::changed);
    connect(m_expertise, &QComboBox::editTextChanged, this, &PoolFilterBar::changed);
    for (QComboBox* combo : {m_sector, m_party, m_use})
        connect(combo, &QComboBox::currentIndexChanged, this, &PoolFilterBar::changed);
}

QComboBox* PoolFilterBar::addCombo(const char* name, const QString& label)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(name));
    combo->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(combo);
    auto* row = static_cast<QHBoxLayout*>(layout());
    row->addSpacing(8);
    row->addWidget(caption);
    row->addWidget(combo);
    return combo;
}

PoolFilter PoolFilterBar::filter() const
{
    PoolFilter filter;
    filter.text = m_search->text();
    filter.expertise = m_expertise->currentText();
    if (m_sector->currentData().toInt() >= 0)
        filter.sector = Sector(m_sector->currentData().toInt());
    filter.party = m_party->currentData().toString();
    filter.use = PoolFilter::Use(m_use->currentData().toInt());
    return filter;
}

void PoolFilterBar::setChoices(const QList<PoolPeer>& peers)
{
    QSet<QString> parties;
    QMap<QString, QString> tags; // by searchKey, so "Finance" and "finance" are offered once, sorted
    for (const PoolPeer& peer : peers) {
        if (!peer.politicalGroup.trimmed().isEmpty())
            parties.insert(peer.politicalGroup.trimmed());
        for (const QString& tag : splitTags(peer.expertise))
            tags.insert(searchKey(tag), tag);
    }
    QStringList partyList(parties.cbegin(), parties.cend());
    partyList.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker blocker(m_party);
        const QString party = m_party->currentData().toString();
        while (m_party->count() > 1)
            m_party->removeItem(1);
        for (const QString& name : std::as_const(partyList))
            m_party->addItem(name, name);
        m_party->setCurrentIndex(std::max(0, m_party->findData(party)));
    }
    const QSignalBlocker blocker(m_expertise);
    const QString expertise = m_expertise->currentText();
    m_expertise->clear();
    m_expertise->addItems(tags.values());
    m_expertise->setEditText(expertise);
}

void PoolFilterBar::clear()
{
    {
        const QSignalBlocker blockers[]{QSignalBlocker(m_search), QSignalBlocker(m_expertise),
                                        QSignalBlocker(m_sector), QSignalBlocker(m_party),
                                        QSignalBlocker(m_use)};
        m_search->clear();
        m_expertise->setEditText(QString());
        m_sector->setCurrentIndex(0);
        m_party->setCurrentIndex(0);
        m_use->setCurrentIndex(0);
    }
    emit changed();
}

} // namespace pc::ui
