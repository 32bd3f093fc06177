// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolstore.h"

#include "common/error.h"
#include "common/uuidsource.h"
#include "model/engagement.h"
#include "storage/installation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>
#include <QSet>

namespace pc {

namespace {

const QString formatName = QStringLiteral("peerchallenge-peer-pool");
constexpr qint64 maxPoolBytes = 64 * 1024 * 1024;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject serviceJson(const ServiceRecord& record)
{
    return {{QStringLiteral("engagementId"), idText(record.engagementId)},
            {QStringLiteral("engagementTitle"), record.engagementTitle},
            {QStringLiteral("hostName"), record.hostName},
            {QStringLiteral("onsiteStart"), dateJson(record.onsiteStart)},
            {QStringLiteral("onsiteEnd"), dateJson(record.onsiteEnd)},
            {QStringLiteral("days"), record.days},
            {QStringLiteral("role"), roleKey(record.role)}};
}

} // namespace

QJsonObject peerToJson(const PoolPeer& peer)
{
    QJsonArray roles;
    for (MemberRole role : peer.roles)
        roles.append(roleKey(role));
    QJsonArray service;
    for (const ServiceRecord& record : peer.service)
        service.append(serviceJson(record));
    return {{QStringLiteral("id"), idText(peer.id)},
            {QStringLiteral("name"), peer.name},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("sector"), sectorKey(peer.sector)},
            {QStringLiteral("organisation"), peer.organisation},
            {QStringLiteral("previousOrganisations"), QJsonArray::fromStringList(peer.previousOrganisations)},
            {QStringLiteral("jobTitle"), peer.jobTitle},
            {QStringLiteral("expertise"), peer.expertise},
            {QStringLiteral("politicalGroup"), peer.politicalGroup},
            {QStringLiteral("accredited"), dateJson(peer.accredited)},
            {QStringLiteral("email"), peer.email},
            {QStringLiteral("phone"), peer.phone},
            {QStringLiteral("notes"), peer.notes},
            {QStringLiteral("service"), service}};
}

namespace {

/// Reads the values of a pool document, refusing (Corrupt) any of the wrong type with its path,
/// e.g. "peers[3].roles[0]". Absent values and null read as empty.
class Reader
{
public:
    explicit Reader(const QString& path)
        : m_path(path)
    {
    }

    [[noreturn]] void refuse(ErrorKind kind, const QString& problem) const
    {
        throw Error(kind, QObject::tr("The peer pool %1 cannot be read: %2").arg(native(m_path), problem));
    }

    [[noreturn]] void refuseValue(const QString& where, const QString& expected) const
    {
        refuse(ErrorKind::Corrupt, QObject::tr("%1 should be %2.").arg(where, expected));
    }

    QString text(const QJsonObject& object, const QString& key, const QString& where) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            refuseValue(where + u'.' + key, QObject::tr("text"));
        return value.toString();
    }

    QJsonArray array(const QJsonObject& object, const QString& key, const QString& where) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            refuseValue(where + u'.' + key, QObject::tr("a list"));
        return value.toArray();
    }

    QDate date(const QJsonObject& object, const QString& key, const QString& where) const
    {
        const QString value = text(object, key, where);
        if (value.isEmpty())
            return {};
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            refuseValue(where + u'.' + key, QObject::tr("a date like 2025-03-14, not \"%1\"").arg(value));
        return date;
    }

    QUuid id(const QJsonObject& object, const QString& key, const QString& where) const
    {
        const QUuid id = QUuid::fromString(text(object, key, where));
        if (id.isNull())
            refuseValue(where + u'.' + key, QObject::tr("an id"));
        return id;
    }

    MemberRole role(const QJsonValue& value, const QString& where) const
    {
        const QString key = value.toString();
        if (!value.isString() || roleKey(roleFromKey(key)) != key)
            refuseValue(where, QObject::tr("one of the roles this version knows"));
        return roleFromKey(key);
    }

    Sector sector(const QJsonObject& object, const QString& where) const
    {
        const QString key = text(object, QStringLiteral("sector"), where);
        if (key.isEmpty())
            return Sector::LocalGovernment;
        if (sectorKey(sectorFromKey(key)) != key)
            refuseValue(where + QStringLiteral(".sector"),
                        QObject::tr("one of the sectors this version knows"));
        return sectorFromKey(key);
    }

    QJsonObject object(const QJsonValue& value, const QString& where) const
    {
        if (!value.isObject())
            refuseValue(where, QObject::tr("an object"));
        return value.toObject();
    }

    ServiceRecord service(const QJsonValue& value, const QString& where) const
    {
        const QJsonObject json = object(value, where);
        ServiceRecord record;
        record.engagementId = id(json, QStringLiteral("engagementId"), where);
        record.engagementTitle = text(json, QStringLiteral("engagementTitle"), where);
        record.hostName = text(json, QStringLiteral("hostName"), where);
        record.onsiteStart = date(json, QStringLiteral("onsiteStart"), where);
        record.onsiteEnd = date(json, QStringLiteral("onsiteEnd"), where);
        const QJsonValue days = json.value(QStringLiteral("days"));
        if (!days.isUndefined() && (!days.isDouble() || days.toDouble() != days.toInt() || days.toInt() < 0))
            refuseValue(where + QStringLiteral(".days"), QObject::tr("a whole number of days"));
        record.days = days.toInt();
        record.role = role(json.value(QStringLiteral("role")), where + QStringLiteral(".role"));
        return record;
    }

    PoolPeer peer(const QJsonValue& value, const QString& where) const
    {
        const QJsonObject json = object(value, where);
        PoolPeer peer;
        peer.id = id(json, QStringLiteral("id"), where);
        peer.name = text(json, QStringLiteral("name"), where);
        const QJsonArray roles = array(json, QStringLiteral("roles"), where);
        for (qsizetype i = 0; i < roles.size(); ++i)
            peer.roles.append(role(roles.at(i), QStringLiteral("%1.roles[%2]").arg(where).arg(i)));
        peer.sector = sector(json, where);
        peer.organisation = text(json, QStringLiteral("organisation"), where);
        const QJsonArray previous = array(json, QStringLiteral("previousOrganisations"), where);
        for (qsizetype i = 0; i < previous.size(); ++i) {
            if (!previous.at(i).isString())
                refuseValue(QStringLiteral("%1.previousOrganisations[%2]").arg(where).arg(i),
                            QObject::tr("text"));
            peer.previousOrganisations.append(previous.at(i).toString());
        }
        peer.jobTitle = text(json, QStringLiteral("jobTitle"), where);
        peer.expertise = text(json, QStringLiteral("expertise"), where);
        peer.politicalGroup = text(json, QStringLiteral("politicalGroup"), where);
        peer.accredited = date(json, QStringLiteral("accredited"), where);
        peer.email = text(json, QStringLiteral("email"), where);
        peer.phone = text(json, QStringLiteral("phone"), where);
        peer.notes = text(json, QStringLiteral("notes"), where);
        const QJsonArray service = array(json, QStringLiteral("service"), where);
        for (qsizetype i = 0; i < service.size(); ++i)
            peer.service.append(
                this->service(service.at(i), QStringLiteral("%1.service[%2]").arg(where).arg(i)));
        return peer;
    }

    QList<PoolPeer> document(const QByteArray& bytes) const
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            refuse(ErrorKind::Corrupt, QObject::tr("it is damaged (%1 at byte %2).")
                                           .arg(parseError.errorString())
                                           .arg(parseError.offset));
        const QJsonObject root = document.object();
        if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName)
            refuse(ErrorKind::NotOurFile, QObject::tr("it is not a PeerChallenge peer pool."));
        const QJsonValue fileVersion = root.value(QStringLiteral("version"));
        if (!fileVersion.isDouble() || fileVersion.toInt() < 1)
            refuseValue(QStringLiteral("version"), QObject::tr("a version number"));
        if (fileVersion.toInt() > PoolStore::version)
            refuse(ErrorKind::NewerVersion,
                   QObject::tr("it was written by a newer PeerChallenge (pool version %1; this version reads "
                               "%2). Update PeerChallenge to use it.")
                       .arg(fileVersion.toInt())
                       .arg(PoolStore::version));
        const QJsonValue peersValue = root.value(QStringLiteral("peers"));
        if (!peersValue.isArray())
            refuseValue(QStringLiteral("peers"), QObject::tr("a list"));
        const QJsonArray peers = peersValue.toArray();
        QList<PoolPeer> result;
        result.reserve(peers.size());
        QSet<QUuid> ids;
        for (qsizetype i = 0; i < peers.size(); ++i) {
            const QString where = QStringLiteral("peers[%1]").arg(i);
            result.append(peer(peers.at(i), where));
            if (ids.contains(result.last().id))
                refuse(ErrorKind::Corrupt, QObject::tr("%1 has the same id as an earlier peer.").arg(where));
            ids.insert(result.last().id);
        }
        return result;
    }

private:
    QString m_path;
};

} // namespace

PoolStore::PoolStore(const QString& directory)
    : m_directory(directory)
{
}

PoolStore PoolStore::open(const QString& directory)
{
    PoolStore store(directory);
    store.load();
    return store;
}

QString PoolStore::defaultDirectory()
{
    return Installation::defaultDirectory();
}

QString PoolStore::path() const
{
    return QDir(m_directory).filePath(fileName());
}

void PoolStore::load()
{
    m_loaded = false;
    m_peers.clear();
    const QString file = path();
    try {
        QFile input(file);
        if (!input.exists()) {
            m_loadFailure.clear();
            m_loaded = true;
            return;
        }
        if (!input.open(QIODevice::ReadOnly))
            throw Error(
                ErrorKind::Io,
                QObject::tr("Could not read the peer pool %1: %2.").arg(native(file), input.errorString()));
        if (input.size() > maxPoolBytes)
            throw Error(ErrorKind::Corrupt,
                        QObject::tr("The peer pool %1 is too large to be a peer pool.").arg(native(file)));
        m_peers = Reader(file).document(input.readAll());
    } catch (const Error& error) {
        m_peers.clear();
        m_loadFailure = error.message();
        throw;
    }
    m_loadFailure.clear();
    m_loaded = true;
}

void PoolStore::save() const
{
    const QString file = path();
    if (!m_loadFailure.isEmpty())
        throw Error(
            ErrorKind::ReadOnly,
            QObject::tr("The peer pool was not saved, so that %1, which could not be read, stays as it "
                        "is. %2")
                .arg(native(file), m_loadFailure));
    if (!m_loaded)
        throw Error(ErrorKind::ReadOnly,
                    QObject::tr("The peer pool was not saved: %1 has not been read yet.").arg(native(file)));
    if (!QDir().mkpath(m_directory))
        throw Error(ErrorKind::Io, QObject::tr("Could not create the folder %1.").arg(native(m_directory)));
    QJsonArray peers;
    for (const PoolPeer& peer : m_peers)
        peers.append(peerToJson(peer));
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("peers"), peers}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly) || output.write(bytes) != bytes.size() || !output.commit())
        throw Error(
            ErrorKind::Io,
            QObject::tr("Could not save the peer pool %1: %2.").arg(native(file), output.errorString()));
}

qsizetype PoolStore::indexOf(const QUuid& id) const
{
    for (qsizetype i = 0; i < m_peers.size(); ++i) {
        if (m_peers.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<PoolPeer> PoolStore::find(const QUuid& id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_peers.at(index);
}

QUuid PoolStore::upsert(PoolPeer peer)
{
    if (peer.id.isNull())
        peer.id = QUuid::createUuid();
    const qsizetype index = indexOf(peer.id);
    const QUuid id = peer.id;
    if (index >= 0)
        m_peers[index] = std::move(peer);
    else
        m_peers.append(std::move(peer));
    return id;
}

bool PoolStore::remove(const QUuid& id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    m_peers.removeAt(index);
    return true;
}

bool PoolStore::recordService(const QUuid& peer, const ServiceRecord& record)
{
    const qsizetype index = indexOf(peer);
    if (index < 0)
        return false;
    QList<ServiceRecord>& service = m_peers[index].service;
    for (ServiceRecord& existing : service) {
        if (existing.engagementId == record.engagementId) {
            existing = record;
            return true;
        }
    }
    service.append(record);
    return true;
}

bool PoolStore::forgetService(const QUuid& peer, const QUuid& engagement)
{
    const qsizetype index = indexOf(peer);
    if (index < 0)
        return false;
    return m_peers[index].service.removeIf([&engagement](const ServiceRecord& record) {
        return record.engagementId == engagement;
    }) > 0;
}

namespace {

int unavailableOnSite(const QList<Availability>& availability, const Member& member,
                      const Engagement& engagement)
{
    return daysUnavailable(availability, member.id, engagement.date(Milestone::OnsiteStart),
                           engagement.date(Milestone::OnsiteEnd));
}

} // namespace

bool recordTeamService(PoolStore& store, const Engagement& engagement, const QList<Member>& team,
                       const QList<Availability>& availability)
{
    bool changed = false;
    const QList<PoolPeer> peers = store.peers();
    for (const PoolPeer& peer : peers) {
        const auto member = std::find_if(team.cbegin(), team.cend(),
                                         [&peer](const Member& m) { return isSamePerson(peer, m); });
        const auto recorded =
            std::find_if(peer.service.cbegin(), peer.service.cend(),
                         [&engagement](const ServiceRecord& r) { return r.engagementId == engagement.id; });
        if (member != team.cend()) {
            const ServiceRecord record =
                serviceFor(engagement, *member, unavailableOnSite(availability, *member, engagement));
            if (recorded == peer.service.cend() || !(*recorded == record)) {
                store.recordService(peer.id, record);
                changed = true;
            }
        } else if (recorded != peer.service.cend()) {
            store.forgetService(peer.id, engagement.id);
            changed = true;
        }
    }
    return changed;
}

namespace {

void setIfGiven(QString& target, const QString& value)
{
    if (!value.trimmed().isEmpty())
        target = value.trimmed();
}

/// The pool peer updated with what a team member's record says now.
PoolPeer updatedFrom(PoolPeer peer, const Member& member)
{
    setIfGiven(peer.name, member.name);
    const QString organisation = member.organisation.trimmed();
    if (!organisation.isEmpty()
        && organisation.compare(peer.organisation.trimmed(), Qt::CaseInsensitive) != 0) {
        if (!peer.organisation.trimmed().isEmpty()
            && !peer.previousOrganisations.contains(peer.organisation, Qt::CaseInsensitive))
            peer.previousOrganisations.prepend(peer.organisation.trimmed());
        peer.previousOrganisations.removeIf(
            [&organisation](const QString& o) { return o.compare(organisation, Qt::CaseInsensitive) == 0; });
        peer.organisation = organisation;
    }
    if (!peer.roles.contains(member.role))
        peer.roles.append(member.role);
    peer.sector = member.sector;
    setIfGiven(peer.jobTitle, member.jobTitle);
    setIfGiven(peer.expertise, member.expertise);
    setIfGiven(peer.politicalGroup, member.politicalGroup);
    setIfGiven(peer.email, member.email);
    setIfGiven(peer.phone, member.phone);
    return peer;
}

} // namespace

AddedToPool addToPool(PoolStore& store, const Member& member, const Engagement& engagement,
                      const QList<Availability>& availability)
{
    AddedToPool result;
    const QList<PoolPeer>& peers = store.peers();
    const auto existing = std::find_if(peers.cbegin(), peers.cend(),
                                       [&member](const PoolPeer& p) { return isSamePerson(p, member); });
    if (existing != peers.cend()) {
        result.id = store.upsert(updatedFrom(*existing, member));
    } else {
        result.id = store.upsert(fromMember(member)); // a poolRef to a peer since deleted is reused
        result.added = true;
    }
    store.recordService(result.id,
                        serviceFor(engagement, member, unavailableOnSite(availability, member, engagement)));
    return result;
}

} // namespace pc
