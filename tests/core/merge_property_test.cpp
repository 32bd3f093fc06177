// SPDX-License-Identifier: GPL-3.0-or-later
// Property tests of the merge (MERGE.md "How to test it"): random edit scripts on 2-5 copies with
// skewed clocks and random syncs between them, then merges in random orders. The copies are
// pure values here, written with the same stamping rules as RecordStore, so thousands of
// scenarios run in a few seconds; sync/filemerge_test.cpp runs scenarios through real files.
#include "common/uuidsource.h"
#include "model/hybridclock.h"
#include "model/registry.h"
#include "support/testsupport.h"
#include "sync/recordmerge.h"

#include <QMap>

#include <algorithm>
#include <random>

using namespace pc;

namespace {

using Replica = QMap<QString, QMap<QUuid, StampedRecord>>;

struct WriteLog
{
    QVariant value;
    Stamp stamp;
};

/// One laptop: its device, its skewed clock and its copy of the engagement.
struct Copy
{
    QUuid device;
    qint64 skewMs = 0;
    quint64 last = 0;
    Replica data;
};

class Simulation
{
public:
    explicit Simulation(quint64 seed)
        : m_random(seed)
        , m_uuids(seed * 7919 + 1)
    {
    }

    std::mt19937_64& random() { return m_random; }

    int pick(int n) { return int(m_random() % quint64(n)); }

    Stamp tick(Copy& copy)
    {
        m_now += 1 + pick(5000);
        const quint64 wall = HybridClock::compose(std::max<qint64>(m_now + copy.skewMs, 0), 0);
        copy.last = std::max(wall, copy.last + 1);
        return {copy.last, copy.device};
    }

    void write(Copy& copy, const QString& table, const QUuid& id, const QString& field, const QVariant& value)
    {
        StampedRecord& record = copy.data[table][id];
        const Stamp base = record.stamps.value(field).stamp;
        const Stamp stamp = tick(copy);
        if (field == deletedField)
            record.record.deleted = value.toBool();
        else
            record.record.values.insert(field, value);
        record.stamps.insert(field, {stamp, base});
        m_log[{table, id.toString() + field}].append({value, stamp});
    }

    void create(Copy& copy, const TableDef& table, const QUuid& id, const QVariantMap& values)
    {
        StampedRecord& record = copy.data[table.name][id];
        record.record.id = id;
        for (const FieldDef& field : table.fields) {
            if (field.isMerged())
                write(copy, table.name, id, field.name, values.value(field.name));
        }
    }

    QUuid newId() { return m_uuids.next(); }

    /// The value of the write with the greatest stamp, for every field ever written.
    [[nodiscard]] const QMap<QPair<QString, QString>, QList<WriteLog>>& log() const { return m_log; }

private:
    std::mt19937_64 m_random;
    SeededUuidSource m_uuids;
    qint64 m_now = 1'790'000'000'000;
    QMap<QPair<QString, QString>, QList<WriteLog>> m_log;
};

const Registry& registry()
{
    return Registry::standard();
}

MergeReport mergeInto(Replica& target, const Replica& source)
{
    MergeReport report;
    for (const TableDef& table : registry().tables()) {
        const auto sourceTable = source.constFind(table.name);
        if (sourceTable == source.constEnd())
            continue;
        QMap<QUuid, StampedRecord>& targetTable = target[table.name];
        for (const StampedRecord& incoming : *sourceTable) {
            const auto existing = targetTable.constFind(incoming.record.id);
            const StampedRecord* current = existing == targetTable.constEnd() ? nullptr : &*existing;
            RecordMergeResult result = mergeRecord(table, current, incoming, report);
            if (result.changed)
                targetTable.insert(incoming.record.id, result.merged);
        }
    }
    return report;
}

void mergeCopies(Copy& target, const Copy& source)
{
    const MergeReport report = mergeInto(target.data, source.data);
    target.last = std::max(target.last, report.sourceNewestHlc);
}

Replica merged(Replica target, const Replica& source)
{
    (void)mergeInto(target, source);
    return target;
}

const QStringList titles{QStringLiteral("Governance"), QStringLiteral("Finance"), QStringLiteral("Housing"),
                         QStringLiteral("Leadership")};
const QStringList names{QStringLiteral("Ann"), QStringLiteral("Bo"), QStringLiteral("Cy"),
                        QStringLiteral("Di")};

QList<QUuid> idsOf(const Copy& copy, const QString& table)
{
    return copy.data.value(table).keys();
}

/// One random local action on one copy: create, edit, delete, restore, link or unlink.
void randomEdit(Simulation& sim, Copy& copy)
{
    const TableDef& themes = registry().table(QStringLiteral("theme"));
    const TableDef& members = registry().table(QStringLiteral("member"));
    const TableDef& leads = registry().table(QStringLiteral("theme_lead"));
    const TableDef& questions = registry().table(QStringLiteral("key_question"));
    const QList<QUuid> themeIds = idsOf(copy, themes.name);
    const QList<QUuid> memberIds = idsOf(copy, members.name);
    switch (sim.pick(9)) {
    case 0:
        sim.create(copy, themes, sim.newId(),
                   {{QStringLiteral("title"), titles[sim.pick(4)]},
                    {QStringLiteral("kind"), QStringLiteral("core")},
                    {QStringLiteral("template_key"), QString()},
                    {QStringLiteral("description"), QString()},
                    {QStringLiteral("position"), double(sim.pick(10))}});
        return;
    case 1:
        sim.create(copy, members, sim.newId(),
                   {{QStringLiteral("name"), names[sim.pick(4)]},
                    {QStringLiteral("role"), QStringLiteral("other")}});
        return;
    case 2:
        if (!themeIds.isEmpty())
            sim.create(copy, questions, sim.newId(),
                       {{QStringLiteral("theme_id"), themeIds[sim.pick(int(themeIds.size()))]},
                        {QStringLiteral("text"), titles[sim.pick(4)]},
                        {QStringLiteral("position"), 1.0}});
        return;
    case 3:
    case 4: {
        const bool theme = sim.pick(2) == 0;
        const QList<QUuid>& ids = theme ? themeIds : memberIds;
        if (ids.isEmpty())
            return;
        const QUuid id = ids[sim.pick(int(ids.size()))];
        if (theme)
            sim.write(copy, themes.name, id,
                      sim.pick(2) ? QStringLiteral("title") : QStringLiteral("description"),
                      titles[sim.pick(4)]);
        else
            sim.write(copy, members.name, id, QStringLiteral("name"), names[sim.pick(4)]);
        return;
    }
    case 5:
    case 6: {
        const QString table = sim.pick(2) ? themes.name : members.name;
        const QList<QUuid> ids = idsOf(copy, table);
        if (!ids.isEmpty())
            sim.write(copy, table, ids[sim.pick(int(ids.size()))], deletedField, sim.pick(3) != 0);
        return;
    }
    default: {
        if (themeIds.isEmpty() || memberIds.isEmpty())
            return;
        const QUuid theme = themeIds[sim.pick(int(themeIds.size()))];
        const QUuid member = memberIds[sim.pick(int(memberIds.size()))];
        const QUuid id = linkId(theme, member);
        const bool exists = copy.data.value(leads.name).contains(id);
        if (!exists)
            sim.create(copy, leads, id,
                       {{QStringLiteral("theme_id"), theme}, {QStringLiteral("member_id"), member}});
        else
            sim.write(copy, leads.name, id, deletedField, sim.pick(2) == 0);
        return;
    }
    }
}

QList<Copy> runScenario(Simulation& sim)
{
    const int copies = 2 + sim.pick(4);
    QList<Copy> laptops(copies);
    for (Copy& copy : laptops) {
        copy.device = sim.newId();
        // Most clocks are close; some are minutes, hours or days out, either way.
        const qint64 skews[] = {0, 0, 0, 90'000, -90'000, 7'200'000, -7'200'000, 6 * 86'400'000LL};
        copy.skewMs = skews[sim.pick(8)];
    }
    for (int i = 0; i < 4; ++i)
        randomEdit(sim, laptops[0]);
    for (int i = 1; i < copies; ++i)
        mergeCopies(laptops[i], laptops[0]);
    const int steps = 10 + sim.pick(30);
    for (int step = 0; step < steps; ++step) {
        if (sim.pick(4) == 0) {
            const int from = sim.pick(copies);
            const int to = sim.pick(copies);
            if (from != to)
                mergeCopies(laptops[to], laptops[from]);
        } else {
            randomEdit(sim, laptops[sim.pick(copies)]);
        }
    }
    return laptops;
}

} // namespace

TEST_CASE("Merging copies in any order gives the same engagement and loses no write", "[merge][property]")
{
    constexpr int scenarios = 5000;
    int conflictsSeen = 0;
    int revivalsSeen = 0;
    for (int scenario = 0; scenario < scenarios; ++scenario) {
        Simulation sim(quint64(scenario) + 1);
        const QList<Copy> laptops = runScenario(sim);
        const int n = int(laptops.size());
        INFO("scenario " << scenario << " with " << n << " copies");

        // Any two orders of merging all copies agree (into an empty copy or into one of them).
        QList<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), sim.random());
        Replica first;
        for (int i : order)
            first = merged(first, laptops[i].data);
        std::shuffle(order.begin(), order.end(), sim.random());
        Replica second = laptops[order[0]].data;
        for (int i : order)
            second = merged(second, laptops[i].data);
        REQUIRE(first == second);

        // Commutative, associative, idempotent.
        const Replica& a = laptops[0].data;
        const Replica& b = laptops[1].data;
        const Replica& c = laptops[n > 2 ? 2 : 0].data;
        REQUIRE(merged(a, b) == merged(b, a));
        REQUIRE(merged(merged(a, b), c) == merged(a, merged(b, c)));
        REQUIRE(merged(a, a) == a);
        Replica twice = merged(a, b);
        Replica again = twice;
        REQUIRE(mergeInto(again, b).changes() == 0);
        REQUIRE(again == twice);

        // The same conflicts are found whichever copy receives the other.
        Replica ab = a;
        Replica ba = b;
        const MergeReport abReport = mergeInto(ab, b);
        const MergeReport baReport = mergeInto(ba, a);
        REQUIRE(abReport.conflicts.size() == baReport.conflicts.size());
        conflictsSeen += int(abReport.conflicts.size());
        for (const MergeCounts& counts : abReport.tables)
            revivalsSeen += counts.revived;

        // No lost write: every field holds the value of its write with the greatest stamp.
        const auto& log = sim.log();
        for (auto it = log.cbegin(); it != log.cend(); ++it) {
            const auto newest =
                std::max_element(it->cbegin(), it->cend(),
                                 [](const WriteLog& x, const WriteLog& y) { return x.stamp < y.stamp; });
            const QString& table = it.key().first;
            const QUuid id = QUuid::fromString(it.key().second.left(38));
            const QString field = it.key().second.mid(38);
            const StampedRecord& record = first.value(table).value(id);
            REQUIRE(record.stamps.value(field).stamp == newest->stamp);
            const QVariant value =
                field == deletedField ? QVariant(record.record.deleted) : record.record.value(field);
            REQUIRE(value == newest->value);
        }
    }
    // The scenarios must exercise the hard cases, or the properties above prove little.
    CHECK(conflictsSeen > scenarios / 25);
    CHECK(revivalsSeen > 0);
}

TEST_CASE("A field changed on both copies since they met is a conflict; a later edit of a seen value is not",
          "[merge]")
{
    Simulation sim(42);
    const TableDef& themes = registry().table(QStringLiteral("theme"));
    Copy a{sim.newId(), 0, 0, {}};
    Copy b{sim.newId(), 0, 0, {}};
    const QUuid id = sim.newId();
    sim.create(a, themes, id, {{QStringLiteral("title"), QStringLiteral("Finance")}});
    mergeCopies(b, a);
    sim.write(a, themes.name, id, QStringLiteral("title"), QStringLiteral("Money"));
    sim.write(b, themes.name, id, QStringLiteral("title"), QStringLiteral("Budget"));
    Replica target = a.data;
    const MergeReport report = mergeInto(target, b.data);
    REQUIRE(report.conflicts.size() == 1);
    CHECK(report.conflicts[0].field == QStringLiteral("title"));
    CHECK(report.conflicts[0].winningValue == QStringLiteral("Budget")); // b wrote last
    CHECK(report.conflicts[0].losingValue == QStringLiteral("Money"));
    CHECK(report.tables.value(themes.name).updated == 1);

    // b saw a's value and changed it afterwards: an ordinary update, no conflict.
    mergeCopies(a, b);
    sim.write(a, themes.name, id, QStringLiteral("title"), QStringLiteral("Resources"));
    Replica later = b.data;
    const MergeReport quiet = mergeInto(later, a.data);
    CHECK(quiet.conflicts.isEmpty());
    CHECK(later[themes.name][id].record.value(QStringLiteral("title")) == QStringLiteral("Resources"));
}

TEST_CASE("An edit made after a delete on another copy revives the record", "[merge]")
{
    Simulation sim(7);
    const TableDef& members = registry().table(QStringLiteral("member"));
    Copy a{sim.newId(), 0, 0, {}};
    Copy b{sim.newId(), 0, 0, {}};
    const QUuid id = sim.newId();
    sim.create(a, members, id, {{QStringLiteral("name"), QStringLiteral("Ann")}});
    mergeCopies(b, a);
    sim.write(a, members.name, id, deletedField, true);
    sim.write(b, members.name, id, QStringLiteral("name"),
              QStringLiteral("Ann Lee")); // later than the delete
    Replica target = a.data;
    CHECK_FALSE(target[members.name][id].live());
    const MergeReport report = mergeInto(target, b.data);
    CHECK(target[members.name][id].live());
    CHECK(report.tables.value(members.name).revived == 1);
}
