// SPDX-License-Identifier: GPL-3.0-or-later
// Notes packets (MERGE.md): what one laptop wrote since its last packet, as a small file to send
// by USB stick or email, merged on the lead's laptop like any copy. A packet is the JSON form of
// the engagement (docs/json-format.md) restricted to those records and the records they refer to,
// wrapped with who sent it and the range of stamps it covers:
//   {"format": "peerchallenge-notes-packet", "formatVersion": 1, "engagementId": ..., "device": ...,
//    "deviceLabel": ..., "sinceHlc": ..., "uptoHlc": ..., "exportedAt": ..., "engagement": {...}}
// It is untrusted input: the wrapper is checked, then the engagement form goes through the JSON
// import's validation (types, choices, sizes, references) into a temporary file, before the merge
// writes anything.
#pragma once

#include <QString>
#include <QUuid>

#include <memory>

namespace pc {
class EngagementFile;
class Installation;
} // namespace pc

namespace pc::exchange {

inline const QString packetFormatName = QStringLiteral("peerchallenge-notes-packet");
inline constexpr int packetFormatVersion = 1;
/// The file name suffix packets get (without the dot).
inline const QString packetSuffix = QStringLiteral("pcpacket");
/// The largest packet read: a day of notes is well under a megabyte.
inline constexpr qint64 maxPacketBytes = qint64(64) * 1024 * 1024;

struct PacketSummary
{
    int records = 0;      // records this laptop wrote since its last packet
    int withContext = 0;  // and the records they refer to, sent along
    quint64 sinceHlc = 0; // the watermark: stamps after it are in the packet
    quint64 uptoHlc = 0;  // the newest stamp in it: the next watermark
    [[nodiscard]] bool isEmpty() const { return records == 0; }
};

/// What the packet of this installation's changes since its last packet would hold; writes nothing.
[[nodiscard]] PacketSummary notesPacketSummary(EngagementFile& file);

/// Writes the packet of this installation's changes since its last packet to `path` (replacing
/// it whole, never half-written) and records it in the file (the new watermark), in one
/// transaction. Throws pc::Error(InvalidInput) when there is nothing new to send.
PacketSummary exportNotesPacket(EngagementFile& file, const QString& path);

/// Whether the file at `path` is meant as a notes packet (JSON) rather than an engagement file
/// (SQLite): its first bytes. openNotesPacket decides whether it is a good one.
[[nodiscard]] bool looksLikeNotesPacket(const QString& path);

/// Reads and validates the packet at `path` for merging into `into` and writes its records to a
/// new engagement file at `target` (a temporary file the caller removes), as `scratch`: an
/// installation of its own, so that reading a packet never moves this laptop's clock. A packet of
/// another engagement, from a newer version, damaged or with a value out of its rules is refused
/// with a sentence naming the problem; nothing is written to `into` in any case.
[[nodiscard]] std::unique_ptr<EngagementFile> openNotesPacket(const QString& path, const QString& target,
                                                              EngagementFile& into, Installation& scratch);

} // namespace pc::exchange
