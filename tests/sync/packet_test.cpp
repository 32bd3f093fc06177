// SPDX-License-Identifier: GPL-3.0-or-later
// Notes packets: a peer's changes since its last packet, written to a small file and merged into
// the lead's copy; the watermark; and packets that are damaged, foreign, newer or tampered with,
// refused with nothing written.
#include "common/error.h"
#include "exchange/jsonform.h"
#include "exchange/notespacket.h"
#include "model/hybridclock.h"
#include "model/registry.h"
#include "storage/installation.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "support/testsupport.h"
#include "sync/filemerge.h"
#include "twolaptops.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

/// The two laptops, with the peer's ways to write notes and the lead's to look for them.
struct Laptops : TwoLaptops
{
    QUuid note(const QString& text, const QUuid& session = {})
    {
        peerDevice.clock.advance(1000);
        EngagementFile::Edit edit(*peer);
        Note n;
        n.text = text;
        n.session = session;
        n.themes = {theme};
        n.capturedAt = peerDevice.clock.now();
        const QUuid id = NoteRepository(peer->records()).addNote(n);
        edit.commit();
        return id;
    }

    [[nodiscard]] bool leadHas(const QString& text) const
    {
        const QList<Note> notes = NoteRepository(lead->records()).notes();
        return std::any_of(notes.cbegin(), notes.cend(), [&](const Note& n) { return n.text == text; });
    }

    /// The packet file rewritten by `change`, as an attacker or a broken USB stick might.
    QString tampered(const QString& packet, const std::function<void(QJsonObject&)>& change) const
    {
        QFile in(packet);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
        change(json);
        const QString path = folder.path(u"tampered.pcpacket"_s);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(json).toJson());
        return path;
    }
};

void requireRefused(EngagementFile& lead, const QString& packet, ErrorKind kind, const QString& words)
{
    const QByteArray before = canonicalForm(lead);
    try {
        mergeFromPath(lead, packet);
        FAIL("the packet should have been refused");
    } catch (const Error& error) {
        INFO(error.message().toStdString());
        CHECK(error.kind() == kind);
        CHECK(error.message().contains(words));
    }
    CHECK(canonicalForm(lead) == before);
}

} // namespace

TEST_CASE("A peer's packet carries its notes since the last packet and merges into the lead's copy",
          "[merge][sync][packet]")
{
    Laptops laptops;
    // A session only the peer's copy has: the packet must bring it for its note to merge.
    QUuid session;
    {
        EngagementFile::Edit edit(*laptops.peer);
        Session s;
        s.title = u"Finance portfolio holder"_s;
        s.day = QDate(2026, 10, 13);
        session = ScheduleRepository(laptops.peer->records()).addSession(s);
        edit.commit();
    }
    laptops.note(u"Reserves are used to balance the budget"_s, session);
    laptops.note(u"Savings plans are not yet owned by services"_s);

    const QString first = laptops.folder.path(u"first.pcpacket"_s);
    const exchange::PacketSummary planned = exchange::notesPacketSummary(*laptops.peer);
    const exchange::PacketSummary sent = exchange::exportNotesPacket(*laptops.peer, first);
    CHECK(sent.records == planned.records);
    CHECK(sent.records >= 5); // the session, two notes and their theme links
    CHECK(sent.sinceHlc == 0);
    CHECK(exchange::looksLikeNotesPacket(first));
    CHECK_FALSE(exchange::looksLikeNotesPacket(laptops.folder.path(u"lead.peerchallenge"_s)));
    CHECK(QFileInfo(first).size() < 64 * 1024);

    const MergeReport report = mergeFromPath(*laptops.lead, first);
    CHECK(report.tables.value(u"note"_s).added == 2);
    CHECK(report.tables.value(u"session"_s).added == 1);
    CHECK(laptops.leadHas(u"Reserves are used to balance the budget"_s));
    CHECK(mergeFromPath(*laptops.lead, first).changes() == 0); // the same packet twice: nothing new

    // Nothing new since: refused with a sentence. One more note: the next packet holds just it.
    try {
        exchange::exportNotesPacket(*laptops.peer, laptops.folder.path(u"empty.pcpacket"_s));
        FAIL("an empty packet should be refused");
    } catch (const Error& error) {
        CHECK(error.message().contains(u"Nothing new"_s));
    }
    CHECK_FALSE(QFileInfo::exists(laptops.folder.path(u"empty.pcpacket"_s)));
    laptops.note(u"Capital receipts assumptions were not tested"_s);
    const QString second = laptops.folder.path(u"second.pcpacket"_s);
    const exchange::PacketSummary next = exchange::exportNotesPacket(*laptops.peer, second);
    CHECK(next.sinceHlc == sent.uptoHlc);
    CHECK(next.records == 2); // the note and its theme link
    const MergeReport more = mergeFromPath(*laptops.lead, second);
    CHECK(more.tables.value(u"note"_s).added == 1);
    CHECK(more.tables.value(u"packet"_s).added == 1); // the lead learns of the first packet
    CHECK(laptops.leadHas(u"Capital receipts assumptions were not tested"_s));
}

TEST_CASE("Damaged, foreign, newer and tampered packets are refused with nothing written",
          "[merge][sync][packet]")
{
    Laptops laptops;
    laptops.note(u"The depot's rota is praised by every crew"_s);
    const QString packet = laptops.folder.path(u"peer.pcpacket"_s);
    exchange::exportNotesPacket(*laptops.peer, packet);
    EngagementFile& lead = *laptops.lead;

    // Cut short, as by a USB stick pulled out.
    QFile full(packet);
    REQUIRE(full.open(QIODevice::ReadOnly));
    const QByteArray bytes = full.readAll();
    const QString cut = laptops.folder.path(u"cut.pcpacket"_s);
    QFile half(cut);
    REQUIRE(half.open(QIODevice::WriteOnly));
    half.write(bytes.left(bytes.size() / 2));
    half.close();
    requireRefused(lead, cut, ErrorKind::InvalidInput, u"damaged"_s);

    requireRefused(lead,
                   laptops.tampered(packet,
                                    [](QJsonObject& json) {
                                        json[u"engagementId"_s] =
                                            QUuid::createUuid().toString(QUuid::WithoutBraces);
                                    }),
                   ErrorKind::Mismatch, u"different engagement"_s);
    requireRefused(lead, laptops.tampered(packet, [](QJsonObject& json) { json[u"formatVersion"_s] = 7; }),
                   ErrorKind::NewerVersion, u"Update PeerChallenge"_s);
    requireRefused(lead,
                   laptops.tampered(packet,
                                    [](QJsonObject& json) {
                                        QJsonObject body = json[u"engagement"_s].toObject();
                                        body[u"schemaVersion"_s] = 99;
                                        json[u"engagement"_s] = body;
                                    }),
                   ErrorKind::NewerVersion, u"Update PeerChallenge"_s);
    // A value out of its rules: the note's kind.
    requireRefused(lead,
                   laptops.tampered(packet,
                                    [](QJsonObject& json) {
                                        QJsonObject body = json[u"engagement"_s].toObject();
                                        QJsonArray notes = body[u"notes"_s].toArray();
                                        QJsonObject note = notes[0].toObject();
                                        note[u"kind"_s] = u"gossip"_s;
                                        notes[0] = note;
                                        body[u"notes"_s] = notes;
                                        json[u"engagement"_s] = body;
                                    }),
                   ErrorKind::InvalidInput, u"notes[0].kind"_s);
    requireRefused(lead, laptops.tampered(packet, [](QJsonObject& json) { json.remove(u"format"_s); }),
                   ErrorKind::InvalidInput, u"not a notes packet"_s);
    // And the real one still merges.
    CHECK(mergeFromPath(lead, packet).tables.value(u"note"_s).added == 1);
}

TEST_CASE("Reading a packet from a laptop whose clock runs fast leaves this laptop's clock alone",
          "[merge][sync][packet]")
{
    Laptops laptops;
    laptops.peerDevice.clock.advance(6LL * 24 * 3600 * 1000);
    laptops.note(u"Written on the sixth day ahead"_s);
    const QString packet = laptops.folder.path(u"fast.pcpacket"_s);
    exchange::exportNotesPacket(*laptops.peer, packet);
    const quint64 clock = laptops.leadDevice.installation.hlc().last();
    MergeOptions preview;
    preview.preview = true;
    const MergeReport planned = mergeFromPath(*laptops.lead, packet, preview);
    CHECK(planned.sourceClockAheadMs > 5LL * 24 * 3600 * 1000);
    CHECK(laptops.leadDevice.installation.hlc().last() == clock);
    CHECK_THROWS_AS(mergeFromPath(*laptops.lead, packet), Error);
    CHECK_FALSE(laptops.leadHas(u"Written on the sixth day ahead"_s));
}
