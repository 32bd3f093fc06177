// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolcsv.h"

#include "exchange/csvwriter.h"
#include "poolstore.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <utility>

namespace pc {

namespace {

// Column keys: the names the converter looks fields up by (never shown).
const QString nameKey = QStringLiteral("name");
const QString rolesKey = QStringLiteral("roles");
const QString sectorColumnKey = QStringLiteral("sector");
const QString organisationKey = QStringLiteral("organisation");
const QString previousKey = QStringLiteral("previousOrganisations");
const QString jobTitleKey = QStringLiteral("jobTitle");
const QString expertiseKey = QStringLiteral("expertise");
const QString partyKey = QStringLiteral("politicalGroup");
const QString accreditedKey = QStringLiteral("accredited");
const QString emailKey = QStringLiteral("email");
const QString phoneKey = QStringLiteral("phone");
const QString notesKey = QStringLiteral("notes");

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

/// Role and sector names as a person may write them: keys or labels, in any case.
struct Vocabulary
{
    Vocabulary()
    {
        for (MemberRole role : poolRoles()) {
            roles.insert(folded(roleKey(role)), role);
            roles.insert(folded(roleLabel(role)), role);
            roleLabels.append(roleLabel(role));
        }
        for (Sector sector : allSectors) {
            sectors.insert(folded(sectorKey(sector)), sector);
            sectors.insert(folded(sectorLabel(sector)), sector);
            sectorLabels.append(sectorLabel(sector));
        }
    }

    QHash<QString, MemberRole> roles;
    QHash<QString, Sector> sectors;
    QStringList roleLabels;
    QStringList sectorLabels;
};

QStringList splitList(const QString& text, const QRegularExpression& separators)
{
    QStringList items;
    for (const QString& item : text.split(separators)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

/// yyyy-MM-dd, or dd/MM/yyyy as spreadsheets in the UK write it; a null date for an empty cell.
std::optional<QDate> parseDate(const QString& text)
{
    if (text.isEmpty())
        return QDate();
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}$"));
    static const QRegularExpression uk(QStringLiteral("^\\d{1,2}/\\d{1,2}/\\d{4}$"));
    QDate date;
    if (iso.match(text).hasMatch())
        date = QDate::fromString(text, QStringLiteral("yyyy-M-d"));
    else if (uk.match(text).hasMatch())
        date = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

/// Converts one row, collecting every problem it has in `problems`.
PoolPeer convertRow(const QHash<QString, QString>& fields, const Vocabulary& words, QStringList& problems)
{
    static const QRegularExpression roleSeparators(QStringLiteral("[;,\\n]"));
    static const QRegularExpression listSeparators(QStringLiteral("[;\\n]"));
    PoolPeer peer;
    peer.name = fields.value(nameKey);
    if (peer.name.isEmpty())
        problems.append(QObject::tr("the name is empty"));
    for (const QString& name : splitList(fields.value(rolesKey), roleSeparators)) {
        const auto role = words.roles.constFind(folded(name));
        if (role == words.roles.cend())
            problems.append(QObject::tr("unknown role \"%1\" (the roles are: %2)")
                                .arg(name, words.roleLabels.join(QStringLiteral(", "))));
        else if (!peer.roles.contains(*role))
            peer.roles.append(*role);
    }
    const QString sector = fields.value(sectorColumnKey);
    if (!sector.isEmpty()) {
        const auto found = words.sectors.constFind(folded(sector));
        if (found == words.sectors.cend())
            problems.append(QObject::tr("unknown sector \"%1\" (the sectors are: %2)")
                                .arg(sector, words.sectorLabels.join(QStringLiteral(", "))));
        else
            peer.sector = *found;
    }
    peer.organisation = fields.value(organisationKey);
    peer.previousOrganisations = splitList(fields.value(previousKey), listSeparators);
    peer.jobTitle = fields.value(jobTitleKey);
    peer.expertise = fields.value(expertiseKey);
    peer.politicalGroup = fields.value(partyKey);
    const QString accredited = fields.value(accreditedKey);
    if (const std::optional<QDate> date = parseDate(accredited))
        peer.accredited = *date;
    else
        problems.append(QObject::tr("the accreditation date \"%1\" is not a date (write 2024-03-31 or "
                                    "31/03/2024)")
                            .arg(accredited));
    peer.email = fields.value(emailKey);
    if (!peer.email.isEmpty() && !peer.email.contains(u'@'))
        problems.append(QObject::tr("the email \"%1\" has no @").arg(peer.email));
    peer.phone = fields.value(phoneKey);
    peer.notes = fields.value(notesKey);
    return peer;
}

/// Copies the values of the columns in `keys` from an imported peer.
void applyColumns(PoolPeer& target, const PoolPeer& source, const QSet<QString>& keys)
{
    const auto copy = [&keys](const QString& key, auto& to, const auto& from) {
        if (keys.contains(key))
            to = from;
    };
    copy(nameKey, target.name, source.name);
    copy(rolesKey, target.roles, source.roles);
    copy(sectorColumnKey, target.sector, source.sector);
    copy(organisationKey, target.organisation, source.organisation);
    copy(previousKey, target.previousOrganisations, source.previousOrganisations);
    copy(jobTitleKey, target.jobTitle, source.jobTitle);
    copy(expertiseKey, target.expertise, source.expertise);
    copy(partyKey, target.politicalGroup, source.politicalGroup);
    copy(accreditedKey, target.accredited, source.accredited);
    copy(emailKey, target.email, source.email);
    copy(phoneKey, target.phone, source.phone);
    copy(notesKey, target.notes, source.notes);
}

QString emailIndexKey(const PoolPeer& peer)
{
    return peer.email.trimmed().toCaseFolded();
}

QString nameIndexKey(const PoolPeer& peer)
{
    return folded(peer.name) + u'\n' + folded(peer.organisation);
}

} // namespace

QList<csv::ColumnSpec> poolColumns()
{
    using Spec = csv::ColumnSpec;
    return {
        Spec{nameKey,
             QObject::tr("Name"),
             true,
             {QStringLiteral("Full name"), QStringLiteral("Peer"), QStringLiteral("Peer name")}},
        Spec{rolesKey,
             QObject::tr("Roles"),
             false,
             {QStringLiteral("Role"), QStringLiteral("Peer role"), QStringLiteral("Peer roles")}},
        Spec{sectorColumnKey, QObject::tr("Sector"), false, {}},
        Spec{organisationKey,
             QObject::tr("Organisation"),
             false,
             {QStringLiteral("Organization"), QStringLiteral("Current organisation"),
              QStringLiteral("Council"), QStringLiteral("Employer")}},
        Spec{previousKey,
             QObject::tr("Previous organisations"),
             false,
             {QStringLiteral("Previous organizations"), QStringLiteral("Former organisations"),
              QStringLiteral("Organisation history"), QStringLiteral("Previous employers")}},
        Spec{jobTitleKey,
             QObject::tr("Job title"),
             false,
             {QStringLiteral("Title"), QStringLiteral("Position"), QStringLiteral("Job")}},
        Spec{expertiseKey,
             QObject::tr("Expertise"),
             false,
             {QStringLiteral("Skills"), QStringLiteral("Specialisms"), QStringLiteral("Areas of expertise")}},
        Spec{partyKey,
             QObject::tr("Political group"),
             false,
             {QStringLiteral("Party"), QStringLiteral("Political party"), QStringLiteral("Group")}},
        Spec{accreditedKey,
             QObject::tr("Accredited"),
             false,
             {QStringLiteral("Accreditation date"), QStringLiteral("Date accredited"),
              QStringLiteral("Accredited on"), QStringLiteral("Accreditation")}},
        Spec{emailKey,
             QObject::tr("Email"),
             false,
             {QStringLiteral("E-mail"), QStringLiteral("Email address"), QStringLiteral("E-mail address")}},
        Spec{phoneKey,
             QObject::tr("Phone"),
             false,
             {QStringLiteral("Telephone"), QStringLiteral("Phone number"), QStringLiteral("Mobile"),
              QStringLiteral("Tel")}},
        Spec{notesKey, QObject::tr("Notes"), false, {QStringLiteral("Note"), QStringLiteral("Comments")}},
    };
}

csv::ImportResult<PoolPeer> importPeers(const csv::CsvTable& table, const csv::ColumnMapping& mapping)
{
    const Vocabulary words;
    const std::function<std::variant<PoolPeer, QString>(const QHash<QString, QString>&)> convert =
        [&words](const QHash<QString, QString>& fields) -> std::variant<PoolPeer, QString> {
        QStringList problems;
        PoolPeer peer = convertRow(fields, words, problems);
        if (!problems.isEmpty())
            return problems.join(QStringLiteral("; ")) + u'.';
        return peer;
    };
    return csv::importRows<PoolPeer>(table, mapping, convert);
}

PoolImportSummary mergeImported(PoolStore& store, const QList<PoolPeer>& imported,
                                const csv::ColumnMapping* mapping)
{
    QSet<QString> keys;
    for (const csv::ColumnSpec& spec : poolColumns()) {
        if (!mapping || mapping->columnOf.contains(spec.key))
            keys.insert(spec.key);
    }
    QHash<QString, QUuid> byEmail;
    QHash<QString, QUuid> byName;
    const auto index = [&byEmail, &byName](const PoolPeer& peer) {
        if (!emailIndexKey(peer).isEmpty())
            byEmail.insert(emailIndexKey(peer), peer.id);
        byName.insert(nameIndexKey(peer), peer.id);
    };
    for (const PoolPeer& peer : store.peers())
        index(peer);

    PoolImportSummary summary;
    for (const PoolPeer& peer : imported) {
        QUuid match = emailIndexKey(peer).isEmpty() ? QUuid() : byEmail.value(emailIndexKey(peer));
        if (match.isNull())
            match = byName.value(nameIndexKey(peer));
        std::optional<PoolPeer> existing = match.isNull() ? std::nullopt : store.find(match);
        if (existing) {
            applyColumns(*existing, peer, keys);
            store.upsert(*existing);
            index(*existing);
            ++summary.updated;
        } else {
            PoolPeer added = peer;
            added.id = QUuid();
            added.service.clear();
            added.id = store.upsert(added);
            index(added);
            ++summary.added;
        }
    }
    return summary;
}

QByteArray exportPeers(const QList<PoolPeer>& peers)
{
    QStringList header;
    for (const csv::ColumnSpec& spec : poolColumns())
        header.append(spec.label);
    QList<QStringList> rows;
    rows.reserve(peers.size());
    for (const PoolPeer& peer : peers) {
        QStringList roles;
        for (MemberRole role : peer.roles)
            roles.append(roleLabel(role));
        rows.append({peer.name, roles.join(QStringLiteral("; ")), sectorLabel(peer.sector), peer.organisation,
                     peer.previousOrganisations.join(QStringLiteral("; ")), peer.jobTitle, peer.expertise,
                     peer.politicalGroup, peer.accredited.toString(Qt::ISODate), peer.email, peer.phone,
                     peer.notes});
    }
    return csv::write(header, rows);
}

} // namespace pc
